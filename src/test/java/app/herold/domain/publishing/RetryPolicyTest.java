package app.herold.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Retries come later each time, spread out, never before the platform asked, and end. */
class RetryPolicyTest {

    private final RetryPolicy policy = RetryPolicy.DEFAULT;

    @Test
    void theWaitDoublesFromHalfToTheWholeOfItsBase() {
        assertThat(policy.waitAfter(1, null, () -> 0.0)).contains(Duration.ofSeconds(15));
        assertThat(policy.waitAfter(1, null, () -> 0.999_999)).hasValueSatisfying(wait ->
                assertThat(wait).isBetween(Duration.ofMillis(29_999), Duration.ofSeconds(30)));
        assertThat(policy.waitAfter(2, null, () -> 0.0)).contains(Duration.ofSeconds(30));
        assertThat(policy.waitAfter(3, null, () -> 0.0)).contains(Duration.ofMinutes(1));
        assertThat(policy.waitAfter(4, null, () -> 0.5)).contains(Duration.ofMinutes(3));
    }

    @Test
    void theWaitStopsGrowingAtTheLongest() {
        RetryPolicy many = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 100);
        assertThat(many.waitAfter(60, null, () -> 0.0)).contains(Duration.ofMinutes(30));
        assertThat(many.waitAfter(99, null, () -> 0.999_999)).hasValueSatisfying(wait ->
                assertThat(wait).isLessThanOrEqualTo(Duration.ofHours(1)));
    }

    @Test
    void thePlatformsRetryAfterIsHonouredWhenItIsLonger() {
        assertThat(policy.waitAfter(1, Duration.ofMinutes(5), () -> 0.0)).contains(Duration.ofMinutes(5));
        assertThat(policy.waitAfter(1, Duration.ofSeconds(3), () -> 0.0)).contains(Duration.ofSeconds(15));
    }

    @Test
    void afterTheLastAttemptThereIsNoRetryButTheUser() {
        assertThat(policy.waitAfter(7, null, () -> 0.0)).isPresent();
        assertThat(policy.waitAfter(8, null, () -> 0.0)).isEmpty();
        assertThat(policy.waitAfter(8, Duration.ofSeconds(1), () -> 0.0)).isEmpty();
    }

    @Test
    void nonsenseIsRefused() {
        assertThatThrownBy(() -> policy.waitAfter(0, null, () -> 0.0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ofMinutes(2), Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RetryPolicy(Duration.ZERO, Duration.ofMinutes(1), 3))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
