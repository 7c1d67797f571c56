package app.herold.channels.bluesky;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which parts of a post Bluesky links, placed by UTF-8 byte as its facets are. */
class BlueskyFacetsTest {

    private final List<String> lookedUp = new ArrayList<>();
    private final BlueskyFacets.HandleResolver knownHandles = handle -> {
        lookedUp.add(handle);
        return Optional.ofNullable(Map.of("stadt.bsky.social", "did:plc:stadt").get(handle));
    };

    @Test
    void aTagAfterUmlautsAndAnEmojiStartsAtItsByteNotItsCharacter() {
        String text = "Grüße 👋 #Bürgerfest";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        // "Grüße " is 8 bytes (ü and ß take two), "👋 " is 5; "#Bürgerfest" is 12 bytes.
        assertThat(facets).hasSize(1);
        assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(13);
        assertThat(facets.get(0).path("index").path("byteEnd").asInt()).isEqualTo(25);
        assertThat(feature(facets.get(0)).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#tag");
        assertThat(feature(facets.get(0)).path("tag").asText()).as("without the #").isEqualTo("Bürgerfest");
    }

    @Test
    void linkTagAndMentionCoverExactlyTheirBytes() {
        String text = "Grüße 👋 #Bürgerfest mit @stadt.bsky.social – Programm: https://meerane.de/fest 🎉";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        assertThat(facets).hasSize(3);
        assertThat(spans(text, facets)).containsExactly("#Bürgerfest", "@stadt.bsky.social", "https://meerane.de/fest");
        assertThat(feature(facets.get(1)).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#mention");
        assertThat(feature(facets.get(1)).path("did").asText()).isEqualTo("did:plc:stadt");
        assertThat(feature(facets.get(2)).path("$type").asText()).isEqualTo("app.bsky.richtext.facet#link");
        assertThat(feature(facets.get(2)).path("uri").asText()).isEqualTo("https://meerane.de/fest");
    }

    @Test
    void aFamilyEmojiTakesAllItsBytesBeforeALink() {
        // Man, ZWJ, woman, ZWJ, girl: three 4-byte code points and two 3-byte joiners, 18 bytes and a space.
        String text = "👨‍👩‍👧 https://meerane.de";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(19);
        assertThat(facets.get(0).path("index").path("byteEnd").asInt()).isEqualTo(37);
    }

    @Test
    void aHandleThatDoesNotResolveStaysTextAndTheRestIsLinked() {
        String text = "Danke @verein.example.org und #Ehrenamt";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        assertThat(lookedUp).containsExactly("verein.example.org");
        assertThat(spans(text, facets)).containsExactly("#Ehrenamt");
    }

    @Test
    void fediverseAddressesAndBareNamesAreNotLookedUp() {
        String text = "Folgt @stadt@mastodon.social oder fragt @rathaus";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        assertThat(lookedUp).isEmpty();
        assertThat(facets).isEmpty();
    }

    @Test
    void aHandleMentionedTwiceIsLookedUpOnce() {
        String text = "@stadt.bsky.social und nochmal @stadt.bsky.social";

        ArrayNode facets = BlueskyFacets.of(text, knownHandles);

        assertThat(lookedUp).containsExactly("stadt.bsky.social");
        assertThat(spans(text, facets)).containsExactly("@stadt.bsky.social", "@stadt.bsky.social");
    }

    @Test
    void aTagLongerThanTheLexiconAllowsStaysText() {
        String longTag = "#" + "Straßenbauarbeiten".repeat(4);

        assertThat(BlueskyFacets.of("Info " + longTag, knownHandles)).isEmpty();
        assertThat(BlueskyFacets.of("Info #Straßenbauarbeiten", knownHandles)).hasSize(1);
    }

    @Test
    void plainTextHasNoFacets() {
        assertThat(BlueskyFacets.of("Das Rathaus ist heute geschlossen. Schreiben Sie an rathaus@meerane.de.",
                knownHandles)).isEmpty();
    }

    private static JsonNode feature(JsonNode facet) {
        return facet.path("features").get(0);
    }

    /** The text each facet covers, cut from the UTF-8 bytes as Bluesky cuts it. */
    private static List<String> spans(String text, ArrayNode facets) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        List<String> spans = new ArrayList<>();
        for (JsonNode facet : facets) {
            int start = facet.path("index").path("byteStart").asInt();
            int end = facet.path("index").path("byteEnd").asInt();
            spans.add(new String(Arrays.copyOfRange(bytes, start, end), StandardCharsets.UTF_8));
        }
        return spans;
    }
}
