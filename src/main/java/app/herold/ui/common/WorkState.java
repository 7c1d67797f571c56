package app.herold.ui.common;

import app.herold.domain.UserFacingException;
import app.herold.i18n.Messages;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * Work a dialog runs in the background, as the officer sees it: whether it is running, one sentence
 * about it (what is being done, what came of it, or what went wrong) and whether that sentence tells
 * of a problem. Changed on the UI thread only. {@link #line} shows it.
 */
public final class WorkState {

    private final ReadOnlyStringWrapper sentence = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);

    /** Work begins: "Die Datei wird gelesen…". */
    public void start(String what) {
        busy.set(true);
        failed.set(false);
        sentence.set(what);
    }

    /** Work ended well, or there is news that is no problem. */
    public void done(String result) {
        busy.set(false);
        failed.set(false);
        sentence.set(result);
    }

    /** Work ended with something that stops the next step (a file with problems). */
    public void refused(String why) {
        busy.set(false);
        failed.set(true);
        sentence.set(why);
    }

    /** Work failed: its sentence for the user, or the general one for what nobody foresaw. */
    public void failed(Throwable problem, Messages messages) {
        refused(problem instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage())));
    }

    public boolean isBusy() {
        return busy.get();
    }

    public ReadOnlyStringProperty sentenceProperty() {
        return sentence.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }
}
