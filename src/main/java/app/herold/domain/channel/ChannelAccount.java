package app.herold.domain.channel;

import java.util.Objects;

/**
 * One of the town's presences on a network, as the officer names it ("Stadt Meerane –
 * WhatsApp-Kanal"), with what identifies it there: the invite or page link, a server's address
 * (Mastodon, a self-hosted Bluesky server) or the handle or @name. No secrets: access tokens come
 * with sending, and never live in the database.
 */
public record ChannelAccount(AccountId id, String name, ChannelKind kind, String link, String baseUrl, String handle) {

    public ChannelAccount {
        Objects.requireNonNull(kind, "kind");
        name = name == null ? "" : name.strip();
        link = link == null ? "" : link.strip();
        baseUrl = baseUrl == null ? "" : baseUrl.strip();
        handle = handle == null ? "" : handle.strip();
    }

    public ChannelAccount withId(AccountId newId) {
        return new ChannelAccount(newId, name, kind, link, baseUrl, handle);
    }

    /**
     * The address people open to follow the account, for the QR code: the link when there is one,
     * otherwise one made from server and handle where the network has such addresses.
     */
    public String joinLink() {
        if (!link.isEmpty()) {
            return link;
        }
        String user = handle.startsWith("@") ? handle.substring(1) : handle;
        return switch (kind) {
            case MASTODON -> baseUrl.isEmpty() || user.isEmpty() ? ""
                    : trimSlash(baseUrl) + "/@" + (user.contains("@") ? user.substring(0, user.indexOf('@')) : user);
            case TELEGRAM -> user.isEmpty() ? "" : "https://t.me/" + user;
            case BLUESKY -> user.isEmpty() ? "" : "https://bsky.app/profile/" + user;
            case INSTAGRAM -> user.isEmpty() ? "" : "https://www.instagram.com/" + user;
            case FACEBOOK -> user.isEmpty() ? "" : "https://www.facebook.com/" + user;
            case WHATSAPP -> "";
        };
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
