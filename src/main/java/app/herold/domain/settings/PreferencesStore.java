package app.herold.domain.settings;

/** Keeps the user's preferences between runs. */
public interface PreferencesStore {

    Preferences load();

    void save(Preferences preferences);
}
