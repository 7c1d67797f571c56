package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import org.junit.jupiter.api.Test;

class ElectionWindowsTest {

    private static final Election LANDTAG = new Election(1, ElectionType.LAND, LocalDate.of(2024, 9, 1), null,
            "Landtagswahl Sachsen", List.of(), List.of(), true);

    @Test
    void theWindowOpensThreeMonthsBeforeAndClosesTheDayAfterTheElection() {
        ElectionWindows.Window window = ElectionWindows.DEFAULT.of(LANDTAG);

        assertThat(window.start()).isEqualTo(LocalDate.of(2024, 6, 1));
        assertThat(window.contains(LocalDate.of(2024, 5, 31))).isFalse();
        assertThat(window.contains(LocalDate.of(2024, 6, 1))).isTrue();
        assertThat(window.contains(LocalDate.of(2024, 9, 2))).isTrue();
        assertThat(window.contains(LocalDate.of(2024, 9, 3))).isFalse();
        assertThat(window.isHot(LocalDate.of(2024, 7, 21))).isTrue();
        assertThat(window.isHot(LocalDate.of(2024, 7, 20))).isFalse();
    }

    @Test
    void aWindowNeverStartsBeforeTheElectionWasAnnounced() {
        Election snap = new Election(2, ElectionType.BUND, LocalDate.of(2025, 2, 23), LocalDate.of(2024, 12, 27),
                "Bundestagswahl", List.of(), List.of(), true);

        ElectionWindows.Window window = ElectionWindows.DEFAULT.of(snap);

        assertThat(window.start()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(window.hotStart()).isEqualTo(LocalDate.of(2025, 1, 12));
    }

    @Test
    void theWarningIsKeptBetweenSixWeeksAndSixMonths() {
        assertThat(new ElectionWindows(Period.ofWeeks(2), Period.ofWeeks(1)).warning()).isEqualTo(Period.ofWeeks(6));
        assertThat(new ElectionWindows(Period.ofMonths(9), Period.ofWeeks(6)).warning()).isEqualTo(Period.ofMonths(6));
        assertThat(new ElectionWindows(Period.ofWeeks(6), Period.ofMonths(2)).hotPhase()).isEqualTo(Period.ofWeeks(6));
    }

    @Test
    void aPostOnTheDayTheClocksChangeBelongsToTheWindowByItsDay() {
        Election spring = new Election(3, ElectionType.KOMMUNE, LocalDate.of(2029, 6, 10), null, "", List.of(), List.of(),
                false);

        // 25 March 2029 is the Sunday the clocks go forward: 23 hours long, still one day of the window.
        assertThat(ElectionWindows.DEFAULT.of(spring).contains(LocalDate.of(2029, 3, 25))).isTrue();
        assertThat(ElectionWindows.DEFAULT.of(spring).contains(LocalDate.of(2029, 3, 9))).isFalse();
    }

    @Test
    void overlappingElectionsEachKeepTheirOwnWindow() {
        Election europa = new Election(4, ElectionType.EUROPA, LocalDate.of(2024, 6, 9), null, "", List.of(), List.of(),
                true);
        NeutralityRules rules = new NeutralityRules(ElectionWindows.DEFAULT, NeutralityRules.SEEDED_PARTIES);

        // Late June: after the European election's window, inside the Landtag's.
        assertThat(rules.check("Die SPD lädt ein.", LocalDate.of(2024, 6, 20), List.of(europa, LANDTAG)))
                .extracting(finding -> finding.arguments().get(1)).containsExactly("Landtagswahl Sachsen");
        assertThat(rules.check("Die SPD lädt ein.", LocalDate.of(2024, 6, 5), List.of(europa, LANDTAG)))
                .hasSize(1);
    }
}
