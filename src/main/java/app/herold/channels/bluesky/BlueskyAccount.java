package app.herold.channels.bluesky;

import app.herold.domain.channel.ChannelAccount;
import java.util.Locale;

/**
 * What Herold calls a Bluesky account by: its handle without the "@" (the identifier of createSession)
 * and the server it signs in at.
 *
 * @param entryway {@code account.baseUrl()}, or {@link #DEFAULT_ENTRYWAY} when the account names none
 */
record BlueskyAccount(String name, String identifier, String entryway) {

    /**
     * Where accounts on Bluesky's own servers sign in (platforms.md, Bluesky "API to publish": createSession
     * at the entryway or PDS). Accounts on a self-hosted server set its address as the account's base URL.
     */
    static final String DEFAULT_ENTRYWAY = "https://bsky.social";

    /** The web address of a post, as the Bluesky app shows it. */
    private static final String POST_LINK = "https://bsky.app/profile/%s/post/%s";

    static BlueskyAccount of(ChannelAccount account) {
        String handle = account.handle().startsWith("@") ? account.handle().substring(1) : account.handle();
        String base = account.baseUrl().isBlank() ? DEFAULT_ENTRYWAY : account.baseUrl();
        return new BlueskyAccount(account.name(), handle.strip(), base);
    }

    /** The post's page; by DID when no handle is set, which bsky.app resolves just the same. */
    String postLink(String did, String recordKey) {
        return String.format(POST_LINK, identifier.isEmpty() ? did : identifier, recordKey);
    }

    /**
     * Whose session a stored one is: a session of another handle or server is not used. Handles are
     * domain names and so the same in any case.
     */
    String sessionOwner() {
        return identifier.toLowerCase(Locale.ROOT) + " at " + entryway;
    }
}
