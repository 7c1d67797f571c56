package app.herold.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Answers questions as the test decides and remembers every error shown to the user. */
public final class RecordingDialogService implements DialogService {

    /** What the user types when asked for the credentials' passphrase; null cancels. */
    public volatile String passphraseAnswer;

    public final List<String> errors = new ArrayList<>();
    public final List<String> questions = new ArrayList<>();
    public boolean confirmAnswer = true;
    public List<Path> imagesToChoose = List.of();

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        questions.add(question);
        return confirmAnswer;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }

    @Override
    public List<Path> chooseImages() {
        return imagesToChoose;
    }

    public String textAnswer;
    public Path folderToChoose;
    public Path fileToSave;
    public Path fileToOpen;

    @Override
    public java.util.Optional<char[]> askPassphrase(boolean creating) {
        questions.add(creating ? "passphrase (new)" : "passphrase");
        return java.util.Optional.ofNullable(passphraseAnswer).map(String::toCharArray);
    }

    @Override
    public java.util.Optional<String> askText(String title, String question, String initial) {
        questions.add(question);
        return java.util.Optional.ofNullable(textAnswer);
    }

    @Override
    public java.util.Optional<Path> chooseFolder(String title, Path initial) {
        return java.util.Optional.ofNullable(folderToChoose);
    }

    @Override
    public java.util.Optional<Path> chooseOpenFile(String title, String kind, List<String> extensions) {
        return java.util.Optional.ofNullable(fileToOpen);
    }

    @Override
    public java.util.Optional<Path> chooseSaveFile(String title, String suggestedName, List<String> extensions) {
        return java.util.Optional.ofNullable(fileToSave);
    }

    public final List<String> infos = new ArrayList<>();

    @Override
    public void showInfo(String message) {
        infos.add(message);
    }

    public final List<String> opened = new ArrayList<>();

    @Override
    public void openExternally(String uri) {
        opened.add(uri);
    }
}
