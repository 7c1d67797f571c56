package app.herold;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** The clock the program runs on tells the same time and zone as Java's system clock. */
class SystemZoneClockTest {

    @Test
    void tellsTheSystemsZoneAndTime() {
        Clock clock = SystemZoneClock.lookingUpZone();

        assertThat(clock.getZone()).isEqualTo(ZoneId.systemDefault());
        assertThat(Duration.between(clock.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
        assertThat(Math.abs(clock.millis() - System.currentTimeMillis())).isLessThan(5_000);
        assertThat(LocalDate.now(clock)).isEqualTo(LocalDate.now(Clock.systemDefaultZone()));
    }

    @Test
    void inAnotherZoneTellsThatZone() {
        Clock utc = SystemZoneClock.lookingUpZone().withZone(ZoneOffset.UTC);

        assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
        assertThat(Duration.between(utc.instant(), Instant.now()).abs()).isLessThan(Duration.ofSeconds(5));
    }
}
