package app.herold.domain.rules;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.Map;

/**
 * The SHA-256 of what the public sees of a post, written into the audit log so that a confirmation
 * names the exact content the officer let through; a later edit gives another fingerprint.
 *
 * <p>The canonical form is UTF-8 text, one field per line, each line ending in {@code \n}; a line is
 * its label, a tab, and its values separated by tabs. Values are escaped so that none holds a line
 * break or a tab: a backslash is written {@code \\}, a line feed {@code \n}, a carriage return
 * {@code \r}, a tab {@code \t}. In this order:
 * <pre>
 * title    TITLE
 * text     MASTER TEXT
 * variant  CHANNEL-ID  TEXT         one line per channel with its own text, by channel id
 * image    MEDIA-FILE  ALT-TEXT     one line per picture, in the post's order (the first one leads)
 * planned  INSTANT     ZONE         the instant in ISO-8601 UTC to the second and the IANA zone;
 *                                   "planned" alone for an idea without a date
 * channel  CHANNEL-ID               one line per target channel, by channel id
 * </pre>
 *
 * <p>Left out because the public does not see them or they do not change the statement: the id,
 * the status, the creation and change times, tags, notes, the accounts, and a picture's focus and fit
 * (which move the crop, not what is said). A status change therefore keeps the fingerprint.
 */
public final class PostFingerprint {

    private PostFingerprint() {
    }

    public static String sha256(Post post) {
        return Sha256.hex(canonicalForm(post));
    }

    static String canonicalForm(Post post) {
        StringBuilder form = new StringBuilder();
        line(form, "title", post.title());
        line(form, "text", post.text());
        post.variants().entrySet().stream()
                .sorted(Map.Entry.comparingByKey(Comparator.comparing(ChannelKind::id)))
                .forEach(variant -> line(form, "variant", variant.getKey().id(), variant.getValue()));
        for (PostImage image : post.images()) {
            line(form, "image", image.mediaFile(), image.altText());
        }
        if (post.schedule() == null) {
            line(form, "planned");
        } else {
            // To the second: plans are made in minutes, while the editor's value may carry nanoseconds that
            // the database does not keep; the post before and after saving must give the same fingerprint.
            String planned = DateTimeFormatter.ISO_INSTANT.format(post.schedule().at().truncatedTo(ChronoUnit.SECONDS));
            line(form, "planned", planned, post.schedule().zone().getId());
        }
        post.channels().stream().map(ChannelKind::id).sorted()
                .forEach(channel -> line(form, "channel", channel));
        return form.toString();
    }

    private static void line(StringBuilder form, String label, String... values) {
        form.append(label);
        for (String value : values) {
            form.append('\t').append(Sha256.escape(value));
        }
        form.append('\n');
    }
}
