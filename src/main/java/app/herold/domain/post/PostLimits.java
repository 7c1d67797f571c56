package app.herold.domain.post;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import java.util.Map;

/**
 * How much of each part of a post the plan keeps. Checked before a save, so the user learns the limit
 * and the length instead of a database error, and nothing half-written reaches the store; the editor
 * refuses an edit beyond it at once. The database's columns allow more (V1__posts.sql, V2__channels.sql).
 */
public final class PostLimits {

    /**
     * Characters (UTF-16 units, as the database counts them) of the text and of a channel's own text.
     * The longest text any channel takes is Facebook's 63,206 characters; more than 100,000 is a pasted
     * mistake, and a text area needs about a second per 100,000 characters to lay them out, so a larger
     * limit would let a paste freeze the window for many seconds.
     */
    public static final int TEXT = 100_000;
    public static final int TITLE = 1_000;
    public static final int NOTES = 100_000;

    private PostLimits() {
    }

    /** Throws a sentence naming the part, its length and the limit when a part of the post is too long. */
    public static void check(Post post) {
        if (post.text().length() > TEXT) {
            throw new UserFacingException("error.post.textTooLong", post.text().length(), TEXT, post.text().length() - TEXT);
        }
        for (Map.Entry<ChannelKind, String> variant : post.variants().entrySet()) {
            if (variant.getValue().length() > TEXT) {
                throw new UserFacingException("error.post.variantTooLong", variant.getKey().brandName(),
                        variant.getValue().length(), TEXT, variant.getValue().length() - TEXT);
            }
        }
        if (post.title().length() > TITLE) {
            throw new UserFacingException("error.post.titleTooLong", post.title().length(), TITLE, post.title().length() - TITLE);
        }
        if (post.notes().length() > NOTES) {
            throw new UserFacingException("error.post.notesTooLong", post.notes().length(), NOTES, post.notes().length() - NOTES);
        }
    }
}
