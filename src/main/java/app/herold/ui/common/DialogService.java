package app.herold.ui.common;

import java.nio.file.Path;
import java.util.List;

/** Questions and messages to the user, behind an interface so view models can be tested. */
public interface DialogService {

    /** Asks a yes/no question; true when the user confirmed. */
    boolean confirm(String title, String question, String confirmLabel);

    void showError(String message);

    /** Tells the user something that went well and needs no answer (a restore done). */
    void showInfo(String message);

    /** Lets the user pick image files; empty when cancelled. */
    List<Path> chooseImages();

    /** Asks for one line of text (a link's address); empty when cancelled. */
    java.util.Optional<String> askText(String title, String question, String initial);

    /**
     * Asks for the passphrase of the encrypted credentials file (on computers without a keychain); when
     * {@code creating}, the passphrase is being chosen and is asked twice. Empty when cancelled.
     */
    java.util.Optional<char[]> askPassphrase(boolean creating);

    /** Lets the user pick a folder, starting in {@code initial} if it exists; empty when cancelled. */
    java.util.Optional<Path> chooseFolder(String title, Path initial);

    /** Opens a web address, or a file or folder ({@code file:} URI), in the program the system has for it. */
    void openExternally(String uri);

    /** Lets the user pick a file to read, of the named kind with one of the extensions; empty when cancelled. */
    java.util.Optional<Path> chooseOpenFile(String title, String kind, List<String> extensions);

    /** Lets the user pick a file to write, offering the given extensions; empty when cancelled. */
    java.util.Optional<Path> chooseSaveFile(String title, String suggestedName, List<String> extensions);
}
