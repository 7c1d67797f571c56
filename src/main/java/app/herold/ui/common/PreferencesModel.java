package app.herold.ui.common;

import app.herold.domain.settings.Preferences;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/** The preferences the window currently runs with, observable so views can follow a change. */
public final class PreferencesModel {

    private final ObjectProperty<Preferences> current;

    public PreferencesModel(Preferences initial) {
        this.current = new SimpleObjectProperty<>(initial);
    }

    public ReadOnlyObjectProperty<Preferences> currentProperty() {
        return current;
    }

    public Preferences get() {
        return current.get();
    }

    public void set(Preferences preferences) {
        current.set(preferences);
    }
}
