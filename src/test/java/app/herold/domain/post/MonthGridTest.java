package app.herold.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The month page: six Monday-first weeks around the first of the month, and the page after it. */
class MonthGridTest {

    @Test
    void novemberTwentyTwentySixStartsOnTheMondayBeforeTheFirst() {
        MonthGrid november = MonthGrid.containing(LocalDate.of(2026, 11, 28));

        assertThat(november.firstOfMonth()).isEqualTo(LocalDate.of(2026, 11, 1));
        assertThat(november.first()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(november.last()).isEqualTo(LocalDate.of(2026, 12, 6));
    }

    @Test
    void theNextPageIsTheFollowingMonthAlsoAcrossTheYear() {
        MonthGrid december = MonthGrid.containing(LocalDate.of(2026, 11, 30)).next();
        MonthGrid january = december.next();

        assertThat(december.firstOfMonth()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(december.first()).isEqualTo(LocalDate.of(2026, 11, 30));
        assertThat(december.last()).isEqualTo(LocalDate.of(2027, 1, 10));
        assertThat(january.firstOfMonth()).isEqualTo(LocalDate.of(2027, 1, 1));
        assertThat(january.first().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
        assertThat(january.first()).isEqualTo(LocalDate.of(2026, 12, 28));
    }
}
