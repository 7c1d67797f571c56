package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Texts a town might post before an election, and what the neutrality rules say (domain.md §1.5). */
class NeutralityRulesTest {

    private static final Election MAYOR = new Election(1, ElectionType.BUERGERMEISTER, LocalDate.of(2029, 6, 10), null,
            "Bürgermeisterwahl Meerane", List.of("Lothar Hoffmann", "Anja Weber"), List.of("Bürgerliste Meerane"), false);
    private static final LocalDate IN_WINDOW = LocalDate.of(2029, 5, 20);
    private static final LocalDate BEFORE_WINDOW = LocalDate.of(2029, 2, 1);

    private final NeutralityRules rules = new NeutralityRules(ElectionWindows.DEFAULT, NeutralityRules.SEEDED_PARTIES);

    private List<String> found(String text) {
        return rules.check(text, IN_WINDOW, List.of(MAYOR)).stream().map(Finding::rule).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Die SPD-Fraktion lädt zum Bürgergespräch.                      | neutrality.party",
        "Auch die Grünen fordern einen Radweg.                          | neutrality.party",
        "Die Linke hat einen Antrag gestellt.                           | neutrality.party",
        "Die Bürgerliste Meerane stellt sich vor.                       | neutrality.party",
        "Lothar Hoffmann eröffnet den Spielplatz.                       | neutrality.candidate",
        "Heute hat Herr Hoffmann den Spielplatz eröffnet.               | neutrality.candidate",
        "Wählen Sie am 10. Juni!                                        | neutrality.call-to-vote",
        "Ihre Stimme für Meerane!                                       | neutrality.call-to-vote",
        "Unsere Erfolgsbilanz der letzten sieben Jahre.                 | neutrality.record",
        "Das haben wir geschafft: Die Schule ist saniert.              | neutrality.record",
    })
    void campaignContentInsideTheWindowIsFlagged(String text, String rule) {
        assertThat(found(text.strip())).contains(rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Wegen Bauarbeiten ist die linke Spur gesperrt.",
        "Die grüne Tonne wird am Montag geleert.",
        "Grüne Tonne: Abholung verschiebt sich um einen Tag.",
        "Linke Fahrspur ab Montag gesperrt.",
        "Infos unter https://www.meerane.de/spd-weg und spd@example.org.",
        "Der Stadtrat tagt am Dienstag im Rathaus.",
    })
    void everydayWordsAreNotParties(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void outsideEveryWindowNothingIsFlagged() {
        assertThat(rules.check("Wählen Sie die SPD!", BEFORE_WINDOW, List.of(MAYOR))).isEmpty();
        assertThat(rules.check("Wählen Sie die SPD!", null, List.of(MAYOR))).isEmpty();
    }

    @Test
    void electionAdministrationLowersTheSeverityButKeepsTheFinding() {
        List<Finding> findings = rules.check("Briefwahl: Wählen Sie bequem von zu Hause.", IN_WINDOW, List.of(MAYOR));

        assertThat(findings).extracting(Finding::rule).containsExactly(NeutralityRules.CALL_TO_VOTE);
        assertThat(findings).extracting(Finding::severity).containsExactly(Severity.INFO);
    }

    @Test
    void aPartyNamedInFullIsOneFindingWithItsSpan() {
        String text = "Bündnis 90/Die Grünen und Die Linke laden ein.";
        List<Finding> findings = rules.check(text, IN_WINDOW, List.of(MAYOR));

        assertThat(findings).extracting(finding -> text.substring(finding.span().start(), finding.span().end()))
                .containsExactlyInAnyOrder("Bündnis 90/Die Grünen", "Die Linke");
        assertThat(findings).allMatch(finding -> finding.severity() == Severity.WARNING);
    }
}
