package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.css.PseudoClass;
import javafx.scene.AccessibleAttribute;
import javafx.scene.Node;
import org.junit.jupiter.api.Test;

/** The warning window and hot phase before the Landtagswahl 2027 as bands on the month, with their legend. */
class ElectionWindowsOnTheCalendarTest extends HeroldUiTest {

    private static final PseudoClass WINDOW = PseudoClass.getPseudoClass("election-window");
    private static final PseudoClass HOT = PseudoClass.getPseudoClass("election-hot");
    private static final PseudoClass HOLIDAY = PseudoClass.getPseudoClass("holiday");
    private static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18);
    /** Six weeks before 17 Jan 2027. */
    private static final LocalDate HOT_PHASE_START = LocalDate.of(2026, 12, 6);

    @Override
    void prepare() {
        database.elections().save(new Election(0, ElectionType.LAND, LocalDate.of(2027, 1, 17), null,
                "Landtagswahl 2027", List.of(), List.of(), false));
        planned("Bürgerbüro geschlossen", BUSS_UND_BETTAG, LocalTime.of(8, 0));
    }

    @Test
    void everyNovemberDayIsInTheWindowTheLegendExplainsItAndFarMonthsShowNothing() {
        waitUntil(() -> dayCell(TODAY).getPseudoClassStates().contains(WINDOW));

        for (LocalDate day = LocalDate.of(2026, 11, 1); day.getMonthValue() == 11; day = day.plusDays(1)) {
            assertThat(dayCell(day).getPseudoClassStates()).as(day.toString()).contains(WINDOW).doesNotContain(HOT);
            assertThat(band(day).isVisible()).isTrue();
        }
        assertThat(dayCell(HOT_PHASE_START).getPseudoClassStates()).contains(WINDOW, HOT);
        assertThat(dayCell(HOT_PHASE_START.minusDays(1)).getPseudoClassStates()).doesNotContain(HOT);
        assertThat(dayCell(LocalDate.of(2026, 10, 26)).getPseudoClassStates()).contains(WINDOW);
        assertThat(dayCell(TODAY).queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString()
                .contains("Warnfenster Landtagswahl 2027");
        assertThat(dayCell(HOT_PHASE_START).queryAccessibleAttribute(AccessibleAttribute.TEXT)).asString()
                .contains("Heiße Phase Landtagswahl 2027");
        waitUntil(() -> dayCell(BUSS_UND_BETTAG).getPseudoClassStates().contains(HOLIDAY));
        assertThat(legend().isVisible()).isTrue();
        assertThat(legendTexts()).contains("Warnfenster vor einer Wahl", "Heiße Phase");
        screenshot("election-window-month");

        interact(() -> window.viewModel().calendar().goTo(LocalDate.of(2026, 3, 10)));
        waitUntil(() -> main().monthView().isVisible() && !legend().isVisible());

        LocalDate march = LocalDate.of(2026, 3, 10);
        waitUntil(() -> dayCell(march).isVisible());
        for (LocalDate day = LocalDate.of(2026, 3, 1); day.getMonthValue() == 3; day = day.plusDays(1)) {
            assertThat(dayCell(day).getPseudoClassStates()).as(day.toString()).doesNotContain(WINDOW, HOT);
            assertThat(from(dayCell(day)).lookup(".election-band").tryQuery().filter(Node::isVisible)).isEmpty();
        }
        screenshot("election-window-march");
    }

    @Test
    void theWeekMarksTheHotPhaseUnderTheDates() {
        waitUntil(() -> dayCell(TODAY).getPseudoClassStates().contains(WINDOW));
        interact(() -> window.viewModel().calendar().goTo(HOT_PHASE_START));
        clickOn("#mode-week");
        waitUntil(() -> main().weekView().isVisible() && weekColumn(HOT_PHASE_START).isVisible());

        assertThat(weekColumn(HOT_PHASE_START).getPseudoClassStates()).contains(WINDOW, HOT);
        assertThat(weekColumn(HOT_PHASE_START.minusDays(1)).getPseudoClassStates()).contains(WINDOW)
                .doesNotContain(HOT);
        assertThat(weekColumn(HOT_PHASE_START).getAccessibleText()).contains("Heiße Phase Landtagswahl 2027");
        screenshot("election-window-week");
    }

    private Node band(LocalDate day) {
        return from(dayCell(day)).lookup(".election-band").query();
    }

    private Node legend() {
        return lookup(".election-legend").query();
    }

    private List<String> legendTexts() {
        return from(legend()).lookup(".label").<javafx.scene.control.Label>queryAll().stream()
                .map(javafx.scene.control.Label::getText).toList();
    }
}
