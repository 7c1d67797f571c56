package app.herold;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * The system's request to end Herold (a logout or shutdown sends SIGTERM, Ctrl+C in a terminal SIGINT,
 * a closed terminal SIGHUP) quits the window as its close button does: the open post is saved, the
 * database closed and today's month kept. Java's own answer to these signals is to run its shutdown
 * hooks at once, JavaFX's among them, which ends the UI thread under the last save; so Herold takes the
 * signals while its window runs and hands them back afterwards.
 *
 * <p>A quit that has not ended the process after {@code atMost} (a question on screen nobody answers,
 * something that hangs) is followed by Java's usual exit, so a signal always ends Herold.
 *
 * <p>Java has no public API for signals; {@code sun.misc.Signal} (module {@code jdk.unsupported}) is the
 * one JEP 260 keeps for exactly this, hence the compiler's two warnings (decision 0031).
 */
final class QuitOnSignals implements AutoCloseable {

    /** SIGTERM, SIGINT and SIGHUP; Windows knows the first two. */
    private static final List<String> SIGNALS = List.of("TERM", "INT", "HUP");

    private final Map<Signal, SignalHandler> replaced = new LinkedHashMap<>();

    private QuitOnSignals() {
    }

    /**
     * Until {@link #close()}: each of the signals runs {@code quit} once (it must return at once) and then
     * exits with the signal's usual status if Herold is still running after {@code atMost}.
     */
    static QuitOnSignals install(Runnable quit, Duration atMost) {
        QuitOnSignals installed = new QuitOnSignals();
        SignalHandler handler = signal -> {
            Thread lastResort = new Thread(() -> {
                try {
                    Thread.sleep(atMost.toMillis());
                } catch (InterruptedException e) {
                    return;
                }
                System.exit(128 + signal.getNumber());
            }, "herold-exit-after-quit");
            lastResort.setDaemon(true);
            lastResort.start();
            quit.run();
        };
        for (String name : SIGNALS) {
            try {
                Signal signal = new Signal(name);
                installed.replaced.put(signal, Signal.handle(signal, handler));
            } catch (IllegalArgumentException notOnThisSystem) {
                // Unknown here (SIGHUP on Windows) or taken by the JVM itself (with -Xrs): Java's default stays.
            }
        }
        return installed;
    }

    /** Java's own handling again, for the time after the window (closing the database, the exit). */
    @Override
    public void close() {
        replaced.forEach((signal, previous) -> {
            try {
                Signal.handle(signal, previous);
            } catch (IllegalArgumentException gone) {
                // Cannot happen for a signal installed above; nothing to restore.
            }
        });
    }
}
