package app.herold.domain.post;

/**
 * A change to the plan that {@code Ctrl+Z} can take back: moving a post to another day, to or
 * from the ideas tray, or deleting it. Text edits are undone in the editor's own fields instead.
 */
public sealed interface UndoableEdit {

    PostId postId();

    /** A post got another schedule (or none) and possibly, with it, another status. */
    record Moved(PostId postId, Schedule fromSchedule, PostStatus fromStatus, Schedule toSchedule,
                 PostStatus toStatus) implements UndoableEdit {
    }

    /** A post was deleted; it is kept here whole so that undo brings it back unchanged. */
    record Deleted(Post post) implements UndoableEdit {

        @Override
        public PostId postId() {
            return post.id();
        }
    }
}
