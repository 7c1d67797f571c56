package app.herold.process;

import app.herold.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The window's executor without a window: one thread stands in for the FX thread, another runs the
 * background work one task at a time, as {@link app.herold.ui.common.FxTaskExecutor} does. For child
 * processes that run view models in real time.
 */
final class ThreadedTaskExecutor implements TaskExecutor {

    private final ScheduledExecutorService uiThread = Executors.newSingleThreadScheduledExecutor(
            runnable -> thread(runnable, "ui"));
    private final ExecutorService background = Executors.newSingleThreadExecutor(
            runnable -> thread(runnable, "background"));

    private static Thread thread(Runnable runnable, String name) {
        Thread thread = new Thread(runnable, name);
        thread.setDaemon(true);
        return thread;
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        background.execute(() -> {
            try {
                T result = work.call();
                uiThread.execute(() -> onSuccess.accept(result));
            } catch (Exception | Error e) {
                uiThread.execute(() -> onFailure.accept(e));
            }
        });
    }

    @Override
    public void onUiThread(Runnable action) {
        uiThread.execute(action);
    }

    /** Runs {@code action} on the stand-in UI thread and waits for it. */
    void onUiThreadAndWait(Runnable action) throws Exception {
        uiThread.submit(action).get();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future = uiThread.schedule(action, delay.toMillis(), TimeUnit.MILLISECONDS);
        return () -> future.cancel(false);
    }
}
