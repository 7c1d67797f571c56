package app.herold.demo;

import java.util.ArrayList;
import java.util.List;

/**
 * A text with gaps, parsed once when the templates load so that filling it for a hundred
 * thousand posts only appends strings.
 */
final class TextPattern {

    /** Each part is a literal {@link String} or a {@link Slot}. */
    private final Object[] parts;
    private final String source;

    private TextPattern(Object[] parts, String source) {
        this.parts = parts;
        this.source = source;
    }

    static TextPattern parse(String source) {
        List<Object> parts = new ArrayList<>();
        int position = 0;
        while (position < source.length()) {
            int open = source.indexOf('{', position);
            if (open < 0) {
                parts.add(source.substring(position));
                break;
            }
            int close = source.indexOf('}', open);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed slot in: " + source);
            }
            if (open > position) {
                parts.add(source.substring(position, open));
            }
            parts.add(Slot.named(source.substring(open + 1, close)));
            position = close + 1;
        }
        return new TextPattern(parts.toArray(), source);
    }

    void appendTo(StringBuilder out, SlotValues values) {
        for (Object part : parts) {
            if (part instanceof Slot slot) {
                out.append(values.get(slot));
            } else {
                out.append((String) part);
            }
        }
    }

    String render(SlotValues values) {
        StringBuilder out = new StringBuilder(source.length() + 40);
        appendTo(out, values);
        return out.toString();
    }

    boolean contains(String literal) {
        return source.contains(literal);
    }

    /** Whether the pattern needs a day, which ideas without a date cannot give. */
    boolean usesDates() {
        for (Object part : parts) {
            if (part instanceof Slot slot && slot.pool() == null) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return source;
    }
}
