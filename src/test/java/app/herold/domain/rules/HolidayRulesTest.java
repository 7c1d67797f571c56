package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Posts planned on a named day, and what the holiday rules say (domain.md §5). */
class HolidayRulesTest {

    private static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18);
    private static final LocalDate TOTENSONNTAG = LocalDate.of(2026, 11, 22);
    private static final LocalDate WARNTAG = LocalDate.of(2026, 9, 10);
    private static final List<Holiday> NAMED = List.of(
            new Holiday(BUSS_UND_BETTAG, "Buß- und Bettag", Holiday.Kind.PUBLIC),
            new Holiday(TOTENSONNTAG, "Totensonntag", Holiday.Kind.MOURNING),
            new Holiday(WARNTAG, "Bundesweiter Warntag", Holiday.Kind.WARNTAG));

    private final HolidayRules rules = new HolidayRules();

    private List<Finding> check(String text, LocalDate day) {
        return rules.check(text, day, NAMED);
    }

    @Test
    void aPostOnAPublicHolidayGetsANoteNamingIt() {
        List<Finding> findings = check("Das Bürgerbüro bleibt heute geschlossen.", BUSS_UND_BETTAG);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("calendar.holiday");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.messageKey()).isEqualTo("rule.calendar.holiday");
            assertThat(finding.arguments()).containsExactly("Buß- und Bettag");
            assertThat(finding.span()).isNull();
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "Am Abend steigt das große Herbstfest im Stadtpark.                 | Herbstfest",
        "Tanzabend im Ratskeller ab 20 Uhr.                                 | Tanzabend",
        "Der Weihnachtsmarkt öffnet heute schon um 14 Uhr.                  | Weihnachtsmarkt",
        "Party im Jugendclub – Eintritt frei!                               | Party",
        "Konzert der Musikschule in der Stadthalle.                         | Konzert",
        "Heute Disco für alle ab 12 Jahren.                                 | Disco",
        "Feiern Sie mit uns 30 Jahre Partnerschaft!                         | Feiern",
        "Heute live: Blasmusik auf dem Marktplatz.                          | Blasmusik",
        "Alle Infos zum Fest: www.meerane.de #Stadtfest                     | Fest",
        "Der Vorverkauf läuft. #stadtfest                                   | #stadtfest",
        "Herbst-Party der Feuerwehr im Gerätehaus.                          | Herbst-Party",
        "Kinderkirmes auf dem Festplatz an der Bahnhofstraße.               | Kinderkirmes",
    })
    void promotingAnEventOnADayOfMourningIsAWarningAtTheWord(String text, String word) {
        List<Finding> findings = check(text.strip(), TOTENSONNTAG);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("calendar.mourning-day");
            assertThat(finding.severity()).isEqualTo(Severity.WARNING);
            assertThat(finding.messageKey()).isEqualTo("rule.calendar.mourningDayEvent");
            assertThat(finding.arguments()).containsExactly("Totensonntag", word);
            assertThat(text.strip().substring(finding.span().start(), finding.span().end())).isEqualTo(word);
        });
    }

    /** What a town rightly posts on these days, and words that only look like an event. */
    @ParameterizedTest(name = "[{index}] {0}")
    @ValueSource(strings = {
        "Kranzniederlegung am Ehrenmal um 11 Uhr; der Bürgermeister spricht.",
        "Gedenkfeier auf dem Friedhof, anschließend Andacht in der Kirche.",
        "Gedenkkonzert des Kirchenchors zum Ewigkeitssonntag.",
        "Parken am Markt ist heute kostenlos.",
        "Der Supermarkt in der Hauptstraße hat geschlossen.",
        "Die Sprechzeiten stehen fest: Montag 9 bis 12 Uhr.",
        "Wir feiern nicht, wir gedenken.",
        "Die Festnetznummer des Bürgerbüros lautet 03764 540.",
        "Bitte halten Sie Distanz zu den Gräbern.",
        "Die Feststellung des Wahlergebnisses folgt am Montag.",
        "Der Feiertag am Mittwoch verschiebt die Müllabfuhr.",
        "",
    })
    void aQuietPostOnADayOfMourningGetsOnlyANote(String text) {
        List<Finding> findings = check(text, TOTENSONNTAG);

        assertThat(findings).singleElement().satisfies(finding -> {
            assertThat(finding.rule()).isEqualTo("calendar.mourning-day");
            assertThat(finding.severity()).isEqualTo(Severity.INFO);
            assertThat(finding.messageKey()).isEqualTo("rule.calendar.mourningDay");
            assertThat(finding.arguments()).containsExactly("Totensonntag");
        });
    }

    @Test
    void theSameEventOnAnOrdinarySundayIsNoFinding() {
        assertThat(check("Am Abend steigt das große Herbstfest im Stadtpark.", TOTENSONNTAG.minusWeeks(3))).isEmpty();
    }

    @Test
    void onTheWarntagEveryPostGetsTheNoteAboutSirensAndCellBroadcast() {
        assertThat(check("Probealarm: Um 11 Uhr heulen die Sirenen.", WARNTAG))
                .extracting(Finding::rule, Finding::severity, Finding::messageKey)
                .containsExactly(tuple("calendar.warntag", Severity.INFO,
                        "rule.calendar.warntag"));
    }

    @Test
    void anIdeaWithoutADayHasNoHolidayFindings() {
        assertThat(check("Herbstfest!", null)).isEmpty();
        assertThat(rules.check("Herbstfest!", TOTENSONNTAG, null)).isEmpty();
    }

    @Test
    void namedDaysOfOtherDaysAreIgnored() {
        assertThat(check("Herbstfest!", LocalDate.of(2026, 11, 21))).isEmpty();
    }

    @Test
    void twoNamedDaysOnOneDayGiveOneFindingEach() {
        LocalDate day = LocalDate.of(2008, 5, 1);
        List<Holiday> both = List.of(new Holiday(day, "Tag der Arbeit", Holiday.Kind.PUBLIC),
                new Holiday(day, "Christi Himmelfahrt", Holiday.Kind.PUBLIC));

        assertThat(rules.check("Das Rathaus bleibt geschlossen.", day, both)).extracting(Finding::arguments)
                .containsExactly(List.of("Tag der Arbeit"), List.of("Christi Himmelfahrt"));
    }
}
