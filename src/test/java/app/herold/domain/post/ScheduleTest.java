package app.herold.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class ScheduleTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @Test
    void aPostMovedAcrossTheSpringChangeStaysAtNine() {
        Schedule beforeChange = Schedule.of(LocalDate.of(2026, 3, 28), LocalTime.of(9, 0), BERLIN);

        Schedule afterChange = beforeChange.movedTo(LocalDate.of(2026, 3, 30));

        assertThat(afterChange.localTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(afterChange.localDate()).isEqualTo(LocalDate.of(2026, 3, 30));
        // Two calendar days, but only 47 hours: the clocks went forward in between.
        assertThat(Duration.between(beforeChange.at(), afterChange.at())).isEqualTo(Duration.ofHours(47));
    }

    @Test
    void aPostMovedAcrossTheAutumnChangeStaysAtNine() {
        Schedule summer = Schedule.of(LocalDate.of(2026, 10, 24), LocalTime.of(9, 0), BERLIN);

        Schedule winter = summer.movedTo(LocalDate.of(2026, 10, 26));

        assertThat(winter.localTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(Duration.between(summer.at(), winter.at())).isEqualTo(Duration.ofHours(49));
    }

    @Test
    void aTimeInTheSpringGapMovesToTheFirstValidTime() {
        Schedule inGap = Schedule.of(LocalDate.of(2026, 3, 29), LocalTime.of(2, 30), BERLIN);

        assertThat(inGap.localTime()).isEqualTo(LocalTime.of(3, 30));
    }

    @Test
    void theSameWallClockTimeIsADifferentInstantInSummerAndWinter() {
        Schedule winter = Schedule.of(LocalDate.of(2026, 1, 15), LocalTime.of(9, 0), BERLIN);
        Schedule summer = Schedule.of(LocalDate.of(2026, 7, 15), LocalTime.of(9, 0), BERLIN);

        assertThat(winter.at().toString()).isEqualTo("2026-01-15T08:00:00Z");
        assertThat(summer.at().toString()).isEqualTo("2026-07-15T07:00:00Z");
    }
}
