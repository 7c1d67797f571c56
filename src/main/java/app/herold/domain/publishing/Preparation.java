package app.herold.domain.publishing;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.post.Post;
import java.util.List;

/**
 * Makes a post ready for one account's network: the text rendered as the channel takes it (its own text
 * when the post has one) and the pictures prepared to its rules. Preparing pictures takes seconds.
 */
public interface Preparation {

    record Prepared(String text, List<Picture> pictures) {
        public Prepared {
            pictures = List.copyOf(pictures);
        }
    }

    /** Throws a {@link app.herold.domain.UserFacingException} when a picture cannot be prepared. */
    Prepared prepare(Post post, ChannelAccount account);
}
