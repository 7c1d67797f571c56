package app.herold.ui.calendar;

import app.herold.ui.common.PostCard;
import app.herold.ui.common.PostDrag;
import java.time.LocalDate;
import java.util.function.Supplier;
import javafx.scene.Node;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;

/** What the mouse does on a day of the month grid or the week, and on the cards in it. */
final class DayGestures {

    private DayGestures() {
    }

    /**
     * A click selects the day, a double-click starts a new post on it, and a card of another day
     * (or an idea) dropped on it moves there.
     */
    static void onDay(Node target, Supplier<LocalDate> day, CalendarViewModel viewModel, PostDrag drag) {
        target.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() != MouseButton.PRIMARY || !event.isStillSincePress()) {
                return;
            }
            viewModel.selectedDayProperty().set(day.get());
            if (event.getClickCount() == 2) {
                viewModel.newPostOn(day.get());
            }
        });
        drag.makeDropTarget(target,
                post -> post.schedule() == null || !post.schedule().localDate().equals(day.get()),
                post -> viewModel.dropOn(post, day.get()));
    }

    /** A click on a card opens its post; dragging it moves the post. */
    static void onCard(PostCard card, Supplier<LocalDate> day, CalendarViewModel viewModel, PostDrag drag) {
        card.addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY && event.isStillSincePress() && card.post() != null) {
                viewModel.selectedDayProperty().set(day.get());
                viewModel.openPost(card.post().id());
                event.consume();
            }
        });
        drag.makeDraggable(card, card::post);
    }
}
