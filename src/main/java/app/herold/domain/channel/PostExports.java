package app.herold.domain.channel;

import app.herold.domain.post.Post;
import java.nio.file.Path;
import java.util.List;
import java.util.function.DoubleConsumer;

/**
 * A post made ready for its channels outside Herold: the rendered text and the prepared pictures,
 * as a bundle the officer or a script posts from, or in a folder for posting by hand. Preparing
 * pictures takes seconds; callers run it in the background and show {@code progress} (0 to 1).
 */
public interface PostExports {

    /** One target of a post: a channel, and the account on it when the post names one. */
    record Target(ChannelKind channel, ChannelAccount account) {
    }

    /** The post's text and pictures as one channel takes them, in a folder of their own. */
    record Prepared(Target target, String text, List<Path> pictures, List<String> altTexts, Path folder) {
    }

    /**
     * Writes one bundle per target into {@code outDirectory} (a folder each, or one ZIP each) and
     * returns them in the targets' order.
     */
    List<Path> exportBundles(Post post, List<Target> targets, Path outDirectory, boolean zip, DoubleConsumer progress);

    /** Prepares the post for posting by hand on one target. */
    Prepared prepare(Post post, Target target, DoubleConsumer progress);

    /** The targets a post goes to: each named account, and each chosen channel without one. */
    List<Target> targetsOf(Post post);
}
