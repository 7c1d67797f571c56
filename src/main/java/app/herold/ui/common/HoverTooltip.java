package app.herold.ui.common;

import javafx.event.EventHandler;
import javafx.scene.control.Control;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;

/**
 * Gives a control of the main window its tooltip when the mouse first enters it. A tooltip is a small
 * window of its own, and the window's first frame does not need one: made up front, the toolbar's three
 * took the start-up about 15 ms on two cores. The tooltip then appears after JavaFX's usual delay, as
 * the pointer moves on the control. The control's accessible text is set apart and is there at once.
 */
public final class HoverTooltip {

    private HoverTooltip() {
    }

    public static void install(Control control, String text) {
        EventHandler<MouseEvent> firstHover = new EventHandler<>() {
            @Override
            public void handle(MouseEvent event) {
                control.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                if (control.getTooltip() == null) {
                    control.setTooltip(new Tooltip(text));
                }
            }
        };
        control.addEventHandler(MouseEvent.MOUSE_ENTERED, firstHover);
    }
}
