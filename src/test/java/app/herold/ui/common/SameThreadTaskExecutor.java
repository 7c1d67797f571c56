package app.herold.ui.common;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs background work at once on the calling thread and keeps scheduled actions until the test
 * lets time pass, so view-model tests are deterministic and need no JavaFX toolkit.
 */
public final class SameThreadTaskExecutor implements TaskExecutor {

    private final List<Scheduled> scheduled = new ArrayList<>();
    private Duration now = Duration.ZERO;

    private static final class Scheduled {
        final Duration due;
        final Runnable action;
        boolean cancelled;

        Scheduled(Duration due, Runnable action) {
            this.due = due;
            this.action = action;
        }
    }

    @Override
    public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
        T result;
        try {
            result = work.call();
        } catch (Exception | Error e) {
            onFailure.accept(e);
            return;
        }
        onSuccess.accept(result);
    }

    @Override
    public void onUiThread(Runnable action) {
        action.run();
    }

    @Override
    public Cancellable schedule(Duration delay, Runnable action) {
        Scheduled entry = new Scheduled(now.plus(delay), action);
        scheduled.add(entry);
        return () -> entry.cancelled = true;
    }

    /** Lets {@code time} pass and runs every scheduled action that falls due, in order. */
    public void advance(Duration time) {
        Duration target = now.plus(time);
        while (true) {
            Scheduled next = scheduled.stream()
                    .filter(entry -> !entry.cancelled && entry.due.compareTo(target) <= 0)
                    .min((a, b) -> a.due.compareTo(b.due))
                    .orElse(null);
            if (next == null) {
                break;
            }
            scheduled.remove(next);
            now = next.due;
            next.action.run();
        }
        now = target;
        scheduled.removeIf(entry -> entry.cancelled);
    }
}
