package app.herold.ui.common;

import app.herold.i18n.Messages;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;

/**
 * The window's real dialogs, except the system's file choosers, which the headless screen does not
 * have: these answer with the file a test has put in {@link #fileToOpen} or {@link #fileToSave}.
 */
public final class FileChoosingDialogService implements DialogService {

    private final DialogService real;
    public volatile Path fileToOpen;
    /** What the officer types when asked for the credentials' passphrase (this machine has no keychain). */
    public volatile String passphrase = "Rathaus-Passwort 2026";
    public volatile Path fileToSave;

    public FileChoosingDialogService(Window owner, Messages messages) {
        this.real = new FxDialogService(owner, messages);
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        return real.confirm(title, question, confirmLabel);
    }

    @Override
    public void showError(String message) {
        real.showError(message);
    }

    @Override
    public java.util.Optional<char[]> askPassphrase(boolean creating) {
        return java.util.Optional.ofNullable(passphrase).map(String::toCharArray);
    }

    @Override
    public void showInfo(String message) {
        real.showInfo(message);
    }

    @Override
    public List<Path> chooseImages() {
        return real.chooseImages();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        return real.askText(title, question, initial);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        return real.chooseFolder(title, initial);
    }

    @Override
    public void openExternally(String uri) {
        real.openExternally(uri);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, List<String> extensions) {
        return Optional.ofNullable(fileToOpen);
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<String> extensions) {
        return Optional.ofNullable(fileToSave);
    }
}
