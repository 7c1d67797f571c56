package app.herold.ui.ideas;

import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostCard;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import javafx.beans.binding.Bindings;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;

/**
 * The side panel of ideas. Ideas are dragged from here onto a day; a card dragged here from the
 * calendar loses its date and becomes an idea.
 *
 * <p>Until the ideas have been read it says so, instead of "no ideas" and a count of 0: they are read
 * after the calendar's first month is on screen, a third of a second or more into the start. The
 * list itself is made then too, so the window's first frame does not style and lay out an empty one.
 */
public final class IdeasTray extends VBox {

    private final ListView<PostSummary> list = new ListView<>();
    private final IdeasViewModel viewModel;
    private final Messages messages;
    private final PostDrag drag;
    private final Thumbnails thumbnails;
    /** Where the list will be, until the ideas have been read. */
    private final Label loading = new Label();

    public IdeasTray(IdeasViewModel viewModel, Messages messages, PostDrag drag, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.drag = drag;
        this.thumbnails = thumbnails;
        getStyleClass().addAll(Styles.SIDEBAR, "ideas-tray");
        setSpacing(8);
        Label title = new Label();
        title.getStyleClass().add(Styles.SIDEBAR_TITLE);
        title.textProperty().bind(Bindings.createStringBinding(
                () -> viewModel.loadedProperty().get()
                        ? messages.format("ideas.title", viewModel.ideas().size())
                        : messages.text("ideas.titleLoading"),
                viewModel.ideas(), viewModel.loadedProperty()));
        Label hint = new Label(messages.text("ideas.hint"));
        hint.getStyleClass().add(Styles.HINT);
        hint.setWrapText(true);
        loading.setText(messages.text("status.loading"));
        loading.setId("ideas-loading");
        loading.getStyleClass().add(Styles.EMPTY_STATE);
        loading.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        loading.setAlignment(javafx.geometry.Pos.TOP_LEFT);
        VBox.setVgrow(loading, Priority.ALWAYS);

        setId("ideas-tray");
        Button newIdea = new Button(messages.text("ideas.new"));
        newIdea.setGraphic(app.herold.ui.common.Icons.icon(MaterialDesignP.PLUS, 14));
        newIdea.setMaxWidth(Double.MAX_VALUE);
        newIdea.setOnAction(event -> viewModel.newIdea());

        getChildren().addAll(title, hint, loading, newIdea);
        drag.makeDropTarget(this, post -> post.schedule() != null, viewModel::dropOnTray);
        viewModel.loadedProperty().addListener((observable, was, loaded) -> makeList());
        makeList();
    }

    /** The list of ideas, in the loading note's place. */
    private void makeList() {
        if (!viewModel.loadedProperty().get() || list.getParent() == this) {
            return;
        }
        list.setId("ideas-list");
        list.setItems(viewModel.ideas());
        list.setPlaceholder(emptyState(messages));
        list.setCellFactory(view -> new ListCell<>() {
            private final PostCard card = new PostCard(false, messages, thumbnails);

            {
                drag.makeDraggable(this, this::getItem);
                setPrefWidth(0);
            }

            @Override
            protected void updateItem(PostSummary item, boolean empty) {
                super.updateItem(item, empty);
                card.show(empty ? null : item);
                setGraphic(empty ? null : card);
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            PostSummary selected = list.getSelectionModel().getSelectedItem();
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && selected != null) {
                viewModel.open(selected);
            }
        });
        list.setOnKeyPressed(event -> {
            PostSummary selected = list.getSelectionModel().getSelectedItem();
            if (event.getCode() == KeyCode.ENTER && selected != null) {
                viewModel.open(selected);
                event.consume();
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        getChildren().set(getChildren().indexOf(loading), list);
    }

    public ListView<PostSummary> list() {
        return list;
    }

    private static Label emptyState(Messages messages) {
        Label empty = new Label(messages.text("ideas.empty"));
        empty.setWrapText(true);
        empty.getStyleClass().add(Styles.EMPTY_STATE);
        return empty;
    }
}
