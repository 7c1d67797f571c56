package app.herold.ui.common;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import javafx.application.Platform;

/** Background work on one daemon thread, results on the JavaFX application thread. */
public final class FxTaskExecutor implements TaskExecutor, AutoCloseable {

    private static final System.Logger LOG = System.getLogger(FxTaskExecutor.class.getName());

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herold-worker");
        thread.setDaemon(true);
        return thread;
    });
    /** Calls to platforms, beside the worker: they wait for the network, the worker's saves must not. */
    private final ExecutorService network = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "herold-network");
        thread.setDaemon(true);
        return thread;
    });
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "herold-timer");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * Runs {@code work} in the background. Once {@link #drain} has begun the window is closing and
     * nobody would see a result: work handed in then (the rest of the ideas, asked for by a load that
     * finished while the window closed) is dropped instead of failing on the UI thread. Saves are
     * handed in before the window closes and drained.
     */
    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            worker.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "background task failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.log(Level.DEBUG, "window closing: background task not started");
        }
    }

    @Override
    public <T> void submitWaitingForNetwork(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        try {
            network.execute(() -> {
                try {
                    T result = work.call();
                    Platform.runLater(() -> onSuccess.accept(result));
                } catch (Exception | Error e) {
                    LOG.log(Level.WARNING, "background task waiting for the network failed", e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            });
        } catch (RejectedExecutionException closing) {
            LOG.log(Level.DEBUG, "window closing: network task not started");
        }
    }

    @Override
    public void onUiThread(Runnable action) {
        if (Platform.isFxApplicationThread()) {
            action.run();
        } else {
            Platform.runLater(action);
        }
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        ScheduledFuture<?> future;
        try {
            future = timer.schedule(() -> Platform.runLater(action), delay.toMillis(), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException closing) {
            return () -> { };
        }
        return () -> future.cancel(false);
    }

    /** Waits for queued work (a last save) to finish, at most {@code timeout}. */
    public void drain(Duration timeout) {
        worker.shutdown();
        network.shutdownNow();
        timer.shutdownNow();
        try {
            worker.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        drain(Duration.ofSeconds(10));
    }
}
