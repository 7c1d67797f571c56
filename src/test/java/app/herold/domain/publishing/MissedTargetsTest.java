package app.herold.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.publishing.MissedTargets.Decision;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A little late goes out; later than the limit asks the user first. */
class MissedTargetsTest {

    private static final Instant NOW = Instant.parse("2026-12-05T08:00:00Z");

    @Test
    void theDefaultLimitIsTwoHours() {
        MissedTargets missed = MissedTargets.DEFAULT;
        assertThat(missed.decide(NOW.plusSeconds(60), NOW)).isEqualTo(Decision.WAIT);
        assertThat(missed.decide(NOW, NOW)).isEqualTo(Decision.SEND);
        assertThat(missed.decide(NOW.minus(Duration.ofHours(2)), NOW)).isEqualTo(Decision.SEND);
        assertThat(missed.decide(NOW.minus(Duration.ofHours(2)).minusSeconds(1), NOW)).isEqualTo(Decision.ASK);
        assertThat(missed.decide(NOW.minus(Duration.ofDays(1)), NOW)).isEqualTo(Decision.ASK);
    }

    @Test
    void theLimitCanBeSet() {
        MissedTargets strict = new MissedTargets(Duration.ZERO);
        assertThat(strict.decide(NOW, NOW)).isEqualTo(Decision.SEND);
        assertThat(strict.decide(NOW.minusSeconds(1), NOW)).isEqualTo(Decision.ASK);
        assertThat(new MissedTargets(Duration.ofHours(6)).decide(NOW.minus(Duration.ofHours(5)), NOW))
                .isEqualTo(Decision.SEND);
    }
}
