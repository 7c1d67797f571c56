package app.herold.ui.common;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * The one seam between the UI thread and blocking work. View models hand every database or file
 * call to it, so the window never freezes; tests use a same-thread executor and stay
 * deterministic.
 */
public interface TaskExecutor {

    /**
     * Runs {@code work} in the background, then {@code onSuccess} or {@code onFailure} on the UI
     * thread. Background work runs one task at a time, in the order submitted, so a save can
     * never overtake the move before it.
     */
    <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * Like {@link #submit}, for work that waits for a platform (a connection test, a token exchange): on a
     * thread of its own, so a save never queues behind a server that takes a minute to answer. Such work
     * must not depend on the order of the plan's changes.
     */
    default <T> void submitWaitingForNetwork(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        submit(work, onSuccess, onFailure);
    }

    /** Runs {@code action} on the UI thread (at once when already on it, in tests). */
    void onUiThread(Runnable action);

    /** Runs {@code action} on the UI thread after {@code delay}, unless cancelled first. */
    Cancellable schedule(Duration delay, Runnable action);

    /** A scheduled action that has not run yet. */
    @FunctionalInterface
    interface Cancellable {
        void cancel();
    }
}
