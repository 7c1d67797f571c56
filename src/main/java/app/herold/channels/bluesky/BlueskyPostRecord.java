package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Picture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The parts of an {@code app.bsky.feed.post} record: the text with its facets, the time, the language,
 * and the pictures, each uploaded as a blob first (platforms.md, Bluesky "Media": at most four images,
 * each with a required {@code alt} and, when known, its aspect ratio).
 */
final class BlueskyPostRecord {

    static final String POST = "app.bsky.feed.post";
    private static final String IMAGES = "app.bsky.embed.images";
    /** Herold is made for German towns; the language lets Bluesky's feeds and translation offer the post. */
    private static final String LANGUAGE = "de";
    /** The AT Protocol's datetime: ISO 8601 in UTC with milliseconds, as its own clients write createdAt. */
    private static final DateTimeFormatter CREATED_AT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final Xrpc xrpc;
    private final BlueskyFailures failures;
    private final Clock clock;

    BlueskyPostRecord(Xrpc xrpc, BlueskyFailures failures, Clock clock) {
        this.xrpc = xrpc;
        this.failures = failures;
        this.clock = clock;
    }

    /** One picture as a blob; the upload creates no post, so its failures are retried or refused, never unknown. */
    ObjectNode upload(BlueskyConnection connection, Picture picture, int number) throws CallFailed {
        byte[] content;
        try {
            content = Files.readAllBytes(picture.file());
        } catch (IOException e) {
            throw new CallFailed(failures.refused("publish.bluesky.pictureUnreadable", number));
        }
        PlatformHttp.Answer answer;
        try {
            answer = connection.call(session -> xrpc.upload(session.service(), "com.atproto.repo.uploadBlob",
                    content, picture.mediaType(), session.accessJwt()));
        } catch (IOException e) {
            throw new CallFailed(failures.transport(e, false));
        }
        if (!answer.ok()) {
            throw new CallFailed(failures.of(answer, false));
        }
        JsonNode blob = answer.json().path("blob");
        if (!blob.isObject()) {
            throw new CallFailed(failures.unexpected(answer.status()));
        }
        ObjectNode image = PlatformHttp.json().createObjectNode();
        image.set("image", blob);
        // alt is required by the images lexicon; an empty string is allowed and is what a missing text becomes.
        image.put("alt", picture.altText());
        if (picture.width() > 0 && picture.height() > 0) {
            image.putObject("aspectRatio").put("width", picture.width()).put("height", picture.height());
        }
        return image;
    }

    ObjectNode record(String text, ArrayNode facets, List<ObjectNode> images) {
        ObjectNode record = PlatformHttp.json().createObjectNode()
                .put("$type", POST)
                .put("text", text)
                .put("createdAt", CREATED_AT.format(clock.instant()));
        record.putArray("langs").add(LANGUAGE);
        if (!facets.isEmpty()) {
            record.set("facets", facets);
        }
        if (!images.isEmpty()) {
            ObjectNode embed = record.putObject("embed").put("$type", IMAGES);
            embed.putArray("images").addAll(images);
        }
        return record;
    }
}
