package app.herold.ui.common;

import java.util.function.IntConsumer;
import javafx.event.Event;
import javafx.scene.control.TextFormatter;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Refuses an edit (typing, a paste, a drop) that would make a field longer than the plan keeps, and
 * says so, instead of letting a pasted megabyte freeze the window for seconds only to be refused when
 * saving. The field keeps what it had; the clipboard still holds what was pasted.
 */
public final class LengthLimit {

    private LengthLimit() {
    }

    /** @param refused told the length the field would have had, on the UI thread */
    public static void install(TextInputControl field, int maximum, IntConsumer refused) {
        field.setTextFormatter(new TextFormatter<String>(change -> {
            if (!change.isContentChange()) {
                return change;
            }
            // Worked out from the change, so a refused megabyte is never joined into a new string.
            long wouldBe = (long) change.getControlText().length() - (change.getRangeEnd() - change.getRangeStart())
                    + change.getText().length();
            if (wouldBe <= maximum) {
                return change;
            }
            refused.accept((int) Math.min(Integer.MAX_VALUE, wouldBe));
            return null;
        }));
        // A text field with a formatter takes Escape to cancel an edit of its value; this one has no value
        // to restore, and Escape must reach the window as from any other field (it closes the editor).
        field.addEventFilter(KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && field.getParent() != null) {
                event.consume();
                Event.fireEvent(field.getParent(), event.copyFor(field.getParent(), field.getParent()));
            }
        });
    }
}
