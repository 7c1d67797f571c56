package app.herold.domain.rules;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import app.herold.domain.channel.TextSpan;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How accessible a post's text is, as German guidance for public bodies asks (domain.md §2.2, the
 * Bundesfachstelle Barrierefreiheit): hashtags in CamelCase and at the end, few emoji and none in
 * mid-sentence, no Unicode "mathematical" letters as fake bold, short sentences. Pure: the same
 * text always gives the same findings. Spans are UTF-16 indices into the text given.
 */
public final class AccessibilityLint {

    public static final String HASHTAG_CASE = "accessibility.hashtag-case";
    public static final String HASHTAG_POSITION = "accessibility.hashtag-position";
    public static final String EMOJI = "accessibility.emoji";
    public static final String FAKE_BOLD = "accessibility.fake-bold";
    public static final String SENTENCE_LENGTH = "accessibility.sentence-length";

    /** "all lowercase and ≥ 10 letters" (domain.md §2.3): long enough to be several words. */
    static final int LOWERCASE_HASHTAG_LETTERS = 10;
    static final int MOST_EMOJI = 3;
    static final int LONGEST_SENTENCE_WORDS = 20;

    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_/#])#([\\p{L}\\p{N}_]+)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…]+(?=\\s|$)|\\n\\s*\\n|\\n(?=\\s*[-*•])");

    private final TextFacts facts;

    public AccessibilityLint(TextFacts facts) {
        this.facts = facts;
    }

    public List<Finding> check(String text) {
        String checked = text == null ? "" : text;
        List<Finding> findings = new ArrayList<>();
        hashtags(checked, findings);
        emoji(checked, findings);
        fakeBold(checked, findings);
        sentences(checked, findings);
        return findings;
    }

    /** A hashtag in CamelCase, where a screen reader can tell the words apart: "#stadtfestmeerane" → "#Stadtfestmeerane". */
    public static String camelCaseSuggestion(String hashtag) {
        String word = hashtag.startsWith("#") ? hashtag.substring(1) : hashtag;
        return "#" + GermanWordSplit.camelCase(word);
    }

    private void hashtags(String text, List<Finding> findings) {
        int endOfRunningText = runningTextEnd(text);
        List<int[]> urls = urls(text);
        int nextUrl = 0;
        Matcher matcher = HASHTAG.matcher(text);
        while (matcher.find()) {
            // Hashtags and addresses both come in text order: one pass over the addresses serves them all.
            while (nextUrl < urls.size() && urls.get(nextUrl)[1] <= matcher.start()) {
                nextUrl++;
            }
            if (nextUrl < urls.size() && urls.get(nextUrl)[0] <= matcher.start()) {
                continue;
            }
            String word = matcher.group(1);
            TextSpan span = new TextSpan(matcher.start(), matcher.end());
            long letters = word.codePoints().filter(Character::isLetter).count();
            if (letters >= LOWERCASE_HASHTAG_LETTERS && word.equals(word.toLowerCase(Locale.ROOT))) {
                findings.add(Finding.of(HASHTAG_CASE, Severity.WARNING, "rule.accessibility.hashtagCase",
                        matcher.group(), camelCaseSuggestion(matcher.group())).at(span));
            }
            if (matcher.start() < endOfRunningText) {
                findings.add(Finding.of(HASHTAG_POSITION, Severity.INFO, "rule.accessibility.hashtagPosition",
                        matcher.group()).at(span));
            }
        }
    }

    /**
     * Where the running text ends: the trailing block of hashtags (and spaces, line breaks, a final
     * link) does not count as running text. Read backwards from the end, so a long text costs no more
     * than its trailing block.
     */
    private static int runningTextEnd(String text) {
        int end = text.length();
        while (true) {
            while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
            int wordStart = end;
            while (wordStart > 0 && isHashtagCharacter(text.codePointBefore(wordStart))) {
                wordStart -= Character.charCount(text.codePointBefore(wordStart));
            }
            if (wordStart == end || wordStart == 0 || text.charAt(wordStart - 1) != '#') {
                return end;
            }
            end = wordStart - 1;
        }
    }

    private static boolean isHashtagCharacter(int codePoint) {
        return Character.isLetter(codePoint) || Character.isDigit(codePoint) || codePoint == '_'
                || Character.getType(codePoint) == Character.LETTER_NUMBER
                || Character.getType(codePoint) == Character.OTHER_NUMBER;
    }

    /** The web addresses in the text as start and end, in text order. */
    private static List<int[]> urls(String text) {
        List<int[]> spans = new ArrayList<>();
        Matcher url = URL.matcher(text);
        while (url.find()) {
            spans.add(new int[] {url.start(), url.end()});
        }
        return spans;
    }

    private void emoji(String text, List<Finding> findings) {
        List<int[]> found = new ArrayList<>();
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            int next = i + Character.charCount(codePoint);
            if (facts.isEmoji(codePoint)) {
                int end = next;
                // A sequence (skin tone, ZWJ family, flag pair, variation selector) is one emoji to a reader.
                while (end < text.length()) {
                    int following = text.codePointAt(end);
                    if (following == 0x200D || following == 0xFE0F || (following >= 0x1F3FB && following <= 0x1F3FF)
                            || (following >= 0x1F1E6 && following <= 0x1F1FF && codePoint >= 0x1F1E6 && codePoint <= 0x1F1FF)
                            || (following >= 0xE0020 && following <= 0xE007F)) {
                        end += Character.charCount(following);
                        if (following == 0x200D && end < text.length()) {
                            end += Character.charCount(text.codePointAt(end));
                        }
                    } else {
                        break;
                    }
                }
                found.add(new int[] {i, end});
                next = end;
            }
            i = next;
        }
        if (found.size() > MOST_EMOJI) {
            int[] first = found.get(MOST_EMOJI);
            findings.add(Finding.of(EMOJI, Severity.WARNING, "rule.accessibility.emojiCount", found.size(), MOST_EMOJI)
                    .at(new TextSpan(first[0], found.get(found.size() - 1)[1])));
        }
        for (int[] emoji : found) {
            if (midSentence(text, emoji[0], emoji[1])) {
                findings.add(Finding.of(EMOJI, Severity.INFO, "rule.accessibility.emojiMidSentence",
                        text.substring(emoji[0], emoji[1])).at(new TextSpan(emoji[0], emoji[1])));
            }
        }
    }

    /** Letters of the same sentence on both sides: the reader hears the emoji's long name in between. */
    private boolean midSentence(String text, int start, int end) {
        int before = start - 1;
        while (before >= 0 && text.charAt(before) == ' ') {
            before--;
        }
        int after = end;
        while (after < text.length() && text.charAt(after) == ' ') {
            after++;
        }
        return before >= 0 && after < text.length() && Character.isLetterOrDigit(text.charAt(before))
                && Character.isLetter(text.charAt(after)) && Character.isLowerCase(text.charAt(after));
    }

    private static void fakeBold(String text, List<Finding> findings) {
        int start = -1;
        for (int i = 0; i <= text.length(); ) {
            int codePoint = i < text.length() ? text.codePointAt(i) : -1;
            boolean mathematical = codePoint >= 0x1D400 && codePoint <= 0x1D7FF;
            if (mathematical && start < 0) {
                start = i;
            } else if (!mathematical && start >= 0 && (codePoint < 0 || !Character.isWhitespace(codePoint)
                    || !nextIsMathematical(text, i))) {
                findings.add(Finding.of(FAKE_BOLD, Severity.WARNING, "rule.accessibility.fakeBold")
                        .at(new TextSpan(start, i)));
                start = -1;
            }
            i += codePoint < 0 ? 1 : Character.charCount(codePoint);
        }
    }

    private static boolean nextIsMathematical(String text, int whitespace) {
        int next = whitespace + 1;
        return next < text.length() && text.codePointAt(next) >= 0x1D400 && text.codePointAt(next) <= 0x1D7FF;
    }

    private static void sentences(String text, List<Finding> findings) {
        String withoutLinks = URL.matcher(text).replaceAll(match -> "x".repeat(match.group().length()));
        Matcher end = SENTENCE_END.matcher(withoutLinks);
        int start = 0;
        while (start < withoutLinks.length()) {
            int stop = end.find(start) ? end.end() : withoutLinks.length();
            String sentence = withoutLinks.substring(start, stop);
            int words = countWords(sentence);
            if (words > LONGEST_SENTENCE_WORDS) {
                int from = start;
                while (from < stop && Character.isWhitespace(text.charAt(from))) {
                    from++;
                }
                findings.add(Finding.of(SENTENCE_LENGTH, Severity.INFO, "rule.accessibility.sentenceLength", words,
                        LONGEST_SENTENCE_WORDS).at(new TextSpan(from, stop)));
            }
            start = Math.max(stop, start + 1);
        }
    }

    private static int countWords(String sentence) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < sentence.length(); i++) {
            boolean letter = Character.isLetterOrDigit(sentence.charAt(i));
            if (letter && !inWord) {
                words++;
            }
            inWord = letter || (inWord && (sentence.charAt(i) == '-' || sentence.charAt(i) == '\''));
        }
        return words;
    }
}
