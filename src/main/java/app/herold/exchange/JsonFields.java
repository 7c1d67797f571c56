package app.herold.exchange;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The fields of one JSON object of a file being imported. A field that is missing where it is required,
 * or that cannot be read, is an {@link Invalid} naming its place ({@code posts[3].scheduledAt}), so the
 * user hears where a file is broken. Optional fields may be missing or {@code null}.
 */
public final class JsonFields {

    private final JsonNode node;
    private final String path;

    private JsonFields(JsonNode node, String path) {
        this.node = node;
        this.path = path;
    }

    /** The object at {@code path}; anything else there is invalid. */
    public static JsonFields of(JsonNode node, String path) {
        if (node == null || !node.isObject()) {
            throw new Invalid(path.isEmpty() ? "(document)" : path);
        }
        return new JsonFields(node, path);
    }

    /** Whether the field is there and not {@code null}. */
    public boolean has(String key) {
        JsonNode value = node.get(key);
        return value != null && !value.isNull();
    }

    public String text(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isTextual()) {
            throw invalid(key);
        }
        return value.textValue();
    }

    public String text(String key, String fallback) {
        return has(key) ? text(key) : fallback;
    }

    public long number(String key) {
        JsonNode value = node.get(key);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong()) {
            throw invalid(key);
        }
        return value.longValue();
    }

    public long number(String key, long fallback) {
        return has(key) ? number(key) : fallback;
    }

    public double decimal(String key, double fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isNumber()) {
            throw invalid(key);
        }
        return value.doubleValue();
    }

    public boolean flag(String key, boolean fallback) {
        if (!has(key)) {
            return fallback;
        }
        JsonNode value = node.get(key);
        if (!value.isBoolean()) {
            throw invalid(key);
        }
        return value.booleanValue();
    }

    /** A required text turned into a value; a text {@code parse} refuses (null or an exception) is invalid. */
    public <T> T parsed(String key, Function<String, T> parse) {
        String text = text(key);
        T value;
        try {
            value = parse.apply(text);
        } catch (RuntimeException e) {
            throw invalid(key);
        }
        if (value == null) {
            throw invalid(key);
        }
        return value;
    }

    /** Like {@link #parsed}, but a missing field is {@code null}. */
    public <T> T parsedOrNull(String key, Function<String, T> parse) {
        return has(key) ? parsed(key, parse) : null;
    }

    /** An array of texts; missing is empty. */
    public List<String> texts(String key) {
        List<String> texts = new ArrayList<>();
        for (JsonNode item : array(key)) {
            if (!item.isTextual()) {
                throw invalid(key);
            }
            texts.add(item.textValue());
        }
        return texts;
    }

    /** An array of whole numbers; missing is empty. */
    public List<Long> numbers(String key) {
        List<Long> numbers = new ArrayList<>();
        for (JsonNode item : array(key)) {
            if (!item.isIntegralNumber() || !item.canConvertToLong()) {
                throw invalid(key);
            }
            numbers.add(item.longValue());
        }
        return numbers;
    }

    /** An object whose values are texts, in the file's order; missing is empty. */
    public Map<String, String> textsByKey(String key) {
        Map<String, String> texts = new LinkedHashMap<>();
        if (!has(key)) {
            return texts;
        }
        JsonNode value = node.get(key);
        if (!value.isObject()) {
            throw invalid(key);
        }
        for (Map.Entry<String, JsonNode> field : value.properties()) {
            if (!field.getValue().isTextual()) {
                throw new Invalid(place(key) + "." + field.getKey());
            }
            texts.put(field.getKey(), field.getValue().textValue());
        }
        return texts;
    }

    /** An array of objects, each with its place ({@code posts[3]}); missing is empty. */
    public List<JsonFields> objects(String key) {
        List<JsonFields> objects = new ArrayList<>();
        int index = 0;
        for (JsonNode item : array(key)) {
            objects.add(of(item, place(key) + "[" + index++ + "]"));
        }
        return objects;
    }

    /** An object inside this one; missing is an empty one. */
    public JsonFields object(String key) {
        return has(key) ? of(node.get(key), place(key)) : new JsonFields(JsonNodeFactory.instance.objectNode(), place(key));
    }

    /** The field is there but not what it must be. */
    public Invalid invalid(String key) {
        return new Invalid(place(key));
    }

    private Iterable<JsonNode> array(String key) {
        if (!has(key)) {
            return List.of();
        }
        JsonNode value = node.get(key);
        if (!value.isArray()) {
            throw invalid(key);
        }
        return value;
    }

    private String place(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A field of an import file that is missing or cannot be read; the reader turns it into the user's sentence. */
    public static final class Invalid extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final String place;

        Invalid(String place) {
            super("cannot read " + place);
            this.place = place;
        }

        /** Where in the file, e.g. {@code posts[3].scheduledAt}. */
        public String place() {
            return place;
        }
    }
}
