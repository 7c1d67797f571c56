package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The days of mourning before Advent and the Warntag, computed by the rules of domain.md §5.3. */
class RemembranceDaysTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2024, 2024-11-17, 2024-11-24, 2024-12-01",
        "2025, 2025-11-16, 2025-11-23, 2025-11-30",
        "2026, 2026-11-15, 2026-11-22, 2026-11-29",
        // Christmas Day on a Sunday: the fourth Advent is the Sunday before it, 18 December.
        "2022, 2022-11-13, 2022-11-20, 2022-11-27",
        // Christmas Eve on a Sunday: that Sunday is the fourth Advent.
        "2023, 2023-11-19, 2023-11-26, 2023-12-03",
    })
    void theDaysOfMourningAreTheTwoSundaysBeforeTheFirstAdvent(int year, LocalDate volkstrauertag,
                                                               LocalDate totensonntag, LocalDate firstAdvent) {
        assertThat(RemembranceDays.firstAdvent(year)).isEqualTo(firstAdvent);
        assertThat(RemembranceDays.volkstrauertag(year)).isEqualTo(volkstrauertag);
        assertThat(RemembranceDays.totensonntag(year)).isEqualTo(totensonntag);
    }

    /** domain.md §5.3: Buß- und Bettag is the Wednesday before Totensonntag, between 16 and 22 November. */
    @Test
    void totensonntagFollowsBussUndBettagBy4DaysEveryYear() {
        for (int year = 1995; year <= 2100; year++) {
            LocalDate totensonntag = RemembranceDays.totensonntag(year);
            LocalDate bussUndBettag = totensonntag.minusDays(4);

            assertThat(totensonntag.getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
            assertThat(bussUndBettag.getDayOfMonth()).as("Buß- und Bettag %d", year).isBetween(16, 22);
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"2020, 2020-09-10", "2023, 2023-09-14", "2024, 2024-09-12", "2025, 2025-09-11",
        "2026, 2026-09-10", "2027, 2027-09-09", "2028, 2028-09-14", "2029, 2029-09-13", "2030, 2030-09-12"})
    void theWarntagIsTheSecondThursdayOfSeptember(int year, LocalDate warntag) {
        assertThat(RemembranceDays.warntag(year)).contains(warntag);
    }

    @Test
    void theWarntagWasCalledOffIn2021AndHeldInDecember2022() {
        assertThat(RemembranceDays.warntag(2019)).isEmpty();
        assertThat(RemembranceDays.warntag(2021)).isEqualTo(Optional.empty());
        assertThat(RemembranceDays.warntag(2022)).contains(LocalDate.of(2022, 12, 8));
        assertThat(RemembranceDays.of(2021)).extracting(Holiday::kind).containsOnly(Holiday.Kind.MOURNING);
    }

    @Test
    void aYearHasItsThreeDaysInDateOrder() {
        assertThat(RemembranceDays.of(2022)).extracting(Holiday::name)
                .containsExactly("Volkstrauertag", "Totensonntag", "Bundesweiter Warntag");
    }
}
