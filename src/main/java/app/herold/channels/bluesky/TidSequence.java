package app.herold.channels.bluesky;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Hands out record keys that never repeat within one run of Herold: two targets made for the same
 * account in the same microsecond (marking several posts "Bereit" at once passes them one {@code now})
 * would otherwise share a key by a chance of 1 in 1,024, and the second post would then be taken for an
 * earlier attempt at the first and never sent. Like the AT Protocol's own TID generator, each key is at
 * least one microsecond after the last, and the clock id is chosen once per sequence; a new run starts
 * later in time, so its keys cannot meet those of an earlier run.
 */
final class TidSequence {

    private final int clockId;
    private final AtomicLong lastMicros = new AtomicLong(-1);

    TidSequence(int clockId) {
        this.clockId = clockId;
    }

    String next(Instant now) {
        long wanted = Tid.microsOf(now);
        long micros = lastMicros.updateAndGet(last -> Math.max(wanted, last + 1));
        return Tid.of(micros, clockId);
    }
}
