package app.herold.ui.export;

import app.herold.domain.channel.PostExports;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogFit;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;

/** Where the bundles go, for which channels, folder or ZIP; then writes them and says where they are. */
public final class ExportDialog {

    private final Dialog<Void> dialog = new Dialog<>();

    public ExportDialog(Window owner, ExportViewModel viewModel, Messages messages) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("export.title"));
        dialog.setHeaderText(null);
        VBox targets = new VBox(6);
        for (PostExports.Target target : viewModel.targets()) {
            CheckBox box = new CheckBox(viewModel.describe(target));
            box.setGraphic(Icons.channelIcon(target.channel(), 14));
            box.selectedProperty().bindBidirectional(viewModel.chosenProperty(target));
            box.setId("export-" + target.channel().id());
            targets.getChildren().add(box);
        }
        if (viewModel.targets().isEmpty()) {
            Label none = new Label(messages.text("export.noTargets"));
            none.setWrapText(true);
            targets.getChildren().add(none);
        }
        Label folder = new Label();
        folder.textProperty().bind(Bindings.createStringBinding(() -> viewModel.folderProperty().get() == null
                ? messages.text("export.noFolderYet") : viewModel.folderProperty().get().toString(),
                viewModel.folderProperty()));
        folder.setWrapText(true);
        folder.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(folder, Priority.ALWAYS);
        Button choose = new Button(messages.text("export.choose"), Icons.icon(MaterialDesignF.FOLDER_OUTLINE, 16));
        choose.setOnAction(event -> viewModel.chooseFolder());
        HBox folderRow = new HBox(8, folder, choose);
        folderRow.setAlignment(Pos.CENTER_LEFT);
        CheckBox zip = new CheckBox(messages.text("export.zip"));
        zip.selectedProperty().bindBidirectional(viewModel.zipProperty());
        zip.setId("export-zip");
        Button export = new Button(messages.text("export.run"), Icons.icon(MaterialDesignE.EXPORT, 16));
        export.setId("export-run");
        export.getStyleClass().add("accent");
        export.disableProperty().bind(viewModel.runningProperty());
        export.setOnAction(event -> viewModel.export());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.runningProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        Label result = new Label();
        result.textProperty().bind(viewModel.resultProperty());
        result.setWrapText(true);
        result.setMaxWidth(500);
        result.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        result.setId("export-result");
        Button open = new Button(messages.text("export.openFolder"), Icons.icon(MaterialDesignF.FOLDER_OPEN_OUTLINE, 16));
        open.visibleProperty().bind(Bindings.isNotEmpty(viewModel.written()));
        open.managedProperty().bind(open.visibleProperty());
        open.setOnAction(event -> viewModel.openFolder());
        HBox run = new HBox(10, export, progress, open);
        run.setAlignment(Pos.CENTER_LEFT);
        Label what = new Label(messages.text("export.what"));
        what.getStyleClass().add(Styles.HINT);
        what.setWrapText(true);
        what.setMaxWidth(500);
        what.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        VBox content = new VBox(12, label(messages.text("export.targets")), targets, label(messages.text("export.folder")),
                folderRow, zip, what, run, result);
        content.setPadding(new Insets(14));
        content.setPrefWidth(520);
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("export-dialog");
        dialog.getDialogPane().setPrefWidth(560);
        // The result names the folders written to, which may wrap to several lines.
        DialogFit.growWith(dialog, viewModel.resultProperty(), viewModel.written());
    }

    private static Label label(String text) {
        Label label = new Label(text);
        label.getStyleClass().add(Styles.FIELD_LABEL);
        return label;
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }
}
