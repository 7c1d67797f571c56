package app.herold.channels.text;

import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;

/**
 * The URLs Mastodon links, and so counts as 23 characters: only those written with http:// or https://,
 * found by twitter-text exactly as Mastodon's Ruby copy of it finds them.
 *
 * <p>twitter-text would also take "meerane.de" for a URL, but Mastodon extracts with
 * {@code extract_url_without_protocol: false} (StatusLengthValidator, and its formatter links no bare
 * domain), so "meerane.de" stays text and counts its 10 characters. Hence
 * {@code setExtractURLWithoutProtocol(false)}.
 *
 * <p>Scanning a whole long text is slow all the same: twitter-text's expression tries every word as a
 * domain before dropping matches without a scheme, about a microsecond per character, 60–90 ms for a
 * 63,000-character Facebook-sized text. No URL contains an ASCII space, tab or line break, and such a
 * character is a valid boundary on either side of one, so only the space-delimited pieces of text around
 * each "://" can hold a URL with a scheme; each is handed to twitter-text with the spaces around it,
 * which gives twitter-text the same context it has in the whole text. A test compares the result with
 * scanning the whole text.
 */
final class SchemeUrls {

    private static final String SCHEME_SEPARATOR = "://";

    private SchemeUrls() {
    }

    static List<TextEntity> in(String text) {
        List<TextEntity> urls = new ArrayList<>();
        Extractor extractor = extractor();
        int from = 0;
        for (int scheme = text.indexOf(SCHEME_SEPARATOR); scheme >= 0;
                scheme = text.indexOf(SCHEME_SEPARATOR, from)) {
            int start = scheme;
            while (start > 0 && !isSpace(text.charAt(start - 1))) {
                start--;
            }
            start = Math.max(0, start - 1);
            int end = scheme + SCHEME_SEPARATOR.length();
            while (end < text.length() && !isSpace(text.charAt(end))) {
                end++;
            }
            end = Math.min(text.length(), end + 1);
            for (Extractor.Entity url : extractor.extractURLsWithIndices(text.substring(start, end))) {
                urls.add(new TextEntity(TextEntity.Kind.URL, start + url.getStart(), start + url.getEnd(),
                        url.getValue()));
            }
            from = end;
        }
        return urls;
    }

    /** A new one each time: an Extractor keeps a mutable setting and is not documented as thread-safe. */
    static Extractor extractor() {
        Extractor extractor = new Extractor();
        extractor.setExtractURLWithoutProtocol(false);
        return extractor;
    }

    private static boolean isSpace(char unit) {
        return unit == ' ' || (unit >= '\t' && unit <= '\r');
    }
}
