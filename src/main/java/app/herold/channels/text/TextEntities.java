package app.herold.channels.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The entities of one text, in text order. Uses twitter-text's com.twitter.twittertext.Extractor.
 *
 * <p>URLs and hashtags follow twitter-text, the library Mastodon itself uses for them; URLs only with
 * http(s):// as Mastodon links them ({@link SchemeUrls}). Mentions follow Mastodon's own rule
 * ({@link FediverseMentions}), because twitter-text knows only "@user". Where two entities overlap, the
 * one that starts first wins, as in twitter-text's and Mastodon's {@code extract_entities_with_indices}.
 * Safe to use from several threads; the time grows in proportion to the text.
 */
public final class TextEntities {

    private final List<TextEntity> all;

    private TextEntities(List<TextEntity> all) {
        this.all = List.copyOf(all);
    }

    public static TextEntities of(String text) {
        Objects.requireNonNull(text, "text");
        List<TextEntity> found = new ArrayList<>(SchemeUrls.in(text));
        found.addAll(Hashtags.in(text));
        found.addAll(FediverseMentions.in(text));
        return new TextEntities(withoutOverlaps(found));
    }

    public List<TextEntity> all() {
        return all;
    }

    public List<TextEntity> hashtags() {
        return only(TextEntity.Kind.HASHTAG);
    }

    public List<TextEntity> mentions() {
        return only(TextEntity.Kind.MENTION);
    }

    public List<TextEntity> urls() {
        return only(TextEntity.Kind.URL);
    }

    /** Keeps of overlapping entities the one that starts first, as twitter-text and Mastodon do. */
    static List<TextEntity> withoutOverlaps(List<TextEntity> entities) {
        List<TextEntity> sorted = new ArrayList<>(entities);
        sorted.sort(Comparator.comparingInt(TextEntity::start));
        List<TextEntity> kept = new ArrayList<>(sorted.size());
        int end = 0;
        for (TextEntity entity : sorted) {
            if (entity.start() >= end) {
                kept.add(entity);
                end = entity.end();
            }
        }
        return kept;
    }

    private List<TextEntity> only(TextEntity.Kind kind) {
        return all.stream().filter(entity -> entity.kind() == kind).toList();
    }
}
