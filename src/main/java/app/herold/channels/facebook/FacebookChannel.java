package app.herold.channels.facebook;

import app.herold.channels.common.StandardChannel;
import app.herold.domain.channel.ChannelLimits;

/** A Facebook Page. Plain text with a generous limit; photos are uploaded with the post. */
public final class FacebookChannel extends StandardChannel {

    public FacebookChannel(ChannelLimits limits) {
        super(limits);
    }
}
