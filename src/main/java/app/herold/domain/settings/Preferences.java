package app.herold.domain.settings;

import java.time.LocalTime;
import java.util.Objects;

/**
 * What the user set in Settings.
 *
 * @param language "system", "de" or "en"
 * @param defaultPostTime the time a post gets when it is created on a day or an idea is dropped on one
 * @param theme "light" or "dark"
 * @param welcomeAnswered whether the first-start question (demo data or empty) was answered
 * @param state the town's Land, whose holidays the calendar shows: a {@link FederalState} code ("SN")
 */
public record Preferences(String language, LocalTime defaultPostTime, String theme, boolean welcomeAnswered,
                          String state) {

    public static final String LANGUAGE_SYSTEM = "system";
    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";

    public Preferences {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(defaultPostTime, "defaultPostTime");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(state, "state");
    }

    public static Preferences defaults() {
        return new Preferences(LANGUAGE_SYSTEM, LocalTime.of(9, 0), THEME_LIGHT, false, FederalState.DEFAULT.code());
    }

    public Preferences withLanguage(String newLanguage) {
        return new Preferences(newLanguage, defaultPostTime, theme, welcomeAnswered, state);
    }

    public Preferences withDefaultPostTime(LocalTime newTime) {
        return new Preferences(language, newTime, theme, welcomeAnswered, state);
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(language, defaultPostTime, newTheme, welcomeAnswered, state);
    }

    public Preferences withWelcomeAnswered(boolean answered) {
        return new Preferences(language, defaultPostTime, theme, answered, state);
    }

    public Preferences withState(String newState) {
        return new Preferences(language, defaultPostTime, theme, welcomeAnswered, newState);
    }
}
