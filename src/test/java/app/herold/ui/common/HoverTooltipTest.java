package app.herold.ui.common;

import static app.herold.ui.common.FxStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

/** A toolbar button's tooltip: none while the window starts, its text as soon as the pointer is on it. */
class HoverTooltipTest {

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @Test
    void theTooltipIsMadeWhenThePointerFirstEntersAndOnlyOnce() throws Exception {
        Button settings = onFx(() -> {
            Button button = new Button();
            HoverTooltip.install(button, "Einstellungen");
            return button;
        });
        assertThat(onFx(settings::getTooltip)).isNull();

        onFx(() -> {
            Event.fireEvent(settings, entered(settings));
            return null;
        });
        javafx.scene.control.Tooltip first = onFx(settings::getTooltip);
        assertThat(first).isNotNull();
        assertThat(first.getText()).isEqualTo("Einstellungen");

        onFx(() -> {
            Event.fireEvent(settings, entered(settings));
            return null;
        });
        assertThat(onFx(settings::getTooltip)).isSameAs(first);
    }

    private static MouseEvent entered(Button target) {
        return new MouseEvent(target, target, MouseEvent.MOUSE_ENTERED, 1, 1, 1, 1, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }
}
