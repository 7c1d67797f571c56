package app.herold.ui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Answers questions as the test decides and remembers every error shown to the user. */
public final class RecordingDialogService implements DialogService {

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
}
