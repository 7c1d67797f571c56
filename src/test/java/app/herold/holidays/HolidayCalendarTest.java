package app.herold.holidays;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.domain.rules.Holiday;
import app.herold.domain.rules.Holiday.Kind;
import app.herold.domain.rules.HolidayCalendar;
import app.herold.domain.settings.FederalState;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** The named days of a Land as the calendar and the checks get them, against domain.md §5. */
class HolidayCalendarTest {

    private static final HolidayCalendar HOLIDAYS = new JollydayHolidays();

    private static List<Holiday> yearOf(int year, String state) {
        return HOLIDAYS.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), state);
    }

    private static List<String> publicNamesOn(LocalDate day, String state) {
        return HOLIDAYS.between(day, day, state).stream().filter(Holiday::isPublic).map(Holiday::name).toList();
    }

    /** domain.md §5.3, the table of movable feasts 2025–2030, as computed there and checked against dateutil. */
    @ParameterizedTest(name = "Sachsen {0}")
    @CsvSource({
        "2025, 04-18, 05-29, 06-09, 06-19, 11-19",
        "2026, 04-03, 05-14, 05-25, 06-04, 11-18",
        "2027, 03-26, 05-06, 05-17, 05-27, 11-17",
        "2028, 04-14, 05-25, 06-05, 06-15, 11-22",
        "2029, 03-30, 05-10, 05-21, 05-31, 11-21",
        "2030, 04-19, 05-30, 06-10, 06-20, 11-20",
    })
    void saxonyHasTheMovableFeastsOfTheTableAndNoFronleichnam(int year, String karfreitag, String himmelfahrt,
                                                              String pfingstmontag, String fronleichnam,
                                                              String bussUndBettag) {
        List<Holiday> saxony = yearOf(year, "SN");

        assertThat(saxony).contains(
                new Holiday(on(year, karfreitag), "Karfreitag", Kind.PUBLIC),
                new Holiday(on(year, himmelfahrt), "Christi Himmelfahrt", Kind.PUBLIC),
                new Holiday(on(year, pfingstmontag), "Pfingstmontag", Kind.PUBLIC),
                new Holiday(on(year, bussUndBettag), "Buß- und Bettag", Kind.PUBLIC),
                new Holiday(LocalDate.of(year, 10, 31), "Reformationstag", Kind.PUBLIC));
        assertThat(saxony).extracting(Holiday::name).doesNotContain("Fronleichnam");
        assertThat(publicNamesOn(on(year, fronleichnam), "SN")).isEmpty();
        assertThat(yearOf(year, "BY")).contains(new Holiday(on(year, fronleichnam), "Fronleichnam", Kind.PUBLIC));
    }

    @Test
    void saxonyHasItsElevenPublicHolidaysIn2026InDateOrder() {
        assertThat(yearOf(2026, "SN").stream().filter(Holiday::isPublic).map(Holiday::name)).containsExactly(
                "Neujahr", "Karfreitag", "Ostermontag", "Tag der Arbeit", "Christi Himmelfahrt", "Pfingstmontag",
                "Tag der Deutschen Einheit", "Reformationstag", "Buß- und Bettag", "1. Weihnachtsfeiertag",
                "2. Weihnachtsfeiertag");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(value = FederalState.class, names = "SN", mode = EnumSource.Mode.EXCLUDE)
    void bussUndBettagIsAHolidayInSaxonyOnly(FederalState state) {
        assertThat(publicNamesOn(LocalDate.of(2026, 11, 18), state.code())).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(FederalState.class)
    void everyLandHasTheNationwideHolidaysAndTheDaysOfMourningAndTheWarntag(FederalState state) {
        List<Holiday> year = yearOf(2026, state.code());

        assertThat(year).contains(
                new Holiday(LocalDate.of(2026, 10, 3), "Tag der Deutschen Einheit", Kind.PUBLIC),
                new Holiday(LocalDate.of(2026, 12, 25), "1. Weihnachtsfeiertag", Kind.PUBLIC),
                new Holiday(LocalDate.of(2026, 9, 10), "Bundesweiter Warntag", Kind.WARNTAG),
                new Holiday(LocalDate.of(2026, 11, 15), "Volkstrauertag", Kind.MOURNING),
                new Holiday(LocalDate.of(2026, 11, 22), "Totensonntag", Kind.MOURNING));
        assertThat(year).isSortedAccordingTo(Comparator.comparing(Holiday::date));
    }

    @Test
    void volkstrauertagAndTotensonntag2026AreTheTwoSundaysBeforeTheFirstAdvent() {
        assertThat(HOLIDAYS.between(LocalDate.of(2026, 11, 9), LocalDate.of(2026, 11, 29), "SN")).containsExactly(
                new Holiday(LocalDate.of(2026, 11, 15), "Volkstrauertag", Kind.MOURNING),
                new Holiday(LocalDate.of(2026, 11, 18), "Buß- und Bettag", Kind.PUBLIC),
                new Holiday(LocalDate.of(2026, 11, 22), "Totensonntag", Kind.MOURNING));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2024-09-12", "2025-09-11", "2026-09-10"})
    void theWarntagIsTheSecondThursdayOfSeptember(LocalDate warntag) {
        List<Holiday> september = HOLIDAYS.between(warntag.withDayOfMonth(1), warntag.withDayOfMonth(30), "SN");

        assertThat(september).containsExactly(new Holiday(warntag, "Bundesweiter Warntag", Kind.WARNTAG));
    }

    @Test
    void aRangeOverNewYearHasTheDaysOfBothYearsInOrder() {
        assertThat(HOLIDAYS.between(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 1, 6), "BY"))
                .extracting(Holiday::date, Holiday::name).containsExactly(
                        tuple(LocalDate.of(2026, 12, 25), "1. Weihnachtsfeiertag"),
                        tuple(LocalDate.of(2026, 12, 26), "2. Weihnachtsfeiertag"),
                        tuple(LocalDate.of(2027, 1, 1), "Neujahr"),
                        tuple(LocalDate.of(2027, 1, 6), "Heilige Drei Könige"));
    }

    /** domain.md §5.2: the holidays only some Länder have. */
    @ParameterizedTest(name = "{1} {0}")
    @CsvSource({
        "2026-01-06, BW, Heilige Drei Könige",
        "2026-01-06, ST, Heilige Drei Könige",
        "2026-03-08, BE, Internationaler Frauentag",
        "2026-03-08, MV, Internationaler Frauentag",
        "2026-08-15, SL, Mariä Himmelfahrt",
        "2026-09-20, TH, Weltkindertag",
        "2026-10-31, HB, Reformationstag",
        "2026-10-31, NI, Reformationstag",
        "2026-11-01, NW, Allerheiligen",
        "2026-04-05, BB, Ostersonntag",
    })
    void aHolidayOfSomeLänderHasItsGermanName(LocalDate day, String state, String name) {
        assertThat(publicNamesOn(day, state)).containsExactly(name);
    }

    /** Mariä Himmelfahrt in Bavaria and Fronleichnam in Thuringia are holidays of some municipalities only. */
    @Test
    void holidaysOfSomeMunicipalitiesOnlyAreNotTheLand() {
        assertThat(publicNamesOn(LocalDate.of(2026, 8, 15), "BY")).isEmpty();
        assertThat(publicNamesOn(LocalDate.of(2026, 6, 4), "TH")).isEmpty();
    }

    @Test
    void theCodeMayBeWrittenInSmallLetters() {
        assertThat(yearOf(2026, "sn")).isEqualTo(yearOf(2026, "SN"));
    }

    @Test
    void aCodeThatIsNoLandIsRefused() {
        assertThatThrownBy(() -> yearOf(2026, "DE")).isInstanceOf(IllegalArgumentException.class);
        assertThat(Arrays.stream(FederalState.values()).map(FederalState::code)).hasSize(16).doesNotHaveDuplicates();
    }

    private static LocalDate on(int year, String monthDay) {
        return MonthDay.parse("--" + monthDay).atYear(year);
    }
}
