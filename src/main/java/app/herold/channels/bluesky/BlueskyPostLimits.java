package app.herold.channels.bluesky;

import app.herold.channels.text.TextMeasure;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;

/**
 * What Bluesky would refuse, found before anything is uploaded: the text against both of its limits
 * (graphemes and UTF-8 bytes, counted as {@link BlueskyChannel}'s offline check counts them), the number
 * of pictures and each picture's size. The values come from the channel limits file, as the editor's.
 */
final class BlueskyPostLimits {

    private final ChannelLimits limits;

    BlueskyPostLimits(ChannelLimits limits) {
        this.limits = limits;
    }

    Optional<PublishOutcome> refusal(Submission submission) {
        String text = submission.text();
        List<Picture> pictures = submission.pictures();
        int graphemes = TextMeasure.graphemes(text);
        int graphemeLimit = limits.textLimit(!pictures.isEmpty());
        if (graphemeLimit > 0 && graphemes > graphemeLimit) {
            return refused("publish.bluesky.textTooLong", graphemes, graphemeLimit);
        }
        int bytes = TextMeasure.utf8Bytes(text);
        if (limits.byteLimit() > 0 && bytes > limits.byteLimit()) {
            return refused("publish.bluesky.textTooManyBytes", bytes, limits.byteLimit());
        }
        // The lexicon lets the text be empty only "if there are embeds".
        if (text.isBlank() && pictures.isEmpty()) {
            return refused("publish.bluesky.empty");
        }
        if (limits.maxImages() > 0 && pictures.size() > limits.maxImages()) {
            return refused("publish.bluesky.tooManyPictures", pictures.size(), limits.maxImages());
        }
        for (int index = 0; index < pictures.size(); index++) {
            Optional<PublishOutcome> refusal = pictureRefusal(pictures.get(index), index + 1);
            if (refusal.isPresent()) {
                return refusal;
            }
        }
        return Optional.empty();
    }

    /**
     * The lexicon takes blobs up to 2,000,000 bytes since April 2026, but its docs still say 1,000,000 and
     * other servers may keep that (platforms.md, Bluesky "Media"), so the limits file says 1,000,000.
     */
    private Optional<PublishOutcome> pictureRefusal(Picture picture, int number) {
        long size;
        try {
            size = Files.size(picture.file());
        } catch (IOException e) {
            return refused("publish.bluesky.pictureUnreadable", number);
        }
        if (limits.maxFileBytes() > 0 && size > limits.maxFileBytes()) {
            return refused("publish.bluesky.pictureTooLarge", number, size, limits.maxFileBytes());
        }
        return Optional.empty();
    }

    private static Optional<PublishOutcome> refused(String key, Object... arguments) {
        return Optional.of(new PublishOutcome.Refused(Problem.of(key, arguments)));
    }
}
