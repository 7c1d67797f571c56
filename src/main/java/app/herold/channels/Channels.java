package app.herold.channels;

import app.herold.channels.bluesky.BlueskyChannel;
import app.herold.channels.common.ChannelLimitsFile;
import app.herold.channels.facebook.FacebookChannel;
import app.herold.channels.instagram.InstagramChannel;
import app.herold.channels.mastodon.MastodonChannel;
import app.herold.channels.telegram.TelegramChannel;
import app.herold.channels.whatsapp.WhatsAppChannel;
import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelLimits;
import java.util.EnumMap;
import java.util.Map;

/** The six channels, each from its own package, with the limits of the data file. */
public final class Channels implements ChannelCatalog {

    private final Map<ChannelKind, Channel> channels = new EnumMap<>(ChannelKind.class);

    private Channels(Map<ChannelKind, ChannelLimits> limits) {
        for (ChannelKind kind : ChannelKind.values()) {
            ChannelLimits of = limits.get(kind);
            channels.put(kind, switch (kind) {
                case WHATSAPP -> new WhatsAppChannel(of);
                case INSTAGRAM -> new InstagramChannel(of);
                case FACEBOOK -> new FacebookChannel(of);
                case MASTODON -> new MastodonChannel(of);
                case TELEGRAM -> new TelegramChannel(of);
                case BLUESKY -> new BlueskyChannel(of);
            });
        }
    }

    public static Channels load() {
        return new Channels(ChannelLimitsFile.load());
    }

    /**
     * The catalog for the window: the limits file is read (and JSON, ICU and twitter-text loaded) when a
     * post is first checked, on the background thread that does it, not while the window starts.
     */
    public static ChannelCatalog onFirstUse() {
        return new ChannelCatalog() {
            private volatile Channels loaded;

            @Override
            public Channel channel(ChannelKind kind) {
                Channels channels = loaded;
                if (channels == null) {
                    synchronized (this) {
                        if (loaded == null) {
                            loaded = load();
                        }
                        channels = loaded;
                    }
                }
                return channels.channel(kind);
            }
        };
    }

    @Override
    public Channel channel(ChannelKind kind) {
        return channels.get(kind);
    }
}
