package app.herold.exchange;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * Writes posts as a JSON array, one post at a time, so that listing 100,000 posts needs no more
 * memory than listing ten. The keys {@code id, title, text, scheduledAt, zone, status, channels,
 * tags} are a contract with the town's scripts and never change; others may be added.
 */
public final class PostJsonWriter implements AutoCloseable {

    private final JsonGenerator json;

    public PostJsonWriter(OutputStream out) {
        try {
            JsonFactory factory = JsonFactory.builder().build();
            this.json = factory.createGenerator(out, JsonEncoding.UTF8);
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void write(Post post) {
        try {
            write(json, post);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes one post as the object this class's arrays hold, into another document (the plan's JSON export). */
    public static void write(JsonGenerator json, Post post) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", post.id().value());
        json.writeStringField("title", post.title());
        json.writeStringField("text", post.text());
        if (post.schedule() == null) {
            json.writeNullField("scheduledAt");
            json.writeNullField("zone");
        } else {
            json.writeStringField("scheduledAt",
                    DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(post.schedule().zoned().toOffsetDateTime()));
            json.writeStringField("zone", post.schedule().zone().getId());
        }
        json.writeStringField("status", post.status().id());
        json.writeArrayFieldStart("channels");
        for (ChannelKind channel : post.channels()) {
            json.writeString(channel.id());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("tags");
        for (String tag : post.tags()) {
            json.writeString(tag);
        }
        json.writeEndArray();
        json.writeStringField("notes", post.notes());
        json.writeArrayFieldStart("images");
        for (PostImage image : post.images()) {
            json.writeStartObject();
            json.writeStringField("file", image.mediaFile());
            json.writeStringField("altText", image.altText());
            json.writeNumberField("focusX", image.focusX());
            json.writeNumberField("focusY", image.focusY());
            json.writeStringField("fit", image.fit().id());
            json.writeBooleanField("decorative", image.decorative());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeArrayFieldStart("accounts");
        for (var account : post.accounts()) {
            json.writeNumber(account.value());
        }
        json.writeEndArray();
        json.writeObjectFieldStart("variants");
        for (var variant : post.variants().entrySet()) {
            json.writeStringField(variant.getKey().id(), variant.getValue());
        }
        json.writeEndObject();
        writeInstant(json, "createdAt", post.createdAt());
        writeInstant(json, "updatedAt", post.updatedAt());
        json.writeEndObject();
    }

    private static void writeInstant(JsonGenerator json, String field, Instant instant) throws IOException {
        if (instant == null) {
            json.writeNullField(field);
        } else {
            json.writeStringField(field, DateTimeFormatter.ISO_INSTANT.format(instant));
        }
    }

    @Override
    public void close() {
        try {
            json.writeEndArray();
            json.writeRaw('\n');
            json.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
