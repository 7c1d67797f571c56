package app.herold.domain.post;

/**
 * Something in the plan changed. {@code before} is null for a new post, {@code after} null for a
 * deleted one; listeners that only redraw can ignore both.
 */
public record PlanChange(Kind kind, Post before, Post after) {

    public enum Kind { SAVED, MOVED, DELETED, RESTORED, BULK_LOADED }

    public PostId postId() {
        return after != null ? after.id() : before != null ? before.id() : null;
    }
}
