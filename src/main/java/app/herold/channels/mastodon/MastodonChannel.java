package app.herold.channels.mastodon;

import app.herold.channels.common.StandardChannel;
import app.herold.channels.text.TextMeasure;
import app.herold.domain.channel.ChannelLimits;

/**
 * A Mastodon account. Plain text; the length is what Mastodon's StatusLengthValidator counts:
 * grapheme clusters, every link as {@code charactersPerUrl} characters whatever its length, and a
 * mention of someone on another server only by its user name.
 */
public final class MastodonChannel extends StandardChannel {

    public MastodonChannel(ChannelLimits limits) {
        super(limits);
    }

    @Override
    protected int length(String visible) {
        return TextMeasure.mastodonLength(visible, limits().charactersPerUrl());
    }
}
