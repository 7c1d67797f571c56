package app.herold.channels.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.CountUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads {@value #RESOURCE}: every channel's limits with the source of each value. A missing or
 * misspelt entry fails loudly at start-up of the checks, never silently as "no limit".
 */
public final class ChannelLimitsFile {

    public static final String RESOURCE = "/app/herold/channels/limits.json";

    private ChannelLimitsFile() {
    }

    public static Map<ChannelKind, ChannelLimits> load() {
        try (InputStream in = ChannelLimitsFile.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            return read(new ObjectMapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<ChannelKind, ChannelLimits> read(JsonNode root) {
        Map<ChannelKind, ChannelLimits> limits = new EnumMap<>(ChannelKind.class);
        JsonNode channels = root.path("channels");
        for (ChannelKind kind : ChannelKind.values()) {
            JsonNode channel = channels.path(kind.id());
            if (channel.isMissingNode()) {
                throw new IllegalStateException(RESOURCE + " has no entry for " + kind.id());
            }
            limits.put(kind, limitsOf(kind, channel));
        }
        return limits;
    }

    private static ChannelLimits limitsOf(ChannelKind kind, JsonNode channel) {
        JsonNode text = required(channel, "text", kind);
        JsonNode images = required(channel, "images", kind);
        JsonNode alt = required(channel, "altText", kind);
        JsonNode sources = required(channel, "sources", kind);
        Set<String> accepted = new HashSet<>();
        images.path("accepted").forEach(format -> accepted.add(format.asText().toLowerCase(Locale.ROOT)));
        List<String> sourceTexts = new ArrayList<>();
        sources.fields().forEachRemaining(entry -> sourceTexts.add(entry.getKey() + ": " + entry.getValue().asText()));
        return new ChannelLimits(kind,
                text.path("limit").asInt(0),
                unit(text.path("unit").asText(""), kind),
                text.path("captionLimit").asInt(0),
                text.path("byteLimit").asInt(0),
                text.path("charactersPerUrl").asInt(0),
                text.path("warnAbove").asInt(0),
                text.path("maxHashtags").asInt(0),
                text.path("maxMentions").asInt(0),
                images.path("minImages").asInt(0),
                images.path("maxImages").asInt(0),
                accepted,
                images.path("alwaysJpeg").asBoolean(false),
                images.path("maxFileBytes").asLong(0),
                images.path("minWidth").asInt(0),
                images.path("maxWidth").asInt(0),
                images.path("maxHeight").asInt(0),
                images.path("maxPixels").asLong(0),
                images.path("maxWidthPlusHeight").asInt(0),
                images.path("minAspect").asDouble(0),
                images.path("maxAspect").asDouble(0),
                alt.path("supported").asBoolean(false),
                alt.path("limit").asInt(0),
                channel.path("preview").path("foldAfter").asInt(0),
                sourceTexts);
    }

    private static JsonNode required(JsonNode channel, String field, ChannelKind kind) {
        JsonNode node = channel.path(field);
        if (!node.isObject()) {
            throw new IllegalStateException(RESOURCE + ": " + kind.id() + " has no \"" + field + "\" section");
        }
        return node;
    }

    private static CountUnit unit(String name, ChannelKind kind) {
        return switch (name) {
            case "graphemes" -> CountUnit.GRAPHEMES;
            case "utf16" -> CountUnit.UTF16_UNITS;
            case "utf8" -> CountUnit.UTF8_BYTES;
            default -> throw new IllegalStateException(RESOURCE + ": " + kind.id() + " counts in unknown unit \"" + name + "\"");
        };
    }
}
