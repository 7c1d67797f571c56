package app.herold.ui.common;

import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.scene.control.Dialog;

/**
 * A dialog's window sizes itself once, as it opens. A sentence that appears later (a result, a problem)
 * would then be cut off or push the buttons out of the window; this makes the window grow with it.
 */
public final class DialogFit {

    private DialogFit() {
    }

    /** Fits {@code dialog}'s window to its content after each change of any of {@code changes}. */
    public static void growWith(Dialog<?> dialog, Observable... changes) {
        for (Observable change : changes) {
            // After the pulse that lays the new text out, so the window takes its real height.
            change.addListener(observable -> Platform.runLater(() -> {
                if (dialog.getDialogPane().getScene() != null && dialog.getDialogPane().getScene().getWindow() != null) {
                    dialog.getDialogPane().getScene().getWindow().sizeToScene();
                }
            }));
        }
    }
}
