package app.herold.ui.common;

import app.herold.domain.post.PostSummary;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.css.PseudoClass;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;

/**
 * Dragging post cards between days, weeks and the ideas tray. Uses JavaFX's in-window
 * press-drag-release gesture rather than the system's drag and drop: every drag stays inside the
 * window, it needs no clipboard, and it behaves the same on every platform and in headless tests.
 * A small label follows the pointer so the user sees what is being moved.
 */
public final class PostDrag {

    private static final PseudoClass DROP_TARGET = PseudoClass.getPseudoClass(Styles.PSEUDO_DROP_TARGET);

    private final Pane overlay;
    private final Label ghost = new Label();
    private PostSummary dragged;

    public PostDrag(Pane overlay) {
        this.overlay = overlay;
        ghost.getStyleClass().add(Styles.DRAG_GHOST);
        ghost.setMouseTransparent(true);
        ghost.setManaged(false);
        ghost.setVisible(false);
        overlay.getChildren().add(ghost);
    }

    /** Lets the user drag {@code card}; {@code post} says which post it shows at that moment. */
    public void makeDraggable(Node card, Supplier<PostSummary> post) {
        card.addEventHandler(MouseEvent.DRAG_DETECTED, event -> {
            PostSummary summary = post.get();
            if (summary == null || event.getButton() != MouseButton.PRIMARY) {
                return;
            }
            dragged = summary;
            card.startFullDrag();
            ghost.setText(summary.headline().isBlank() ? "…" : summary.headline());
            ghost.autosize();
            moveGhost(event);
            ghost.setVisible(true);
            event.consume();
        });
        card.addEventHandler(MouseEvent.MOUSE_DRAGGED, event -> {
            if (dragged != null) {
                moveGhost(event);
            }
        });
        card.addEventHandler(MouseEvent.MOUSE_RELEASED, event -> finish());
    }

    /**
     * Lets cards be dropped on {@code target}. {@code accepts} decides which posts may land there
     * (an idea cannot be dropped on the ideas tray again); {@code onDrop} does the move.
     */
    public void makeDropTarget(Node target, Predicate<PostSummary> accepts, Consumer<PostSummary> onDrop) {
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_ENTERED, event -> {
            if (dragged != null && accepts.test(dragged)) {
                target.pseudoClassStateChanged(DROP_TARGET, true);
            }
        });
        target.addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, event ->
                target.pseudoClassStateChanged(DROP_TARGET, false));
        // A filter, not a handler: lists and other controls inside a target consume the release.
        target.addEventFilter(MouseDragEvent.MOUSE_DRAG_RELEASED, event -> {
            target.pseudoClassStateChanged(DROP_TARGET, false);
            PostSummary summary = dragged;
            if (summary != null && accepts.test(summary)) {
                event.consume();
                finish();
                onDrop.accept(summary);
            }
        });
    }

    private void moveGhost(MouseEvent event) {
        Point2D local = overlay.sceneToLocal(event.getSceneX(), event.getSceneY());
        ghost.relocate(local.getX() + 12, local.getY() + 8);
    }

    private void finish() {
        dragged = null;
        ghost.setVisible(false);
    }
}
