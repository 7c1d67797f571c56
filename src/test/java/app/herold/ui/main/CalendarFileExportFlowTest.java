package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/**
 * File › "Plan als Kalenderdatei (ICS) exportieren…": the dialog opens on the month shown and refuses an
 * end before the start. Choosing the file is the system's own dialog, which the headless screen does not
 * have; the writing behind it is IcsExportViewModelTest's.
 */
class CalendarFileExportFlowTest extends HeroldUiTest {

    @Override
    void prepare() {
        planned("Weihnachtsmarkt öffnet", LocalDate.of(2026, 11, 27), LocalTime.of(17, 0));
    }

    @Test
    void theMenuOpensTheDialogOnTheShownMonthAndAnEndBeforeTheStartIsRefused() {
        clickOn("Datei");
        screenshotOf(lookup(".context-menu").query().getScene(), "ics-export-menu");
        clickOn("Plan als Kalenderdatei (ICS) exportieren…");
        waitUntil(() -> lookup("#ics-dialog").tryQuery().isPresent());

        DatePicker from = lookup("#ics-from").query();
        DatePicker to = lookup("#ics-to").query();
        assertThat(from.getValue()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(to.getValue()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(from.getEditor().getText()).isEqualTo("So., 01.11.2026");
        assertThat(lookup("#ics-run").<Button>query().isDisabled()).isFalse();
        screenshotOf(from.getScene(), "ics-export-dialog");

        clickOn(to.getEditor());
        interact(() -> to.getEditor().selectAll());
        write("31.10.2026");
        type(KeyCode.ENTER);

        Label problem = lookup("#ics-problem").query();
        waitUntil(problem::isVisible);
        assertThat(problem.getText()).isEqualTo(
                "Der Zeitraum endet am 31.10.2026, bevor er am 01.11.2026 beginnt; bitte tauschen Sie die Daten.");
        assertThat(lookup("#ics-run").<Button>query().isDisabled()).isTrue();
        screenshotOf(from.getScene(), "ics-export-dialog-range");

        Node close = lookup("#ics-dialog .button").match(node -> "Schließen".equals(((Button) node).getText())).query();
        clickOn(close);
        waitUntil(() -> lookup("#ics-dialog").tryQuery().isEmpty());
    }
}
