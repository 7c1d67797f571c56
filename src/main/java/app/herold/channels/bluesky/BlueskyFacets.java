package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.text.TextEntities;
import app.herold.channels.text.TextEntity;
import app.herold.channels.text.TextMeasure;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The facets of a post: Bluesky has no markup and links nothing by itself, so every link, hashtag and
 * mention is a facet over a span of the text (lexicon {@code app.bsky.richtext.facet}). The spans are
 * counted in bytes of the UTF-8 text, start inclusive, end exclusive (platforms.md, Bluesky "Facets"),
 * never in Java's UTF-16 indices: "Bürgerbüro" is 10 characters and 12 bytes.
 *
 * <p>The entities are found by {@link TextEntities}, exactly as the editor's offline check finds and
 * counts them, so the post links what the preview showed linked.
 */
final class BlueskyFacets {

    private static final String FACET = "app.bsky.richtext.facet";
    /** A tag facet takes at most 64 graphemes and 640 bytes (facet lexicon); a longer one stays text. */
    private static final int TAG_GRAPHEMES = 64;
    private static final int TAG_BYTES = 640;

    /** Finds the DID of a handle; empty when it cannot (no such handle, no answer). */
    @FunctionalInterface
    interface HandleResolver {
        Optional<String> didOf(String handle);
    }

    private BlueskyFacets() {
    }

    /** The facets in text order; an empty array when the text has nothing to link. */
    static ArrayNode of(String text, HandleResolver resolver) {
        ArrayNode facets = PlatformHttp.json().createArrayNode();
        Map<String, Optional<String>> resolved = new HashMap<>();
        for (TextEntity entity : TextEntities.of(text).all()) {
            Optional<ObjectNode> feature = switch (entity.kind()) {
                case URL -> Optional.of(feature("link").put("uri", entity.value()));
                case HASHTAG -> tag(entity.value());
                case MENTION -> mention(entity.value(), resolver, resolved);
            };
            feature.ifPresent(found -> {
                ObjectNode facet = facets.addObject();
                facet.putObject("index")
                        .put("byteStart", TextMeasure.utf8Offset(text, entity.start()))
                        .put("byteEnd", TextMeasure.utf8Offset(text, entity.end()));
                facet.putArray("features").add(found);
            });
        }
        return facets;
    }

    private static Optional<ObjectNode> tag(String tag) {
        if (TextMeasure.graphemes(tag) > TAG_GRAPHEMES || TextMeasure.utf8Bytes(tag) > TAG_BYTES) {
            return Optional.empty();
        }
        return Optional.of(feature("tag").put("tag", tag));
    }

    /**
     * A mention links the account's DID. Only what can be a Bluesky handle is looked up: a domain name
     * ("stadt.bsky.social"), not a fediverse address ("stadt@mastodon.social") or a bare "@stadt". A handle
     * that cannot be resolved stays plain text; the post still goes out.
     */
    private static Optional<ObjectNode> mention(String handle, HandleResolver resolver,
                                                Map<String, Optional<String>> resolved) {
        if (handle.indexOf('@') >= 0 || handle.indexOf('.') < 0) {
            return Optional.empty();
        }
        return resolved.computeIfAbsent(handle, resolver::didOf).map(did -> feature("mention").put("did", did));
    }

    private static ObjectNode feature(String name) {
        return PlatformHttp.json().createObjectNode().put("$type", FACET + "#" + name);
    }
}
