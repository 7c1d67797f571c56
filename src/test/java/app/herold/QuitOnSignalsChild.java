package app.herold;

import java.time.Duration;

/**
 * A process whose quit never ends it, as when a question stays on screen during a logout: prints
 * {@link #READY} once the signals are taken, then waits. Arguments: the longest quit in milliseconds.
 */
public final class QuitOnSignalsChild {

    public static final String READY = "ready";
    public static final String QUIT_ASKED = "quit asked";

    private QuitOnSignalsChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        QuitOnSignals.install(() -> {
            System.out.println(QUIT_ASKED);
            System.out.flush();
        }, Duration.ofMillis(Long.parseLong(args[0])));
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
