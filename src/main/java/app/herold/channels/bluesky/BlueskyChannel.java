package app.herold.channels.bluesky;

import app.herold.channels.common.StandardChannel;
import app.herold.domain.channel.ChannelLimits;

/**
 * A Bluesky account. Plain text within two limits at once, 300 grapheme clusters and 3,000 UTF-8
 * bytes (the post lexicon): a text of umlauts and emoji can pass the first and fail the second.
 * Links, hashtags and mentions become facets when the post is sent, so the preview shows them linked.
 */
public final class BlueskyChannel extends StandardChannel {

    public BlueskyChannel(ChannelLimits limits) {
        super(limits);
    }
}
