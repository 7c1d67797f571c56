package app.herold.ui.common;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.UndoableEdit;
import app.herold.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The changes to the plan that the calendar, the ideas tray and the menus share: move, unschedule,
 * delete, duplicate, undo and redo. Each runs in the background, and each tells the user in the
 * status bar what happened and how to take it back.
 */
public final class PlanCommands {

    private final ContentPlan plan;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<LocalTime> defaultTime;
    private final Consumer<Throwable> failureHandler;
    private final ReadOnlyStringWrapper lastAction = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(false);

    public PlanCommands(ContentPlan plan, TaskExecutor executor, Messages messages, Supplier<LocalTime> defaultTime,
                        Consumer<Throwable> failureHandler) {
        this.plan = plan;
        this.executor = executor;
        this.messages = messages;
        this.defaultTime = defaultTime;
        this.failureHandler = failureHandler;
    }

    public ContentPlan plan() {
        return plan;
    }

    /** The newest thing done to the plan, said in a sentence for the status bar. */
    public ReadOnlyStringProperty lastActionProperty() {
        return lastAction.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public void moveToDay(PostId id, LocalDate day) {
        LocalTime time = defaultTime.get();
        run(() -> plan.moveToDay(id, day, time),
                moved -> messages.format("status.moved", messages.day(day)));
    }

    public void unschedule(PostId id) {
        run(() -> plan.unschedule(id), moved -> messages.text("status.unscheduled"));
    }

    public void delete(PostId id, Runnable afterwards) {
        run(() -> {
            plan.delete(id);
            return id;
        }, deleted -> {
            afterwards.run();
            return messages.text("status.deleted");
        });
    }

    public void duplicate(PostId id, Consumer<Post> afterwards) {
        run(() -> plan.duplicate(id), copy -> {
            afterwards.accept(copy);
            return messages.text("status.duplicated");
        });
    }

    public void undo() {
        run(plan::undo, edit -> describe(edit, "status.undone"));
    }

    public void redo() {
        run(plan::redo, edit -> describe(edit, "status.redone"));
    }

    /** Re-reads whether undo and redo are possible, e.g. after another part of the window changed the plan. */
    public void refreshHistory() {
        executor.submit(() -> new boolean[] {plan.canUndo(), plan.canRedo()}, state -> {
            canUndo.set(state[0]);
            canRedo.set(state[1]);
        }, failureHandler);
    }

    private String describe(Optional<UndoableEdit> edit, String key) {
        if (edit.isEmpty()) {
            return messages.text("status.nothingToUndo");
        }
        String what = edit.get() instanceof UndoableEdit.Deleted
                ? messages.text("status.what.delete")
                : messages.text("status.what.move");
        return messages.format(key, what);
    }

    private <T> void run(java.util.concurrent.Callable<T> work, java.util.function.Function<T, String> message) {
        executor.submit(() -> {
            T result = work.call();
            return new Object[] {result, plan.canUndo(), plan.canRedo()};
        }, outcome -> {
            @SuppressWarnings("unchecked")
            T result = (T) outcome[0];
            canUndo.set((Boolean) outcome[1]);
            canRedo.set((Boolean) outcome[2]);
            lastAction.set(message.apply(result));
        }, problem -> {
            if (problem instanceof UserFacingException) {
                lastAction.set("");
            }
            failureHandler.accept(problem);
        });
    }
}
