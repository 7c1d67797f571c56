package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.ui.common.TextLine;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import org.junit.jupiter.api.Test;

/** The named days of the town's Land in the month and the week, and choosing another Land in the settings. */
class HolidaysOnTheCalendarTest extends HeroldUiTest {

    private static final PseudoClass HOLIDAY = PseudoClass.getPseudoClass("holiday");
    private static final LocalDate ALL_SAINTS = LocalDate.of(2026, 11, 1);
    private static final LocalDate VOLKSTRAUERTAG = LocalDate.of(2026, 11, 15);
    private static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18);
    private static final LocalDate TOTENSONNTAG = LocalDate.of(2026, 11, 22);

    @Override
    void prepare() {
        planned("Bürgerbüro geschlossen", BUSS_UND_BETTAG, LocalTime.of(8, 0));
        planned("Kranzniederlegung am Ehrenmal", VOLKSTRAUERTAG, LocalTime.of(11, 0));
    }

    @Test
    void novemberNamesBussUndBettagAndTotensonntagAndShadesOnlyThePublicHoliday() {
        waitUntil(() -> "Buß- und Bettag".equals(holidayShownOn(BUSS_UND_BETTAG)));

        assertThat(holidayShownOn(TOTENSONNTAG)).as("not cut at the window's default size").isEqualTo("Totensonntag");
        assertThat(holidayShownOn(VOLKSTRAUERTAG)).isEqualTo("Volkstrauertag");
        assertThat(holidayShownOn(BUSS_UND_BETTAG.plusDays(1))).isEmpty();
        assertThat(holidayShownOn(ALL_SAINTS)).as("Allerheiligen is no holiday in Saxony").isEmpty();
        assertThat(dayCell(BUSS_UND_BETTAG).getPseudoClassStates()).contains(HOLIDAY);
        assertThat(dayCell(TOTENSONNTAG).getPseudoClassStates()).doesNotContain(HOLIDAY);
        assertThat(dayCell(BUSS_UND_BETTAG.plusDays(1)).getPseudoClassStates()).doesNotContain(HOLIDAY);
        assertThat(dayCell(BUSS_UND_BETTAG).queryAccessibleAttribute(javafx.scene.AccessibleAttribute.TEXT))
                .asString().contains("Buß- und Bettag");
        screenshot("holidays-month");
    }

    @Test
    void theWeekNamesItsHolidaysUnderTheDates() {
        waitUntil(() -> !holidayShownOn(BUSS_UND_BETTAG).isEmpty());
        interact(() -> window.viewModel().calendar().goTo(BUSS_UND_BETTAG));
        clickOn("#mode-week");
        waitUntil(() -> main().weekView().isVisible() && weekColumn(BUSS_UND_BETTAG).isVisible());

        waitUntil(() -> "Buß- und Bettag".equals(weekHolidayOf(BUSS_UND_BETTAG)));
        assertThat(weekHolidayOf(TOTENSONNTAG)).isEqualTo("Totensonntag");
        assertThat(weekColumn(BUSS_UND_BETTAG).getPseudoClassStates()).contains(HOLIDAY);
        screenshot("holidays-week");
    }

    @Test
    void choosingBayernInTheSettingsShowsBavariasHolidays() {
        waitUntil(() -> !holidayShownOn(BUSS_UND_BETTAG).isEmpty());

        clickOn("#settings");
        ComboBox<String> state = lookup("#settings-state").query();
        assertThat(state.getConverter().toString(state.getValue())).isEqualTo("Sachsen");
        clickOn(state);
        clickOn("Bayern");
        screenshotOf(state.getScene(), "holidays-settings");
        // The editor has a "Speichern" button too: take the dialog's.
        clickOn(lookup(".dialog-pane .button").match(node -> "Speichern".equals(((Button) node).getText()))
                .<Node>query());

        waitUntil(() -> "Allerheiligen".equals(holidayShownOn(ALL_SAINTS)));
        assertThat(holidayShownOn(BUSS_UND_BETTAG)).isEmpty();
        assertThat(dayCell(BUSS_UND_BETTAG).getPseudoClassStates()).doesNotContain(HOLIDAY);
        assertThat(holidayShownOn(TOTENSONNTAG)).isEqualTo("Totensonntag");
        waitUntil(() -> "BY".equals(database.preferences().load().state()));
    }

    /** The name as the month cell shows it, "…" and all; "" when the cell names no day. */
    private String holidayShownOn(LocalDate day) {
        return from(dayCell(day)).lookup(".holiday-name").tryQuery()
                .filter(Node::isVisible).map(node -> ((TextLine) node).shownText()).orElse("");
    }

    private String weekHolidayOf(LocalDate day) {
        return from(weekColumn(day)).lookup(".holiday-name").tryQuery()
                .filter(Node::isVisible).map(node -> ((TextLine) node).shownText()).orElse("");
    }
}
