package app.herold.domain.post;

import app.herold.domain.UserFacingException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The content plan: the use cases of planning posts (save, move, unschedule, duplicate, delete)
 * with undo and redo of moves and deletes, telling listeners about every change.
 *
 * <p>Thread-safe by serializing every call; callers run it off the UI thread because each call
 * writes to disk.
 */
public final class ContentPlan {

    private static final int UNDO_LIMIT = 100;

    private final PostStore store;
    private final Clock clock;
    private final List<PlanListener> listeners = new CopyOnWriteArrayList<>();
    private final Deque<UndoableEdit> undoStack = new ArrayDeque<>();
    private final Deque<UndoableEdit> redoStack = new ArrayDeque<>();

    public ContentPlan(PostStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** The zone new schedules are planned in: the computer's own. */
    public ZoneId zone() {
        return clock.getZone();
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public void addListener(PlanListener listener) {
        listeners.add(listener);
    }

    public void removeListener(PlanListener listener) {
        listeners.remove(listener);
    }

    /** The planned posts of these days, for checks that look at a stretch of the plan. */
    public java.util.List<PostSummary> summariesBetween(LocalDate from, LocalDate to) {
        return store.summariesBetween(from, to);
    }

    public synchronized Optional<Post> find(PostId id) {
        return store.find(id);
    }

    /** Saves the post; a part longer than the plan keeps is refused with its length and the limit. */
    public synchronized Post save(Post post) {
        PostLimits.check(post);
        Post before = post.isSaved() ? store.find(post.id()).orElse(null) : null;
        Post saved = store.save(post);
        fire(new PlanChange(PlanChange.Kind.SAVED, before, saved));
        return saved;
    }

    /**
     * Puts a post on a day. A scheduled post keeps its wall-clock time; an idea gets
     * {@code timeForIdeas} and, if it was still marked as an idea, becomes a draft.
     */
    public synchronized Post moveToDay(PostId id, LocalDate day, LocalTime timeForIdeas) {
        Post post = load(id);
        Schedule target = post.isIdea()
                ? Schedule.of(day, timeForIdeas, zone())
                : post.schedule().movedTo(day);
        PostStatus status = post.status() == PostStatus.IDEA ? PostStatus.DRAFT : post.status();
        return move(post, target, status);
    }

    /** Takes a post off the calendar and back into the ideas tray. */
    public synchronized Post unschedule(PostId id) {
        Post post = load(id);
        return move(post, null, post.status());
    }

    /** A copy of the post as a new draft on the same day (or a new idea), without its history. */
    public synchronized Post duplicate(PostId id) {
        Post original = load(id);
        PostStatus status = original.isIdea() ? PostStatus.IDEA : PostStatus.DRAFT;
        Post copy = original.withId(null).withStatus(status).withTimestamps(null, null);
        Post saved = store.save(copy);
        fire(new PlanChange(PlanChange.Kind.SAVED, null, saved));
        return saved;
    }

    public synchronized void delete(PostId id) {
        Post post = load(id);
        store.delete(id);
        remember(new UndoableEdit.Deleted(post));
        fire(new PlanChange(PlanChange.Kind.DELETED, post, null));
    }

    public synchronized boolean canUndo() {
        return !undoStack.isEmpty();
    }

    public synchronized boolean canRedo() {
        return !redoStack.isEmpty();
    }

    /** Takes back the newest move or delete; empty when there is nothing to undo. */
    public synchronized Optional<UndoableEdit> undo() {
        UndoableEdit edit = undoStack.poll();
        if (edit == null) {
            return Optional.empty();
        }
        if (edit instanceof UndoableEdit.Moved moved) {
            applyMove(moved.postId(), moved.fromSchedule(), moved.fromStatus());
        } else if (edit instanceof UndoableEdit.Deleted deleted) {
            store.reinsert(deleted.post());
            fire(new PlanChange(PlanChange.Kind.RESTORED, null, deleted.post()));
        }
        redoStack.push(edit);
        return Optional.of(edit);
    }

    /** Does again what the last undo took back; empty when there is nothing to redo. */
    public synchronized Optional<UndoableEdit> redo() {
        UndoableEdit edit = redoStack.poll();
        if (edit == null) {
            return Optional.empty();
        }
        if (edit instanceof UndoableEdit.Moved moved) {
            applyMove(moved.postId(), moved.toSchedule(), moved.toStatus());
        } else if (edit instanceof UndoableEdit.Deleted deleted) {
            store.delete(deleted.postId());
            fire(new PlanChange(PlanChange.Kind.DELETED, deleted.post(), null));
        }
        undoStack.push(edit);
        return Optional.of(edit);
    }

    /**
     * Saves many new posts in one transaction: all of them, or on a failure none, as an import
     * needs. Not undoable; listeners hear of it as one bulk change.
     */
    public synchronized void insertAll(List<Post> posts) {
        store.insertAll(posts);
        announceBulkChange();
    }

    /**
     * Forgets the moves and deletes that could be undone or redone: after a whole plan was imported they
     * may name posts the import changed or removed. The backup made before the import is the way back.
     */
    public synchronized void forgetHistory() {
        undoStack.clear();
        redoStack.clear();
    }

    /**
     * The post went out everywhere: "Bereit" becomes "Veröffentlicht". Only the status changes (text typed
     * meanwhile in the editor is kept, as after a move), and it is no edit the user undoes.
     */
    public synchronized void markPublished(PostId id) {
        Post current = store.find(id).orElse(null);
        if (current == null || current.status() != PostStatus.READY) {
            return;
        }
        Post published = store.save(current.withStatus(PostStatus.PUBLISHED));
        fire(new PlanChange(PlanChange.Kind.MOVED, current, published));
    }

    /** Tells listeners that many posts arrived at once (demo data, an import). */
    public void announceBulkChange() {
        fire(new PlanChange(PlanChange.Kind.BULK_LOADED, null, null));
    }

    private Post move(Post post, Schedule target, PostStatus status) {
        if (java.util.Objects.equals(post.schedule(), target) && post.status() == status) {
            return post;
        }
        Post moved = store.save(post.withSchedule(target).withStatus(status));
        remember(new UndoableEdit.Moved(post.id(), post.schedule(), post.status(), target, status));
        fire(new PlanChange(PlanChange.Kind.MOVED, post, moved));
        return moved;
    }

    /** Only the schedule and status go back, so text typed since the move is kept. */
    private void applyMove(PostId id, Schedule schedule, PostStatus status) {
        Post current = load(id);
        Post moved = store.save(current.withSchedule(schedule).withStatus(status));
        fire(new PlanChange(PlanChange.Kind.MOVED, current, moved));
    }

    private Post load(PostId id) {
        return store.find(id).orElseThrow(() -> new UserFacingException("error.postNotFound", id.value()));
    }

    private void remember(UndoableEdit edit) {
        undoStack.push(edit);
        while (undoStack.size() > UNDO_LIMIT) {
            undoStack.removeLast();
        }
        redoStack.clear();
    }

    private void fire(PlanChange change) {
        for (PlanListener listener : listeners) {
            listener.planChanged(change);
        }
    }
}
