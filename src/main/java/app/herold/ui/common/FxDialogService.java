package app.herold.ui.common;

import app.herold.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Button;
import javafx.scene.control.TextInputDialog;
import javafx.stage.DirectoryChooser;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX windows owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;
    private File lastImageFolder;
    private File lastOpenFolder;

    public FxDialogService(Window owner, Messages messages) {
        this.owner = owner;
        this.messages = messages;
    }

    @Override
    public boolean confirm(String title, String question, String confirmLabel) {
        ButtonType confirm = new ButtonType(confirmLabel, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, confirm, cancel);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(null);
        Optional<ButtonType> answer = alert.showAndWait();
        return answer.isPresent() && answer.get() == confirm;
    }

    @Override
    public void showError(String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message,
                new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.text("dialog.error.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public void showInfo(String message) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, message,
                new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.initOwner(owner);
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
    }

    @Override
    public List<Path> chooseImages() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.text("editor.images.choose"));
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter(messages.text("editor.images.filter"),
                        "*.jpg", "*.jpeg", "*.png", "*.gif", "*.webp", "*.JPG", "*.JPEG", "*.PNG"),
                new FileChooser.ExtensionFilter(messages.text("editor.images.filterAll"), "*.*"));
        if (lastImageFolder != null && lastImageFolder.isDirectory()) {
            chooser.setInitialDirectory(lastImageFolder);
        }
        List<File> files = chooser.showOpenMultipleDialog(owner);
        if (files == null || files.isEmpty()) {
            return List.of();
        }
        lastImageFolder = files.get(0).getParentFile();
        return files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<String> askText(String title, String question, String initial) {
        TextInputDialog dialog = new TextInputDialog(initial == null ? "" : initial);
        dialog.initOwner(owner);
        dialog.setTitle(title);
        dialog.setHeaderText(null);
        dialog.setContentText(question);
        dialog.getDialogPane().setPrefWidth(480);
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.OK)).setText(messages.text("dialog.ok"));
        ((Button) dialog.getDialogPane().lookupButton(ButtonType.CANCEL)).setText(messages.text("dialog.cancel"));
        return dialog.showAndWait().map(String::strip).filter(answer -> !answer.isEmpty());
    }

    @Override
    public Optional<char[]> askPassphrase(boolean creating) {
        javafx.scene.control.Dialog<ButtonType> dialog = new javafx.scene.control.Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("secrets.passphrase.title"));
        dialog.setHeaderText(null);
        javafx.scene.control.PasswordField first = new javafx.scene.control.PasswordField();
        first.setId("passphrase");
        javafx.scene.control.PasswordField again = new javafx.scene.control.PasswordField();
        again.setId("passphrase-again");
        javafx.scene.control.Label explanation = new javafx.scene.control.Label(messages.text(creating
                ? "secrets.passphrase.choose" : "secrets.passphrase.enter"));
        explanation.setWrapText(true);
        javafx.scene.control.Label mismatch = new javafx.scene.control.Label(messages.text("secrets.passphrase.mismatch"));
        mismatch.getStyleClass().add("problem");
        javafx.scene.layout.VBox content = new javafx.scene.layout.VBox(8, explanation, first);
        if (creating) {
            javafx.scene.control.Label repeat = new javafx.scene.control.Label(messages.text("secrets.passphrase.repeat"));
            content.getChildren().addAll(repeat, again, mismatch);
            mismatch.visibleProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                    () -> !again.getText().isEmpty() && !again.getText().equals(first.getText()),
                    first.textProperty(), again.textProperty()));
        }
        content.setPadding(new javafx.geometry.Insets(12, 16, 4, 16));
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().setPrefWidth(480);
        ButtonType ok = new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE);
        ButtonType cancel = new ButtonType(messages.text("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(ok, cancel);
        dialog.getDialogPane().lookupButton(ok).disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> first.getText().isEmpty() || creating && !again.getText().equals(first.getText()),
                first.textProperty(), again.textProperty()));
        javafx.application.Platform.runLater(first::requestFocus);
        Optional<ButtonType> answer = dialog.showAndWait();
        char[] phrase = first.getText().toCharArray();
        // The fields' text is not kept beyond the dialog.
        first.clear();
        again.clear();
        return answer.filter(ok::equals).map(button -> phrase);
    }

    @Override
    public Optional<Path> chooseFolder(String title, Path initial) {
        DirectoryChooser chooser = new DirectoryChooser();
        chooser.setTitle(title);
        if (initial != null && initial.toFile().isDirectory()) {
            chooser.setInitialDirectory(initial.toFile());
        }
        return Optional.ofNullable(chooser.showDialog(owner)).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseOpenFile(String title, String kind, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        List<String> patterns = new java.util.ArrayList<>();
        for (String extension : extensions) {
            patterns.add("*." + extension);
            patterns.add("*." + extension.toUpperCase(java.util.Locale.ROOT));
        }
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter(kind, patterns),
                new FileChooser.ExtensionFilter(messages.text("editor.images.filterAll"), "*.*"));
        if (lastOpenFolder != null && lastOpenFolder.isDirectory()) {
            chooser.setInitialDirectory(lastOpenFolder);
        }
        File file = chooser.showOpenDialog(owner);
        if (file == null) {
            return Optional.empty();
        }
        lastOpenFolder = file.getParentFile();
        return Optional.of(file.toPath());
    }

    @Override
    public Optional<Path> chooseSaveFile(String title, String suggestedName, List<String> extensions) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        chooser.setInitialFileName(suggestedName);
        for (String extension : extensions) {
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                    extension.toUpperCase(java.util.Locale.ROOT), "*." + extension));
        }
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    /**
     * Through the desktop's own opener (xdg-open, open, the Windows shell) rather than AWT's Desktop,
     * which needs AWT started beside JavaFX. Does not wait for the program.
     */
    @Override
    public void openExternally(String uri) {
        String os = System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT);
        List<String> command = os.contains("win") ? List.of("rundll32", "url.dll,FileProtocolHandler", uri)
                : os.contains("mac") ? List.of("open", uri) : List.of("xdg-open", uri);
        try {
            new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        } catch (java.io.IOException e) {
            showError(messages.format("error.openExternally", uri));
        }
    }
}
