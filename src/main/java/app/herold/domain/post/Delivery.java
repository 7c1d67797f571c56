package app.herold.domain.post;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import java.time.Instant;
import java.util.Objects;

/**
 * A record that a post went out on a channel: when, how (posted by hand with Herold's help, or
 * later through the channel's API) and, if the officer gave one, the link to the live post.
 *
 * @param account the account it went to, or null for a channel without a named account
 * @param accountName the account's name when it was recorded, kept if the account is later removed
 */
public record Delivery(long id, PostId post, ChannelKind channel, AccountId account, String accountName,
                       Method method, Instant publishedAt, String link, Instant recordedAt) {

    public enum Method {
        MANUAL, API;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public Delivery {
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(publishedAt, "publishedAt");
        accountName = accountName == null ? "" : accountName;
        link = link == null ? "" : link.strip();
    }
}
