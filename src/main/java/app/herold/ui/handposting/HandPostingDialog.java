package app.herold.ui.handposting;

import app.herold.domain.channel.PostExports;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Styles;
import java.io.File;
import java.nio.file.Path;
import java.util.List;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignO;

/**
 * The steps of posting by hand, top to bottom: copy the text, take the pictures along, open the
 * channel, then say it is published. Each step works on its own; nothing is posted by Herold here.
 */
public final class HandPostingDialog {

    private final Dialog<Void> dialog = new Dialog<>();
    private final HandPostingViewModel viewModel;
    private final Messages messages;

    public HandPostingDialog(Window owner, HandPostingViewModel viewModel, Messages messages) {
        this.viewModel = viewModel;
        this.messages = messages;
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("handPosting.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);
        VBox content = new VBox(14, targetRow(), textStep(), picturesStep(), openStep(), publishedStep());
        content.setPadding(new Insets(14));
        content.setPrefWidth(560);
        content.setMaxWidth(560);
        content.getStyleClass().add("hand-posting");
        dialog.getDialogPane().setContent(content);
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("handPosting.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.getDialogPane().setId("hand-posting");
        dialog.getDialogPane().setPrefWidth(600);
    }

    public void showAndWait() {
        dialog.showAndWait();
    }

    public Dialog<Void> dialog() {
        return dialog;
    }

    private Node targetRow() {
        ComboBox<PostExports.Target> target = new ComboBox<>();
        target.getItems().setAll(viewModel.targets());
        target.valueProperty().bindBidirectional(viewModel.targetProperty());
        target.setId("hand-posting-target");
        target.setCellFactory(list -> targetCell());
        target.setButtonCell(targetCell());
        ProgressBar progress = new ProgressBar();
        progress.progressProperty().bind(viewModel.progressProperty());
        progress.visibleProperty().bind(viewModel.preparingProperty());
        progress.managedProperty().bind(progress.visibleProperty());
        progress.setPrefWidth(140);
        Label problem = new Label();
        problem.getStyleClass().add(Styles.FIELD_ERROR);
        problem.textProperty().bind(viewModel.problemProperty());
        problem.setWrapText(true);
        Label label = new Label(messages.text("handPosting.target"));
        label.setLabelFor(target);
        HBox row = new HBox(10, label, target, progress);
        row.setAlignment(Pos.CENTER_LEFT);
        return new VBox(6, row, problem);
    }

    private ListCell<PostExports.Target> targetCell() {
        return new ListCell<>() {
            @Override
            protected void updateItem(PostExports.Target item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : viewModel.describe(item));
                setGraphic(empty || item == null ? null : Icons.channelIcon(item.channel(), 14));
            }
        };
    }

    private Node textStep() {
        TextArea text = new TextArea();
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount(7);
        text.setId("hand-posting-text");
        Button copy = new Button(messages.text("handPosting.copy"), Icons.icon(MaterialDesignC.CONTENT_COPY, 16));
        copy.setId("hand-posting-copy");
        copy.getStyleClass().add("accent");
        Label copied = new Label();
        copied.getStyleClass().add(Styles.HINT);
        copy.setOnAction(event -> {
            ClipboardContent content = new ClipboardContent();
            content.putString(text.getText());
            javafx.scene.input.Clipboard.getSystemClipboard().setContent(content);
            copied.setText(messages.text("handPosting.copied"));
            PauseTransition fade = new PauseTransition(Duration.seconds(4));
            fade.setOnFinished(done -> copied.setText(""));
            fade.play();
        });
        viewModel.preparedProperty().addListener((observable, old, ready) -> text.setText(ready == null ? "" : ready.text()));
        copy.disableProperty().bind(viewModel.preparedProperty().isNull());
        HBox buttons = new HBox(10, copy, copied);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return step("handPosting.step.text", new VBox(6, text, buttons));
    }

    private Node picturesStep() {
        FlowPane pictures = new FlowPane(8, 8);
        pictures.setId("hand-posting-pictures");
        Label none = new Label(messages.text("handPosting.noPictures"));
        none.getStyleClass().add(Styles.HINT);
        Button folder = new Button(messages.text("handPosting.openFolder"), Icons.icon(MaterialDesignF.FOLDER_OPEN_OUTLINE, 16));
        folder.setOnAction(event -> viewModel.openFolder());
        folder.disableProperty().bind(viewModel.preparedProperty().isNull());
        Label hint = new Label(messages.text("handPosting.dragHint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        viewModel.preparedProperty().addListener((observable, old, ready) -> {
            pictures.getChildren().clear();
            if (ready == null) {
                return;
            }
            for (int i = 0; i < ready.pictures().size(); i++) {
                pictures.getChildren().add(picture(ready.pictures().get(i), ready.altTexts().get(i), i + 1));
            }
            if (ready.pictures().isEmpty()) {
                pictures.getChildren().add(none);
            }
            hint.setVisible(!ready.pictures().isEmpty());
            hint.setManaged(!ready.pictures().isEmpty());
        });
        hint.setMaxWidth(540);
        hint.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return step("handPosting.step.pictures", new VBox(8, pictures, hint, folder));
    }

    /** A prepared picture that can be dragged into WhatsApp Web or Desktop as a file. */
    private Node picture(Path file, String altText, int number) {
        ImageView view = new ImageView(new Image(file.toUri().toString(), 110, 110, true, true, true));
        view.setFitWidth(110);
        view.setFitHeight(110);
        view.setPreserveRatio(true);
        view.setOnDragDetected(event -> {
            var board = view.startDragAndDrop(TransferMode.COPY);
            ClipboardContent content = new ClipboardContent();
            content.putFiles(List.of(new File(file.toString())));
            board.setContent(content);
            event.consume();
        });
        Label caption = new Label(number + ": " + (altText.isBlank() ? messages.text("handPosting.noAltText") : altText));
        caption.setWrapText(true);
        caption.setMaxWidth(110);
        caption.getStyleClass().add(Styles.HINT);
        VBox box = new VBox(4, view, caption);
        box.getStyleClass().add("hand-posting-picture");
        box.setAccessibleText(messages.format("handPosting.picture", number, altText));
        return box;
    }

    private Node openStep() {
        Button open = new Button(messages.text("handPosting.openChannel"), Icons.icon(MaterialDesignO.OPEN_IN_NEW, 16));
        open.setId("hand-posting-open");
        open.setOnAction(event -> viewModel.openChannel());
        open.disableProperty().bind(viewModel.targetProperty().isNull());
        return step("handPosting.step.open", open);
    }

    private Node publishedStep() {
        TextField date = new TextField();
        date.textProperty().bindBidirectional(viewModel.publishedDateProperty());
        date.setPrefColumnCount(8);
        date.setAccessibleText(messages.text("handPosting.date"));
        TextField time = new TextField();
        time.textProperty().bindBidirectional(viewModel.publishedTimeProperty());
        time.setPrefColumnCount(4);
        time.setAccessibleText(messages.text("handPosting.time"));
        TextField link = new TextField();
        link.setPromptText(messages.text("handPosting.linkPrompt"));
        link.textProperty().bindBidirectional(viewModel.linkProperty());
        link.setId("hand-posting-link");
        link.setAccessibleText(messages.text("handPosting.linkPrompt"));
        Button mark = new Button(messages.text("handPosting.markPublished"), Icons.icon(MaterialDesignC.CHECK, 16));
        mark.setId("hand-posting-mark");
        mark.getStyleClass().add("success");
        mark.disableProperty().bind(viewModel.targetProperty().isNull().or(viewModel.recordedProperty()));
        mark.setOnAction(event -> viewModel.markPublished());
        Label done = new Label(messages.text("handPosting.recorded"));
        done.getStyleClass().add("finding-none");
        done.visibleProperty().bind(viewModel.recordedProperty());
        HBox when = new HBox(8, new Label(messages.text("handPosting.at")), date, time,
                new Label(messages.text("editor.schedule.oClock")));
        when.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(10, mark, done);
        buttons.setAlignment(Pos.CENTER_LEFT);
        return step("handPosting.step.published", new VBox(8, when, link, buttons));
    }

    private Node step(String key, Node content) {
        Label title = new Label(messages.text(key));
        title.getStyleClass().add(Styles.FIELD_LABEL);
        return new VBox(6, title, content);
    }
}
