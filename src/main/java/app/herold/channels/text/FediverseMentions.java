package app.herold.channels.text;

import com.twitter.twittertext.Regex;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Mentions as Mastodon finds them: "@stadt" and "@stadt@mastodon.social".
 *
 * <p>Not twitter-text's own mention rule: it stops a screen name at 20 letters and digits and drops a
 * mention followed by "@", so it finds nothing in "@stadt@mastodon.social". Mastodon's
 * {@code app/lib/extractor.rb} uses {@code Account::MENTION_RE} ({@code app/models/account.rb}) instead,
 * which this ports:
 * <pre>
 * USERNAME_RE = /[a-z0-9_]+([.-]+[a-z0-9_]+)*&#47;i
 * MENTION_RE  = (?&lt;![=/[:word:]])@((USERNAME_RE)(?:@[[:word:]]+([.-]+[[:word:]]+)*)?)
 * </pre>
 * keeping twitter-text's check on what follows, so "@jürgen" (a username stopped by a letter Mastodon
 * does not allow) is no mention at all rather than a mention of "j". Ruby's {@code [:word:]} is a letter,
 * mark, decimal digit or connector punctuation. The look-behind is why "rathaus@meerane.de" is no mention.
 */
final class FediverseMentions {

    private static final String WORD = "\\p{L}\\p{M}\\p{Nd}\\p{Pc}";

    private static final Pattern MENTION = Pattern.compile("(?<![=/" + WORD + "])@("
            + "[a-zA-Z0-9_]+(?:[.-]+[a-zA-Z0-9_]+)*"
            + "(?:@[" + WORD + "]+(?:[.-]+[" + WORD + "]+)*)?)");

    private FediverseMentions() {
    }

    /** The mentions in text order; value is the handle without the leading '@'. */
    static List<TextEntity> in(String text) {
        List<TextEntity> mentions = new ArrayList<>();
        if (text.indexOf('@') < 0) {
            return mentions;
        }
        Matcher mention = MENTION.matcher(text);
        Matcher invalidEnd = Regex.INVALID_MENTION_MATCH_END.matcher(text);
        while (mention.find()) {
            invalidEnd.region(mention.end(), text.length());
            if (!invalidEnd.lookingAt()) {
                mentions.add(new TextEntity(TextEntity.Kind.MENTION, mention.start(), mention.end(), mention.group(1)));
            }
        }
        return mentions;
    }
}
