package app.herold.channels.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** How long a post is in each unit a platform counts in, for the texts a town hall writes. */
class TextMeasureTest {

    private static final String FAMILY = "👨‍👩‍👧‍👦";
    private static final String GERMAN_FLAG = "🇩🇪";
    private static final String THUMBS_UP_MEDIUM = "👍🏽";

    /** text, graphemes, UTF-8 bytes, UTF-16 units, code points; the expected numbers are worked out by hand. */
    static Stream<Arguments> units() {
        return Stream.of(
                Arguments.of("nothing", "", 0, 0, 0, 0),
                Arguments.of("plain ASCII", "Rathaus", 7, 7, 7, 7),
                Arguments.of("umlauts precomposed (NFC)", "Bürgerbüro", 10, 12, 10, 10),
                Arguments.of("umlauts decomposed (NFD)", "Bu\u0308rgerbu\u0308ro", 10, 14, 12, 12),
                Arguments.of("sharp s", "Straße", 6, 7, 6, 6),
                Arguments.of("e with a combining acute", "e\u0301", 1, 3, 2, 2),
                Arguments.of("two combining marks on one letter", "a\u0308\u0301", 1, 5, 3, 3),
                Arguments.of("family: four emoji joined by three ZWJ", FAMILY, 1, 25, 11, 7),
                Arguments.of("flag: two regional indicators", GERMAN_FLAG, 1, 8, 4, 2),
                Arguments.of("two flags side by side", GERMAN_FLAG + "🇪🇺", 2, 16, 8, 4),
                Arguments.of("thumbs up with a skin tone", THUMBS_UP_MEDIUM, 1, 8, 4, 2),
                Arguments.of("firefighter with a skin tone (ZWJ)", "🧑🏽‍🚒", 1, 15, 7, 4),
                Arguments.of("heart with variation selector", "❤️", 1, 6, 2, 2),
                Arguments.of("keycap one", "1️⃣", 1, 7, 3, 3),
                Arguments.of("CJK", "市役所のお知らせ", 8, 24, 8, 8),
                Arguments.of("CJK outside the BMP", "𠮷野家", 3, 10, 4, 3),
                Arguments.of("Devanagari conjunct (rule GB9c)", "क्त", 1, 9, 3, 3),
                Arguments.of("CR LF is one character", "\r\n", 1, 2, 2, 2),
                Arguments.of("a German sentence with emoji", "Grüße aus Meerane 👋🏼" + GERMAN_FLAG,
                        20, 36, 26, 22));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("units")
    void eachUnitCountsWhatThePlatformCounts(String what, String text, int graphemes, int utf8Bytes, int utf16Units,
            int codePoints) {
        assertThat(TextMeasure.graphemes(text)).as("graphemes").isEqualTo(graphemes);
        assertThat(TextMeasure.utf8Bytes(text)).as("UTF-8 bytes").isEqualTo(utf8Bytes);
        assertThat(TextMeasure.utf16Units(text)).as("UTF-16 units").isEqualTo(utf16Units);
        assertThat(TextMeasure.codePoints(text)).as("code points").isEqualTo(codePoints);
        assertThat(TextMeasure.graphemeBoundaries(text)).as("boundaries").hasSize(graphemes + 1)
                .startsWith(0).endsWith(text.length());
    }

    @Test
    void anUmlautIsOneCharacterWhetherTypedComposedOrPastedDecomposed() {
        String composed = "ü";
        String decomposed = Normalizer.normalize(composed, Normalizer.Form.NFD);
        assertThat(decomposed).isEqualTo("u\u0308");

        assertThat(TextMeasure.graphemes(decomposed)).isEqualTo(TextMeasure.graphemes(composed)).isEqualTo(1);
        assertThat(TextMeasure.utf8Bytes(composed)).isEqualTo(2);
        assertThat(TextMeasure.utf8Bytes(decomposed)).isEqualTo(3);
        assertThat(TextMeasure.utf16Units(composed)).isEqualTo(1);
        assertThat(TextMeasure.utf16Units(decomposed)).isEqualTo(2);
    }

    @Test
    void boundariesNeverSplitAnEmojiOrALetterFromItsAccent() {
        String text = "Fest" + FAMILY + "e\u0301" + GERMAN_FLAG;
        int[] boundaries = TextMeasure.graphemeBoundaries(text);
        List<String> pieces = new ArrayList<>();
        for (int i = 1; i < boundaries.length; i++) {
            pieces.add(text.substring(boundaries[i - 1], boundaries[i]));
        }
        assertThat(pieces).containsExactly("F", "e", "s", "t", FAMILY, "e\u0301", GERMAN_FLAG);
    }

    @Test
    void utf8BytesAreWhatJavaSendsOverTheWire() {
        for (String text : List.of("", "Grüße", FAMILY, "市役所", "𠮷", "lone \uD83D surrogate", "\uDE00 too")) {
            assertThat(TextMeasure.utf8Bytes(text)).as(text).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void utf8OffsetsPointAtTheSameCharactersInTheEncodedBytes() {
        String text = "Grüße 👋🏼 aus Meerane";
        assertThat(TextMeasure.utf8Offset(text, 0)).isZero();
        assertThat(TextMeasure.utf8Offset(text, 5)).as("after 'Grüße'").isEqualTo(7);
        assertThat(TextMeasure.utf8Offset(text, 6)).as("at the wave").isEqualTo(8);
        assertThat(TextMeasure.utf8Offset(text, 10)).as("after wave and skin tone").isEqualTo(16);
        assertThat(TextMeasure.utf8Offset(text, text.length())).isEqualTo(TextMeasure.utf8Bytes(text));
        for (int index : TextMeasure.graphemeBoundaries(text)) {
            assertThat(TextMeasure.utf8Offset(text, index)).as("index %d", index)
                    .isEqualTo(text.substring(0, index).getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aBlueskyFacetPlacedByUtf8OffsetsCoversTheHashtag() {
        String text = "🎉 Grüße vom #Straßenfest";
        int start = text.indexOf("#Straßenfest");
        int end = text.length();
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);

        byte[] facet = Arrays.copyOfRange(bytes, TextMeasure.utf8Offset(text, start),
                TextMeasure.utf8Offset(text, end));

        assertThat(new String(facet, StandardCharsets.UTF_8)).isEqualTo("#Straßenfest");
    }

    @Test
    void anOffsetInsideAnEmojiOrOutsideTheTextIsRefused() {
        assertThatThrownBy(() -> TextMeasure.utf8Offset(GERMAN_FLAG, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> TextMeasure.utf8Offset("abc", 4)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThatThrownBy(() -> TextMeasure.utf8Offset("abc", -1)).isInstanceOf(IndexOutOfBoundsException.class);
        assertThat(TextMeasure.utf8Offset(GERMAN_FLAG, 2)).as("between the two indicators' code points").isEqualTo(4);
    }

    /** Mastodon's documented rules (user guide "Posting", StatusLengthValidator), with 23 characters per URL. */
    static Stream<Arguments> mastodonRules() {
        String url60 = "https://www.meerane.de/aktuelles/bekanntmachungen/2026/05/12";
        return Stream.of(
                Arguments.of("500 letters are 500", "a".repeat(500), 500),
                Arguments.of("501 letters are 501, one over the default limit", "a".repeat(501), 501),
                Arguments.of("a 60-character URL is 23", url60, 23),
                Arguments.of("a short URL is 23 as well", "http://a.de", 23),
                Arguments.of("a URL in a sentence", "Infos: https://www.meerane.de/rat", 7 + 23),
                Arguments.of("parentheses around a URL count", "(https://meerane.de/termine)", 1 + 23 + 1),
                Arguments.of("a full stop after a URL counts", "https://meerane.de.", 23 + 1),
                Arguments.of("a URL right after a colon is a URL", "Infos:https://meerane.de", 6 + 23),
                Arguments.of("a URL glued to a word is plain text", "Infoshttps://www.meerane.de/rat", 31),
                Arguments.of("a domain without http is plain text", "meerane.de", 10),
                Arguments.of("www. without http is plain text", "www.meerane.de", 14),
                Arguments.of("a fediverse mention counts only @user", "@stadt@mastodon.social", 6),
                Arguments.of("a local mention counts whole", "@stadt", 6),
                Arguments.of("a username longer than Twitter's 20 letters counts only @user too",
                        "@stadtverwaltung_meerane_info@mastodon.social", 29),
                Arguments.of("an e-mail address counts whole", "rathaus@meerane.de", 18),
                Arguments.of("a hashtag counts whole", "#Straßenfest", 12),
                Arguments.of("family emoji is 1", FAMILY, 1),
                Arguments.of("flag is 1", GERMAN_FLAG, 1),
                Arguments.of("skin tone emoji is 1", THUMBS_UP_MEDIUM, 1),
                Arguments.of("e with combining accent is 1", "e\u0301", 1),
                Arguments.of("decomposed umlauts count as letters", "Bu\u0308rgerbu\u0308ro", 10),
                Arguments.of("trailing line breaks are stripped by the server", "Bis morgen!\n\n", 11),
                Arguments.of("leading spaces are stripped by the server", "  Bis morgen!", 11),
                Arguments.of("only white space is nothing", " \n\t ", 0),
                Arguments.of("a no-break space alone is blank, so nothing", "\u00A0", 0),
                Arguments.of("a municipal post",
                        "Heute #Stadtratssitzung im Rathaus, Infos: https://www.meerane.de/rat "
                        + "(Tagesordnung) – Fragen an @buergerbuero@mastodon.social oder rathaus@meerane.de",
                        43 + 23 + 28 + 13 + 24));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mastodonRules")
    void countsAPostAsMastodonDoes(String rule, String text, int length) {
        assertThat(TextMeasure.mastodonLength(text, 23)).isEqualTo(length);
    }

    @Test
    void aSixtyCharacterLinkLeavesRoomForMoreTextOnMastodon() {
        String link = "https://www.meerane.de/aktuelles/bekanntmachungen/2026/05/12";
        assertThat(link).hasSize(60);
        assertThat(TextMeasure.mastodonLength("a".repeat(476) + " " + link, 23)).isEqualTo(500);
    }

    @Test
    void aFlagIsOneCharacterOnMastodon() {
        assertThat(TextMeasure.mastodonLength(GERMAN_FLAG, 23)).isEqualTo(1);
        assertThat(TextMeasure.graphemes(GERMAN_FLAG)).isEqualTo(1);
    }

    @Test
    void aServerThatReservesMoreForLinksCountsThemSo() {
        assertThat(TextMeasure.mastodonLength("Infos: https://meerane.de", 30)).isEqualTo(7 + 30);
        assertThat(TextMeasure.mastodonLength("https://meerane.de", 0)).isZero();
        assertThatThrownBy(() -> TextMeasure.mastodonLength("x", -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theContentWarningCountsAgainstTheSameLimit() {
        assertThat(TextMeasure.mastodonLength("Baustelle", "Vollsperrung https://meerane.de/bau", 23))
                .isEqualTo(9 + 13 + 23);
        assertThat(TextMeasure.mastodonLength(" Baustelle ", "", 23)).as("the warning is stripped too").isEqualTo(9);
    }

    @Test
    void aLinkWhoseQueryHasAnUmlautCountsOnlyUpToTheUmlautAsALink() {
        // twitter-text (Java and Mastodon's Ruby gem alike) allows only ASCII in a query string,
        // so the link ends before "ße" and those letters count on their own.
        String text = "https://meerane.de/suche?q=Straße";
        assertThat(TextEntities.of(text).urls()).extracting(TextEntity::value)
                .containsExactly("https://meerane.de/suche?q=Stra");
        assertThat(TextMeasure.mastodonLength(text, 23)).isEqualTo(23 + 2);
    }

    @Test
    void anEmptyTextIsZeroInEveryUnit() {
        assertThat(TextMeasure.graphemes("")).isZero();
        assertThat(TextMeasure.graphemeBoundaries("")).containsExactly(0);
        assertThat(TextMeasure.utf8Bytes("")).isZero();
        assertThat(TextMeasure.utf16Units("")).isZero();
        assertThat(TextMeasure.codePoints("")).isZero();
        assertThat(TextMeasure.mastodonLength("", 23)).isZero();
        assertThat(TextMeasure.utf8Offset("", 0)).isZero();
    }

    @Test
    void nullIsRefusedRatherThanCountedAsNothing() {
        assertThatThrownBy(() -> TextMeasure.graphemes(null)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TextMeasure.mastodonLength(null, 23)).isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> TextEntities.of(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void countingOnSeveralThreadsAtOnceGivesEveryThreadTheRightAnswer() throws Exception {
        String text = ("Grüße aus Meerane " + FAMILY + GERMAN_FLAG + " e\u0301 https://www.meerane.de/rat ")
                .repeat(300);
        int graphemes = TextMeasure.graphemes(text);
        int mastodon = TextMeasure.mastodonLength(text, 23);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<List<Integer>>> counts = new ArrayList<>();
            for (int task = 0; task < 16; task++) {
                counts.add(() -> List.of(TextMeasure.graphemes(text), TextMeasure.mastodonLength(text, 23)));
            }
            for (Future<List<Integer>> count : pool.invokeAll(counts)) {
                assertThat(count.get()).containsExactly(graphemes, mastodon);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(graphemes).isEqualTo(300 * 50);
    }
}
