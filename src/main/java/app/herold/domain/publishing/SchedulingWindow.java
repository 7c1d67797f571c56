package app.herold.domain.publishing;

import java.time.Duration;
import java.time.Instant;

/**
 * How far ahead a platform takes a post for its own scheduling, with a margin already taken off each
 * end so that a handover never fails for a few seconds of clock difference or a slow upload.
 */
public record SchedulingWindow(Duration earliest, Duration latest) {

    public SchedulingWindow {
        if (earliest.isNegative() || latest.compareTo(earliest) <= 0) {
            throw new IllegalArgumentException("a scheduling window needs 0 <= earliest < latest");
        }
    }

    /** Whether a post due at {@code due} can be handed over {@code now}. */
    public boolean takes(Instant due, Instant now) {
        Duration ahead = Duration.between(now, due);
        return ahead.compareTo(earliest) >= 0 && ahead.compareTo(latest) <= 0;
    }
}
