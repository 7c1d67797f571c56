package app.herold.ui.main;

import app.herold.domain.publishing.Outbox;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import java.time.Duration;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

/**
 * "Verpasste Beiträge": posts that fell due while Herold was closed, longer ago than the set limit. The
 * user sends them now, plans them anew or skips them; closing the dialog decides nothing, and the status
 * bar keeps saying that they wait.
 */
final class MissedPostsDialog {

    private final Dialog<ButtonType> dialog = new Dialog<>();

    /**
     * @param sendNow the chosen targets go out at the next pass
     * @param skip the chosen targets do not go out
     * @param replan the post opens in the editor, for a new date
     */
    MissedPostsDialog(Window owner, Messages messages, SendingViewModel sending, Duration limit,
                      Consumer<List<Outbox.Event>> sendNow, Consumer<List<Outbox.Event>> skip,
                      Consumer<Outbox.Event> replan) {
        dialog.initOwner(owner);
        dialog.setTitle(messages.text("missed.title"));
        dialog.setHeaderText(null);
        dialog.setResizable(true);

        Label intro = new Label(messages.format("missed.intro", limitText(messages, limit)));
        intro.setWrapText(true);
        intro.setMaxWidth(820);

        TableView<Outbox.Event> table = new TableView<>(sending.missed());
        table.setId("missed-table");
        table.getSelectionModel().setSelectionMode(SelectionMode.MULTIPLE);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
        table.setPrefSize(820, 240);
        TableColumn<Outbox.Event, String> post = new TableColumn<>(messages.text("missed.post"));
        post.setCellValueFactory(row -> new ReadOnlyStringWrapper(row.getValue().postTitle()));
        post.setPrefWidth(330);
        TableColumn<Outbox.Event, Outbox.Event> account = new TableColumn<>(messages.text("missed.account"));
        account.setCellValueFactory(row -> new javafx.beans.property.ReadOnlyObjectWrapper<>(row.getValue()));
        account.setCellFactory(column -> new TableCell<>() {
            @Override
            protected void updateItem(Outbox.Event item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? null : item.account().name());
                setGraphic(empty || item == null ? null : Icons.channelIcon(item.account().kind(), 14));
            }
        });
        account.setPrefWidth(260);
        TableColumn<Outbox.Event, String> planned = new TableColumn<>(messages.text("missed.planned"));
        planned.setCellValueFactory(row -> new ReadOnlyStringWrapper(sending.plannedAt(row.getValue())));
        planned.setPrefWidth(200);
        table.getColumns().setAll(List.of(post, account, planned));
        table.getSelectionModel().selectFirst();

        Button sendButton = new Button(messages.text("missed.sendNow"));
        sendButton.setId("missed-send-now");
        sendButton.getStyleClass().add("accent");
        sendButton.setOnAction(event -> sendNow.accept(List.copyOf(table.getSelectionModel().getSelectedItems())));
        Button replanButton = new Button(messages.text("missed.replan"));
        replanButton.setId("missed-replan");
        replanButton.setOnAction(event -> {
            Outbox.Event chosen = table.getSelectionModel().getSelectedItem();
            dialog.close();
            replan.accept(chosen);
        });
        Button skipButton = new Button(messages.text("missed.skip"));
        skipButton.setId("missed-skip");
        skipButton.setOnAction(event -> skip.accept(List.copyOf(table.getSelectionModel().getSelectedItems())));
        var nothingChosen = table.getSelectionModel().selectedItemProperty().isNull();
        sendButton.disableProperty().bind(nothingChosen);
        replanButton.disableProperty().bind(nothingChosen);
        skipButton.disableProperty().bind(nothingChosen);
        HBox actions = new HBox(8, sendButton, replanButton, skipButton);

        VBox content = new VBox(12, intro, table, actions);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setId("missed-posts");
        dialog.getDialogPane().setContent(content);
        // The theme caps a dialog at 600 px; the table needs room for post, account and time side by side.
        dialog.getDialogPane().setMinWidth(860);
        dialog.getDialogPane().maxWidthProperty().bind(dialog.getDialogPane().minWidthProperty());
        dialog.getDialogPane().getButtonTypes().setAll(new ButtonType(messages.text("missed.close"),
                javafx.scene.control.ButtonBar.ButtonData.CANCEL_CLOSE));
        // Once every missed post is decided there is nothing left to ask.
        sending.missed().addListener((javafx.collections.ListChangeListener<Outbox.Event>) change -> {
            if (sending.missed().isEmpty() && dialog.isShowing()) {
                dialog.close();
            }
        });
    }

    static String limitText(Messages messages, Duration limit) {
        long minutes = limit.toMinutes();
        return minutes % 60 == 0 ? messages.format("missed.limit.hours", minutes / 60)
                : messages.format("missed.limit.minutes", minutes);
    }

    Dialog<ButtonType> dialog() {
        return dialog;
    }

    void show() {
        dialog.show();
    }
}
