package app.herold.domain.publishing;

import java.time.Duration;
import java.util.Optional;
import java.util.function.DoubleSupplier;

/**
 * When a target whose attempt failed in a passing way is tried again: exponentially later, with
 * jitter so that several targets held up by the same outage do not all return in the same second,
 * never sooner than the platform asked (Retry-After, Telegram's retry_after), and not at all after
 * {@code maxAttempts}: then the target waits for the user.
 *
 * @param first the wait after the first failure, before jitter
 * @param longest the longest wait, before jitter
 * @param maxAttempts attempts in all; after that many failures there is no further retry
 */
public record RetryPolicy(Duration first, Duration longest, int maxAttempts) {

    /**
     * Bases of 30 s, 1, 2, 4 … 32 min, eight attempts in all: a server that fails for 30 to 60 minutes is
     * waited out. Attempts count the platform's failures; a laptop without network is no attempt.
     */
    public static final RetryPolicy DEFAULT = new RetryPolicy(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    public RetryPolicy {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs 0 < first <= longest and at least one attempt");
        }
    }

    /**
     * The wait before the next attempt, or empty when the attempts are used up.
     *
     * @param failedAttempts how many attempts have failed so far, this one included (1 after the first)
     * @param platformAsked the platform's Retry-After, or null when it gave none
     * @param random a number in [0, 1): the jitter; {@code Math::random} in use, fixed in tests
     */
    public Optional<Duration> waitAfter(int failedAttempts, Duration platformAsked, DoubleSupplier random) {
        if (failedAttempts < 1) {
            throw new IllegalArgumentException("no attempt has failed yet");
        }
        if (failedAttempts >= maxAttempts) {
            return Optional.empty();
        }
        Duration base = first;
        for (int doubled = 1; doubled < failedAttempts && base.compareTo(longest) < 0; doubled++) {
            base = base.multipliedBy(2);
        }
        if (base.compareTo(longest) > 0) {
            base = longest;
        }
        // "Equal jitter": at least half the base, so a retry never comes right back, at most the base.
        long half = base.toMillis() / 2;
        Duration jittered = Duration.ofMillis(half + (long) (random.getAsDouble() * (base.toMillis() - half)));
        if (platformAsked != null && platformAsked.compareTo(jittered) > 0) {
            return Optional.of(platformAsked);
        }
        return Optional.of(jittered);
    }
}
