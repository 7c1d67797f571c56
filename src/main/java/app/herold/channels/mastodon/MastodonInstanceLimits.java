package app.herold.channels.mastodon;

import app.herold.channels.text.TextMeasure;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;

/**
 * What one Mastodon server takes, read from its {@code GET /api/v2/instance} (platforms.md, Mastodon
 * "Limits (per server, read them at runtime)"): every server sets its own text length, picture count
 * and description length, so the editor's offline check against the defaults is not enough.
 *
 * @param maxCharacters {@code configuration.statuses.max_characters}
 * @param maxPictures {@code configuration.statuses.max_media_attachments}
 * @param charactersPerUrl {@code configuration.statuses.characters_reserved_per_url}
 * @param descriptionLimit {@code configuration.media_attachments.description_limit} (Mastodon 4.4; before it
 *     a fixed 1,500)
 */
record MastodonInstanceLimits(int maxCharacters, int maxPictures, int charactersPerUrl, int descriptionLimit) {

    /** The defaults of a Mastodon server as channels/limits.json records them: 500 characters, 4 pictures. */
    static MastodonInstanceLimits defaults(ChannelLimits mastodon) {
        return new MastodonInstanceLimits(mastodon.textLimit(), mastodon.maxImages(), mastodon.charactersPerUrl(),
                mastodon.altTextLimit());
    }

    /** The server's values, each falling back to the default when the server leaves it out (older versions). */
    MastodonInstanceLimits readFrom(JsonNode instance) {
        JsonNode statuses = instance.path("configuration").path("statuses");
        JsonNode media = instance.path("configuration").path("media_attachments");
        return new MastodonInstanceLimits(
                positive(statuses.path("max_characters"), maxCharacters),
                positive(statuses.path("max_media_attachments"), maxPictures),
                positive(statuses.path("characters_reserved_per_url"), charactersPerUrl),
                positive(media.path("description_limit"), descriptionLimit));
    }

    /**
     * Why the server would refuse the post, found before anything is uploaded. The length is counted as
     * Mastodon's StatusLengthValidator does (graphemes, every link as {@code charactersPerUrl}, a mention by
     * its user name); a description as Rails' length validator does, in characters (code points), which is
     * never fewer than graphemes.
     */
    Optional<Problem> refusal(String text, List<Picture> pictures) {
        int length = TextMeasure.mastodonLength(text, charactersPerUrl);
        if (length > maxCharacters) {
            return Optional.of(Problem.of("publish.mastodon.tooLong", length, maxCharacters));
        }
        if (pictures.size() > maxPictures) {
            return Optional.of(Problem.of("publish.mastodon.tooManyPictures", pictures.size(), maxPictures));
        }
        for (int i = 0; i < pictures.size(); i++) {
            int description = TextMeasure.codePoints(pictures.get(i).altText());
            if (description > descriptionLimit) {
                return Optional.of(Problem.of("publish.mastodon.altTooLong", i + 1, description, descriptionLimit));
            }
        }
        return Optional.empty();
    }

    private static int positive(JsonNode value, int fallback) {
        return value.canConvertToInt() && value.asInt() > 0 ? value.asInt() : fallback;
    }
}
