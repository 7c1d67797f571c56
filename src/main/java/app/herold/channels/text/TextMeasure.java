package app.herold.channels.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Objects;

/**
 * Lengths of a text in the units the platforms count in. All methods accept "" and never null.
 *
 * <p>Each network counts differently (docs/platforms.md, "Points that affect every adapter"): Mastodon
 * counts grapheme clusters with its own rules for links and mentions, Bluesky allows 300 graphemes
 * <em>and</em> 3,000 UTF-8 bytes and places its facets by UTF-8 byte offset, Telegram places its
 * entities in UTF-16 code units. A user sees neither bytes nor code units, so an editor shows
 * graphemes and checks the other units quietly.
 *
 * <p>All methods are safe to call from several threads at once: the editor counts on a background
 * thread while a channel check may run on another. Every method runs in time linear in the text.
 */
public final class TextMeasure {

    /**
     * ICU rather than {@code java.text.BreakIterator}: Java 17 implements Unicode 13 and its character
     * instance splits a family emoji into seven pieces and a flag into two; its regex {@code \X} joins
     * those but lacks rule GB9c (Unicode 15.1), so it splits Indic conjuncts such as "क्त". Mastodon and
     * Bluesky count the user-perceived characters of current Unicode, which ICU4J 77 implements
     * (Unicode 16, checked line by line against Unicode's GraphemeBreakTest).
     *
     * <p>Never used itself, only cloned: an ICU BreakIterator holds its text and position and is not
     * thread-safe, so every count works on its own copy, and copying skips looking the rules up again.
     * The root locale, because grapheme clusters do not depend on the writer's language.
     */
    private static final BreakIterator CHARACTER_PROTOTYPE = BreakIterator.getCharacterInstance(ULocale.ROOT);

    private TextMeasure() {
    }

    /**
     * User-perceived characters (Unicode 16 extended grapheme clusters): a family emoji, a flag and a "u"
     * followed by a combining diaeresis (U+0308) are one each.
     */
    public static int graphemes(String text) {
        BreakIterator characters = charactersOf(text);
        int count = 0;
        while (characters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /**
     * The UTF-16 indices between grapheme clusters, starting with 0 and ending with {@code text.length()};
     * so one more than {@link #graphemes(String)}, and {@code {0}} for "". Cutting a text at any of them
     * never splits an emoji or a letter from its accent.
     */
    public static int[] graphemeBoundaries(String text) {
        BreakIterator characters = charactersOf(text);
        int[] boundaries = new int[text.length() + 1];
        int count = 0;
        for (int boundary = characters.first(); boundary != BreakIterator.DONE; boundary = characters.next()) {
            boundaries[count++] = boundary;
        }
        return Arrays.copyOf(boundaries, count);
    }

    /**
     * Bytes of the text encoded as UTF-8, as Bluesky's 3,000-byte limit counts them. A lone surrogate,
     * which no well-formed text has, counts 1 byte: Java's UTF-8 encoder writes it as "?".
     */
    public static int utf8Bytes(String text) {
        return utf8Length(text, text.length());
    }

    /** UTF-16 code units, as Java's {@link String#length()} and Telegram's entity offsets count them. */
    public static int utf16Units(String text) {
        return text.length();
    }

    /** Unicode code points: an emoji outside the Basic Multilingual Plane is one, "u" with U+0308 is two. */
    public static int codePoints(String text) {
        return text.codePointCount(0, text.length());
    }

    /**
     * Mastodon's StatusLengthValidator: graphemes of the text where every http(s) URL counts as
     * charactersPerUrl and a mention @user@domain counts as @user (only the local part).
     *
     * <p>Like the server, leading and trailing spaces and line breaks do not count (the server strips
     * them before it validates), and a text of nothing but white space counts 0. Use the instance's
     * {@code configuration.statuses.characters_reserved_per_url} (23 by default) for charactersPerUrl.
     */
    public static int mastodonLength(String text, int charactersPerUrl) {
        return mastodonLength("", text, charactersPerUrl);
    }

    /**
     * As {@link #mastodonLength(String, int)} for a post with a content warning, which Mastodon counts
     * against the same limit: the graphemes of the warning followed by the text.
     */
    public static int mastodonLength(String contentWarning, String text, int charactersPerUrl) {
        Objects.requireNonNull(contentWarning, "contentWarning");
        Objects.requireNonNull(text, "text");
        return graphemes(MastodonCountableText.stripped(contentWarning)
                + MastodonCountableText.of(text, charactersPerUrl));
    }

    /**
     * The UTF-8 byte offset of a UTF-16 index into text (for Bluesky facets, which are placed in bytes).
     *
     * @throws IndexOutOfBoundsException if the index is outside 0 … {@code text.length()}
     * @throws IllegalArgumentException if the index falls between the two halves of a surrogate pair,
     *     which has no byte offset and means the caller's index is wrong
     */
    public static int utf8Offset(String text, int utf16Index) {
        Objects.checkIndex(utf16Index, text.length() + 1);
        if (utf16Index > 0 && utf16Index < text.length() && Character.isHighSurrogate(text.charAt(utf16Index - 1))
                && Character.isLowSurrogate(text.charAt(utf16Index))) {
            throw new IllegalArgumentException("Index " + utf16Index + " splits a surrogate pair");
        }
        return utf8Length(text, utf16Index);
    }

    private static BreakIterator charactersOf(String text) {
        Objects.requireNonNull(text, "text");
        BreakIterator characters = (BreakIterator) CHARACTER_PROTOTYPE.clone();
        characters.setText(text);
        return characters;
    }

    private static int utf8Length(String text, int end) {
        int bytes = 0;
        for (int index = 0; index < end; index++) {
            char unit = text.charAt(index);
            if (unit < 0x80) {
                bytes += 1;
            } else if (unit < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(unit) && index + 1 < end
                    && Character.isLowSurrogate(text.charAt(index + 1))) {
                bytes += 4;
                index++;
            } else if (Character.isSurrogate(unit)) {
                bytes += 1;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }
}
