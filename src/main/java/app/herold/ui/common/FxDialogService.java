package app.herold.ui.common;

import app.herold.i18n.Messages;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

/** Dialogs as JavaFX windows owned by the main window. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final Messages messages;
    private File lastImageFolder;

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
}
