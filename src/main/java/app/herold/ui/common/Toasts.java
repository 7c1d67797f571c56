package app.herold.ui.common;

import java.util.ArrayDeque;
import java.util.Deque;
import javafx.animation.PauseTransition;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Popup;
import javafx.stage.Window;
import javafx.util.Duration;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;

/**
 * Short notices in the lower right corner of the window ("Auf Mastodon veröffentlicht"), stacked, each
 * gone after a few seconds or a click; a click also runs the notice's action (opens the delivery log).
 * Failures stay twice as long and are coloured as problems.
 */
public final class Toasts {

    private static final Duration SHOWN = Duration.seconds(8);
    private static final int MOST_AT_ONCE = 3;
    private static final double MARGIN = 16;

    private final Window owner;
    private final Deque<Popup> shown = new ArrayDeque<>();

    public Toasts(Window owner) {
        this.owner = owner;
    }

    /** Shows one notice; the oldest goes when more than three would be on screen. */
    public void show(boolean problem, String title, String text, Runnable onClick) {
        if (owner == null || !owner.isShowing()) {
            return;
        }
        Label heading = new Label(title, Icons.icon(problem ? MaterialDesignA.ALERT_CIRCLE_OUTLINE
                : MaterialDesignC.CHECK_CIRCLE_OUTLINE, 16));
        heading.getStyleClass().add("toast-title");
        // An account's name makes titles long ("Auf Stadt Meerane – Mastodon veröffentlicht"): wrapped, not cut.
        heading.setWrapText(true);
        heading.setMaxWidth(340);
        Label body = new Label(text);
        body.setWrapText(true);
        body.setMaxWidth(340);
        VBox box = new VBox(4, heading, body);
        box.setPadding(new Insets(10, 14, 10, 14));
        box.setMaxWidth(370);
        box.getStyleClass().addAll("toast", problem ? "toast-problem" : "toast-success");
        box.getStylesheets().addAll(owner.getScene().getStylesheets());
        Popup popup = new Popup();
        popup.getContent().add(box);
        popup.setAutoHide(false);
        box.setOnMouseClicked(event -> {
            hide(popup);
            onClick.run();
        });
        while (shown.size() >= MOST_AT_ONCE) {
            hide(shown.peekFirst());
        }
        shown.addLast(popup);
        popup.show(owner);
        place();
        PauseTransition wait = new PauseTransition(problem ? SHOWN.multiply(2) : SHOWN);
        wait.setOnFinished(event -> hide(popup));
        wait.play();
    }

    private void hide(Popup popup) {
        popup.hide();
        shown.remove(popup);
        place();
    }

    /** Newest at the bottom, older ones above it, all at the window's lower right corner. */
    private void place() {
        double bottom = owner.getY() + owner.getHeight() - MARGIN - 28;
        for (var it = shown.descendingIterator(); it.hasNext(); ) {
            Popup popup = it.next();
            double height = popup.getHeight();
            popup.setX(owner.getX() + owner.getWidth() - popup.getWidth() - MARGIN);
            popup.setY(bottom - height);
            bottom -= height + 8;
        }
    }
}
