package app.herold.channels.mastodon;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a status Mastodon shows is the text Herold sent. Mastodon takes plain text and gives back
 * sanitised HTML (platforms.md, Mastodon "Formatting"): paragraphs for blank lines, {@code <br />} for line
 * breaks, each link split into spans (whose text still adds up to the whole address), a mention of
 * someone on another server shown by the user name alone, and {@code & < > " '} as entities. Both sides
 * are brought to the same plain form: entities decoded, mentions cut to "@user", white space collapsed.
 */
final class MastodonStatusText {

    private static final Pattern LINE_BREAK = Pattern.compile("(?i)<br\\s*/?>");
    private static final Pattern PARAGRAPH_SEAM = Pattern.compile("(?i)</p>\\s*<p[^>]*>");
    private static final Pattern TAG = Pattern.compile("<[^>]*>");
    private static final Pattern ENTITY =
            Pattern.compile("&(#[xX][0-9a-fA-F]{1,6}|#[0-9]{1,7}|amp|lt|gt|quot|apos|nbsp);");
    /** "@user@server" as Mastodon's account regex takes it; the server part is left out of the shown text. */
    private static final Pattern REMOTE_MENTION = Pattern.compile("(?<![\\w@/])@(\\w+)@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern WHITE_SPACE = Pattern.compile("(?U)\\s+");

    private MastodonStatusText() {
    }

    /** Whether the HTML {@code content} of a status shows the submitted plain text. */
    static boolean shows(String contentHtml, String submitted) {
        return comparable(plainOf(contentHtml)).equals(comparable(submitted));
    }

    /** Whether two plain texts (a scheduled status's {@code params.text} and the submitted one) are the same. */
    static boolean same(String plain, String submitted) {
        return comparable(plain).equals(comparable(submitted));
    }

    static String plainOf(String html) {
        String withBreaks = PARAGRAPH_SEAM.matcher(LINE_BREAK.matcher(html).replaceAll("\n")).replaceAll("\n\n");
        return decoded(TAG.matcher(withBreaks).replaceAll(""));
    }

    private static String comparable(String text) {
        String mentionsByName = REMOTE_MENTION.matcher(text).replaceAll("@$1");
        return WHITE_SPACE.matcher(mentionsByName).replaceAll(" ").strip();
    }

    private static String decoded(String text) {
        Matcher entities = ENTITY.matcher(text);
        return entities.replaceAll(entity -> Matcher.quoteReplacement(character(entity.group(1))));
    }

    private static String character(String name) {
        return switch (name) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> codePoint(name);
        };
    }

    private static String codePoint(String numeric) {
        boolean hex = numeric.length() > 1 && (numeric.charAt(1) == 'x' || numeric.charAt(1) == 'X');
        int value = Integer.parseInt(numeric.substring(hex ? 2 : 1), hex ? 16 : 10);
        return Character.isValidCodePoint(value) ? Character.toString(value) : "\uFFFD";
    }
}
