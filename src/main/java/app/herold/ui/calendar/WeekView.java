package app.herold.ui.calendar;

import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostCard;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Seven day columns with larger cards in time order. Each column is a virtualized list, so a day
 * with hundreds of posts scrolls without building hundreds of cards.
 */
public final class WeekView extends HBox {

    private static final PseudoClass TODAY = PseudoClass.getPseudoClass(Styles.PSEUDO_TODAY);
    private static final PseudoClass WEEKEND = PseudoClass.getPseudoClass(Styles.PSEUDO_WEEKEND);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass(Styles.PSEUDO_SELECTED);

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final List<DayColumn> columns = new ArrayList<>();

    public WeekView(CalendarViewModel viewModel, Messages messages, PostDrag drag, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        setSpacing(0);
        setFocusTraversable(true);
        getStyleClass().add("week-view");
        for (int index = 0; index < 7; index++) {
            DayColumn column = new DayColumn(drag, thumbnails);
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.add(column);
            getChildren().add(column);
        }
        viewModel.weekDaysProperty().addListener((observable, old, days) -> refill());
        viewModel.shownPeriodProperty().addListener((observable, old, shown) -> refill());
        viewModel.selectedDayProperty().addListener((observable, old, selected) -> markSelection());
        viewModel.todayProperty().addListener((observable, old, today) -> refill());
        addEventFilter(KeyEvent.KEY_PRESSED, this::onKey);
        refill();
    }

    private void refill() {
        CalendarPeriod period = viewModel.shownPeriodProperty().get();
        if (period == null || period.mode() != CalendarMode.WEEK) {
            period = viewModel.period().mode() == CalendarMode.WEEK ? viewModel.period() : null;
        }
        if (period == null) {
            return;
        }
        Map<LocalDate, List<PostSummary>> days = viewModel.weekDaysProperty().get();
        for (int index = 0; index < columns.size(); index++) {
            LocalDate day = period.first().plusDays(index);
            columns.get(index).show(day, days.getOrDefault(day, List.of()));
        }
        markSelection();
    }

    private void markSelection() {
        LocalDate selected = viewModel.selectedDay();
        for (DayColumn column : columns) {
            column.pseudoClassStateChanged(SELECTED, column.day != null && column.day.equals(selected));
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        if (event.getCode() == KeyCode.LEFT) {
            viewModel.moveSelection(-1);
        } else if (event.getCode() == KeyCode.RIGHT) {
            viewModel.moveSelection(1);
        } else if (event.getCode() == KeyCode.ENTER && !(event.getTarget() instanceof ListView<?> list
                && list.getSelectionModel().getSelectedItem() != null)) {
            viewModel.openSelectedDay();
        } else {
            return;
        }
        event.consume();
    }

    /** One day: its heading and its posts. */
    private final class DayColumn extends VBox {

        private final Label header = new Label();
        private final ListView<PostSummary> list = new ListView<>();
        private LocalDate day;

        DayColumn(PostDrag drag, Thumbnails thumbnails) {
            getStyleClass().add(Styles.WEEK_COLUMN);
            setMinWidth(0);
            header.getStyleClass().add(Styles.WEEK_HEADER);
            header.setMaxWidth(Double.MAX_VALUE);
            list.setMinWidth(0);
            list.setFocusTraversable(false);
            list.setPlaceholder(new Label());
            VBox.setVgrow(list, Priority.ALWAYS);
            list.setCellFactory(view -> new ListCell<>() {
                private final PostCard card = new PostCard(true, messages, thumbnails);

                {
                    card.setMaxWidth(Double.MAX_VALUE);
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
                if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
                    return;
                }
                viewModel.selectedDayProperty().set(day);
                PostSummary clicked = clickedPost(event);
                if (clicked != null) {
                    viewModel.openPost(clicked.id());
                } else if (event.getClickCount() == 2) {
                    viewModel.newPostOn(day);
                }
            });
            header.setOnMouseClicked(event -> {
                viewModel.selectedDayProperty().set(day);
                if (event.getClickCount() == 2) {
                    viewModel.newPostOn(day);
                }
            });
            getChildren().addAll(header, list);
            drag.makeDropTarget(this, post -> post.schedule() == null || !post.schedule().localDate().equals(day),
                    post -> viewModel.dropOn(post, day));
        }

        private PostSummary clickedPost(MouseEvent event) {
            javafx.scene.Node node = event.getPickResult().getIntersectedNode();
            while (node != null && node != list) {
                if (node instanceof ListCell<?> cell && !cell.isEmpty() && cell.getItem() instanceof PostSummary post) {
                    return post;
                }
                node = node.getParent();
            }
            return null;
        }

        void show(LocalDate newDay, List<PostSummary> posts) {
            this.day = newDay;
            getProperties().put(Styles.DAY_PROPERTY, newDay);
            header.setText(messages.shortDay(newDay)
                    + (posts.isEmpty() ? "" : "  · " + posts.size()));
            pseudoClassStateChanged(TODAY, newDay.equals(viewModel.todayProperty().get()));
            pseudoClassStateChanged(WEEKEND, newDay.getDayOfWeek() == DayOfWeek.SATURDAY
                    || newDay.getDayOfWeek() == DayOfWeek.SUNDAY);
            list.getItems().setAll(posts);
            setAccessibleText(messages.day(newDay) + ", " + messages.format("calendar.postCount", posts.size()));
        }
    }
}
