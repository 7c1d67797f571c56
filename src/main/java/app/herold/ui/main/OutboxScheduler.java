package app.herold.ui.main;

import app.herold.domain.publishing.Outbox;
import app.herold.ui.common.PublishingServices;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Sends while the window is open: a pass of the outbox every half minute, and a few seconds after the plan
 * changed (a post just marked "Bereit" for now goes at once), so a due post goes out within a minute and a
 * post waiting for the network goes when it is back.
 *
 * <p>Passes run on a thread of their own, not on the window's background executor: a pass waits for
 * platforms (a minute at worst), and a save of the open post must never queue behind it.
 */
final class OutboxScheduler {

    static final Duration INTERVAL = Duration.ofSeconds(30);
    static final Duration AFTER_A_CHANGE = Duration.ofSeconds(3);

    private static final System.Logger LOG = System.getLogger(OutboxScheduler.class.getName());

    private final Supplier<PublishingServices> publishing;
    private final Consumer<Outbox.Report> onReport;
    private final Consumer<Throwable> onFailure;
    private final java.util.concurrent.ScheduledThreadPoolExecutor thread = outboxThread();
    private volatile boolean paused;
    private ScheduledFuture<?> regular;
    private ScheduledFuture<?> soon;

    /**
     * @param onReport told of each pass's report, on the outbox's thread
     * @param onFailure told when a pass could not run (the passphrase was not given, the database is gone)
     */
    OutboxScheduler(Supplier<PublishingServices> publishing, Consumer<Outbox.Report> onReport,
                    Consumer<Throwable> onFailure) {
        this.publishing = publishing;
        this.onReport = onReport;
        this.onFailure = onFailure;
    }

    /** The first pass after {@code delay} (the window's first month is on screen first), then every interval. */
    synchronized void start(Duration delay) {
        if (regular == null && !thread.isShutdown()) {
            regular = thread.scheduleWithFixedDelay(this::pass, delay.toMillis(), INTERVAL.toMillis(),
                    TimeUnit.MILLISECONDS);
        }
    }

    /** A pass in a few seconds: the plan changed, or the user asked to send a missed post now. */
    synchronized void runSoon() {
        if (thread.isShutdown() || soon != null && !soon.isDone()) {
            return;
        }
        try {
            soon = thread.schedule(this::pass, AFTER_A_CHANGE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // The window closed meanwhile: nothing more is sent from it.
        }
    }

    /** Runs {@code work} on the outbox's thread, after any pass under way: user actions on targets. */
    void onOutboxThread(Runnable work) {
        try {
            thread.execute(work);
        } catch (java.util.concurrent.RejectedExecutionException stopped) {
            // The window closed meanwhile; the user's choice is asked again at the next start.
        }
    }

    /**
     * No further passes. One under way finishes on its own thread; the UI thread does not wait for it. If
     * Herold ends during its call, the attempt is on disk and the next start asks the platform.
     */
    void stop() {
        thread.shutdown();
    }

    /** One thread; a pass waiting for its time is dropped when the window closes, not run against a closed plan. */
    private static java.util.concurrent.ScheduledThreadPoolExecutor outboxThread() {
        java.util.concurrent.ScheduledThreadPoolExecutor executor = new java.util.concurrent.ScheduledThreadPoolExecutor(1,
                runnable -> {
                    Thread outbox = new Thread(runnable, "herold-outbox");
                    outbox.setDaemon(true);
                    return outbox;
                });
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        executor.setContinueExistingPeriodicTasksAfterShutdownPolicy(false);
        executor.setRemoveOnCancelPolicy(true);
        return executor;
    }

    /** "Versand anhalten": no pass sends, hands over or checks until it is lifted (a warning in the town). */
    void setPaused(boolean pause) {
        paused = pause;
        if (!pause) {
            runSoon();
        }
    }

    private void pass() {
        if (thread.isShutdown() || paused) {
            return;
        }
        try {
            onReport.accept(publishing.get().outbox().run());
        } catch (RuntimeException problem) {
            if (thread.isShutdown()) {
                // The window closed during the pass and the plan with it: the next start goes on from here.
                return;
            }
            // The thread must live on: the next pass may succeed (the passphrase given, the network back).
            LOG.log(System.Logger.Level.WARNING, "an outbox pass failed", problem);
            onFailure.accept(problem);
        }
    }
}
