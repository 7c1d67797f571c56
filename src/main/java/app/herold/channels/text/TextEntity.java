package app.herold.channels.text;

import java.util.Objects;

/**
 * A hashtag, mention or URL found in a text; start/end are UTF-16 indices into the text, end exclusive.
 *
 * @param value the hashtag without '#', the mention without the leading '@' but with the "@domain" of a
 *     fediverse mention ("stadt@mastodon.social"), the URL as written
 */
public record TextEntity(Kind kind, int start, int end, String value) {

    /** What the entity is; each platform links or counts them differently. */
    public enum Kind { HASHTAG, MENTION, URL }

    public TextEntity {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("Not a span: " + start + ".." + end);
        }
    }
}
