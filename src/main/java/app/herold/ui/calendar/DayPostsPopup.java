package app.herold.ui.calendar;

import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostCard;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import java.time.LocalDate;
import javafx.geometry.Bounds;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;

/**
 * All posts of one day, opened from "+N more" or with Enter: a scrolling list that stays quick
 * even for a day with hundreds of posts, and a button for one more.
 */
final class DayPostsPopup {

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final Popup popup = new Popup();
    private final Label title = new Label();
    private final ListView<PostSummary> list = new ListView<>();
    private final Button newPost = new Button();
    private LocalDate day;

    DayPostsPopup(CalendarViewModel viewModel, Messages messages, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        title.getStyleClass().add(Styles.SIDEBAR_TITLE);
        list.setPrefSize(340, 320);
        list.setCellFactory(view -> new ListCell<>() {
            private final PostCard card = new PostCard(false, messages, thumbnails);

            @Override
            protected void updateItem(PostSummary item, boolean empty) {
                super.updateItem(item, empty);
                card.show(empty ? null : item);
                setGraphic(empty ? null : card);
            }
        });
        list.setOnMouseClicked(event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.getClickCount() == 2) {
                openSelected();
            }
        });
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.ENTER) {
                openSelected();
                event.consume();
            }
        });
        newPost.setText(messages.text("calendar.day.newPost"));
        newPost.setOnAction(event -> {
            popup.hide();
            viewModel.newPostOn(day);
        });
        VBox content = new VBox(8, title, list, newPost);
        content.setPadding(new Insets(10));
        content.getStyleClass().add("day-popup");
        popup.getContent().add(content);
        popup.setAutoHide(true);
        popup.setHideOnEscape(true);
    }

    void show(LocalDate shownDay, Node anchor) {
        this.day = shownDay;
        title.setText(messages.day(shownDay));
        list.getItems().clear();
        list.setPlaceholder(new Label(messages.text("calendar.day.loading")));
        viewModel.loadDay(shownDay, posts -> {
            list.getItems().setAll(posts);
            title.setText(messages.day(shownDay) + " · " + messages.format("calendar.postCount", posts.size()));
            list.setPlaceholder(new Label(messages.text("calendar.day.none")));
            if (!posts.isEmpty()) {
                list.getSelectionModel().select(0);
            }
            list.requestFocus();
        });
        Bounds bounds = anchor.localToScreen(anchor.getBoundsInLocal());
        if (bounds != null && anchor.getScene() != null) {
            popup.show(anchor, bounds.getMinX(), bounds.getMinY());
        }
    }

    private void openSelected() {
        PostSummary selected = list.getSelectionModel().getSelectedItem();
        if (selected != null) {
            popup.hide();
            viewModel.openPost(selected.id());
        }
    }
}
