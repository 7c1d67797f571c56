package app.herold.domain.publishing;

import app.herold.domain.channel.ChannelAccount;
import java.time.Instant;
import java.util.List;

/**
 * One target's post as it goes to a platform.
 *
 * @param text the text as the channel takes it (rendered from the master text or the channel's own text)
 * @param publishAt the time the platform should publish it when handed over, or null to publish now
 * @param requestKey chosen by the adapter when the target was made and kept for every attempt: Mastodon's
 *     Idempotency-Key, Bluesky's record key
 * @param firstAttemptAt when the first attempt at this target began, or null: how far back a check looks
 */
public record Submission(ChannelAccount account, String text, List<Picture> pictures, Instant publishAt,
                         String requestKey, Instant firstAttemptAt) {

    public Submission {
        text = text == null ? "" : text;
        pictures = List.copyOf(pictures);
    }
}
