package app.herold.channels.text;

import com.twitter.twittertext.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Hashtags by twitter-text's rules: Unicode letters ("#Bürgerbüro"), not digits only ("#1"), not followed
 * by "#" or "://". Hashtags inside URLs are dropped where all entities meet ({@link TextEntities}).
 *
 * <p>twitter-text's Extractor copies the rest of the text after every hashtag, which grows with the
 * square of a long text, and its expression tests every character against a class of thousands of
 * letters before it looks for "#": about 45 ms for 63,000 characters. A hashtag match is one character
 * (one code point, so up to two UTF-16 units) or the start of the text, then "#" or "＃"; so only the
 * positions up to two units before a hash sign can start one. Trying those positions in order, each as
 * {@code find} would try it, finds the same hashtags. A test compares the result with twitter-text's.
 */
final class Hashtags {

    private Hashtags() {
    }

    static List<TextEntity> in(String text) {
        List<TextEntity> hashtags = new ArrayList<>();
        Matcher hashtag = Regex.VALID_HASHTAG.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher invalidEnd = Regex.INVALID_HASHTAG_MATCH_END.matcher(text);
        int searchedUpTo = 0;
        for (int sign = hashSign(text, 0); sign >= 0; sign = hashSign(text, sign + 1)) {
            for (int start = Math.max(searchedUpTo, sign - 2); start <= sign; start++) {
                hashtag.region(start, text.length());
                if (hashtag.lookingAt()) {
                    searchedUpTo = hashtag.end();
                    invalidEnd.region(hashtag.end(), text.length());
                    if (!invalidEnd.lookingAt()) {
                        int tag = Regex.VALID_HASHTAG_GROUP_TAG;
                        hashtags.add(new TextEntity(TextEntity.Kind.HASHTAG, hashtag.start(tag) - 1,
                                hashtag.end(tag), hashtag.group(tag)));
                    }
                    break;
                }
            }
        }
        return hashtags;
    }

    private static int hashSign(String text, int from) {
        for (int index = from; index < text.length(); index++) {
            char unit = text.charAt(index);
            if (unit == '#' || unit == '＃') {
                return index;
            }
        }
        return -1;
    }
}
