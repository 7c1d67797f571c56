package app.herold.channels;

import app.herold.channels.bluesky.BlueskyPublisher;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.facebook.FacebookPublisher;
import app.herold.channels.instagram.InstagramPublisher;
import app.herold.channels.mastodon.MastodonPublisher;
import app.herold.channels.telegram.TelegramPublisher;
import app.herold.domain.publishing.Publisher;
import java.time.Clock;
import java.util.List;

/**
 * The networks Herold sends to through their APIs, each from its own package. WhatsApp has no posting
 * API (platforms.md): its posts are posted by hand with Herold's help.
 */
public final class Publishers {

    private Publishers() {
    }

    public static List<Publisher> all(PlatformHttp http, Clock clock) {
        return List.of(new InstagramPublisher(http, clock), new FacebookPublisher(http, clock),
                new MastodonPublisher(http, clock), new TelegramPublisher(http, clock), new BlueskyPublisher(http, clock));
    }
}
