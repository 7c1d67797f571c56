package app.herold;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The system clock in the system's time zone, like {@link Clock#systemDefaultZone()}, except that the
 * zone is looked up on a thread of its own. The first look-up of a zone's rules has Java search every
 * jar on the class path for further rule providers, opening all fifty (about 25 ms on the test
 * machine); meanwhile the main thread reads the arguments and claims the data directory, which need
 * no time zone.
 */
final class SystemZoneClock extends Clock {

    private final CompletableFuture<ZoneId> zone = new CompletableFuture<>();

    private SystemZoneClock() {
    }

    /** Starts looking up the system's zone; the first question for it waits for the answer. */
    static SystemZoneClock lookingUpZone() {
        SystemZoneClock clock = new SystemZoneClock();
        Thread lookUp = new Thread(() -> {
            try {
                clock.zone.complete(ZoneId.systemDefault());
            } catch (RuntimeException | Error e) {
                clock.zone.completeExceptionally(e);
            }
        }, "herold-time-zone");
        lookUp.setDaemon(true);
        lookUp.start();
        return clock;
    }

    @Override
    public ZoneId getZone() {
        try {
            return zone.join();
        } catch (CompletionException e) {
            // As Clock.systemDefaultZone() would have thrown it (an unknown zone id in the system's settings).
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    @Override
    public Clock withZone(ZoneId other) {
        return Clock.system(other);
    }

    @Override
    public Instant instant() {
        return Instant.now();
    }

    @Override
    public long millis() {
        return System.currentTimeMillis();
    }
}
