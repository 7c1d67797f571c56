package app.herold.benchmark;

import app.herold.ui.common.FxTaskExecutor;
import app.herold.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The real executor, with a stopwatch on the one load a page turn submits: when it was asked for,
 * how long the query ran on the worker, when the result reached the FX thread and how long the
 * calendar took to apply it. Uses only the {@link TaskExecutor} seam, so no production hook.
 */
final class TimedTaskExecutor implements TaskExecutor {

    private final FxTaskExecutor delegate;
    /** Touched on the FX thread only. */
    private SwitchSample capturing;

    TimedTaskExecutor(FxTaskExecutor delegate) {
        this.delegate = delegate;
    }

    /** The next submit from the FX thread belongs to {@code sample} (null: stop capturing). */
    void captureNextSubmit(SwitchSample sample) {
        capturing = sample;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        SwitchSample sample = Platform.isFxApplicationThread() ? capturing : null;
        if (sample == null) {
            delegate.submit(work, onSuccess, onFailure);
            return;
        }
        capturing = null;
        sample.submittedAt = System.nanoTime();
        delegate.submit(() -> {
            sample.workStart = System.nanoTime();
            try {
                return work.call();
            } finally {
                sample.workEnd = System.nanoTime();
            }
        }, result -> {
            sample.arrivedAt = System.nanoTime();
            try {
                onSuccess.accept(result);
            } finally {
                sample.appliedAt = System.nanoTime();
                // Make sure a pulse follows even if the apply changed nothing visible.
                Platform.requestNextPulse();
            }
        }, problem -> {
            sample.failed(problem);
            onFailure.accept(problem);
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        delegate.onUiThread(action);
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        return delegate.schedule(delay, action);
    }

    void drain(Duration timeout) {
        delegate.drain(timeout);
    }
}
