package app.herold.channels.telegram;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a reader sees of a post in Telegram's HTML parse mode: the tags taken away and the entities
 * decoded. Telegram's limits (4,096 for a message, 1,024 for a caption) count that text, "after entities
 * parsing" (platforms.md, Telegram "Publishing methods"), in UTF-16 code units as its entity offsets are
 * ("Text length unit"; the safe reading of an unconfirmed point).
 */
final class TelegramHtml {

    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    /** "Only &lt; &gt; &amp; &quot; are supported as named entities, plus all numerical ones" (Formatting options). */
    private static final Pattern ENTITY = Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|lt|gt|amp|quot);");

    private TelegramHtml() {
    }

    static String visible(String html) {
        Matcher entities = ENTITY.matcher(TAG.matcher(html).replaceAll(""));
        return entities.replaceAll(entity -> Matcher.quoteReplacement(character(entity.group(1))));
    }

    static int length(String html) {
        return visible(html).length();
    }

    private static String character(String name) {
        return switch (name) {
            case "lt" -> "<";
            case "gt" -> ">";
            case "amp" -> "&";
            case "quot" -> "\"";
            default -> {
                boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
                int value = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
                yield Character.isValidCodePoint(value) ? Character.toString(value) : "\uFFFD";
            }
        };
    }
}
