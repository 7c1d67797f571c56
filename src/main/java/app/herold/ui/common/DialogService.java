package app.herold.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Questions and messages to the user, behind an interface so view models can be tested. */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String question, String confirmLabel);

    void showError(String message);

    /** Lets the user pick image files; empty when cancelled. */
    List<Path> chooseImages();
}
