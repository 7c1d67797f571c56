package app.herold.ui.settings;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * One secret of an account in the settings: what is stored, shown only masked, and the field for a new
 * value. The stored secret itself never reaches this object; the entered one only until it is saved.
 */
public final class SecretEntry {

    private final String name;
    private final String inSentence;
    private final boolean optional;
    private final ReadOnlyStringWrapper shown = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper stored = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final StringProperty entered = new SimpleStringProperty("");

    /** @param inSentence its name as a sentence uses it ("Zugangsschlüssel (Access Token)", "access token") */
    SecretEntry(String name, String inSentence, boolean optional) {
        this.name = name;
        this.inSentence = inSentence;
        this.optional = optional;
    }

    /** The publisher's name for it ("access-token"). */
    public String name() {
        return name;
    }

    /** As a heading, capitalised ("Access token"). */
    public String label() {
        return inSentence.isEmpty() ? inSentence : Character.toUpperCase(inSentence.charAt(0)) + inSentence.substring(1);
    }

    /** As a sentence says it ("Saved the access token for …"). */
    public String inSentence() {
        return inSentence;
    }

    /** Nothing is refused for lack of it (Facebook's app id and secret, Instagram's Page token). */
    public boolean optional() {
        return optional;
    }

    /** The masked stored value, "nicht hinterlegt", or that it cannot be read. */
    public ReadOnlyStringProperty shownProperty() {
        return shown.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty storedProperty() {
        return stored.getReadOnlyProperty();
    }

    /** A save or removal of this secret is under way. */
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** The new value being typed or pasted; emptied once it is saved. */
    public StringProperty enteredProperty() {
        return entered;
    }

    void show(String text, boolean isStored) {
        shown.set(text);
        stored.set(isStored);
    }

    void busy(boolean running) {
        busy.set(running);
    }
}
