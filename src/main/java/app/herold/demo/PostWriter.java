package app.herold.demo;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a post's title and text from its template: one of the texts, and for some posts a list,
 * a link to the town's website and hashtags at the end, where screen readers expect them.
 */
final class PostWriter {

    private static final String[] MORE_INFO = {"Mehr Informationen: ", "Alle Details: ", "Mehr dazu: "};
    private static final int LINK_SHARE = 30;
    private static final int HASHTAG_SHARE = 40;

    private final SplittableRandom random;
    private final StringBuilder text = new StringBuilder(1024);

    PostWriter(SplittableRandom random) {
        this.random = random;
    }

    String title(PostTemplate template, SlotValues values) {
        return pick(template.titles()).render(values);
    }

    String text(PostTemplate template, SlotValues values) {
        text.setLength(0);
        TextPattern body = pick(template.bodies());
        body.appendTo(text, values);
        if (template.isIdea()) {
            return text.toString();
        }
        if (template.bullets() != null && random.nextInt(100) < template.bulletShare()) {
            text.append("\n\n");
            template.bullets().appendTo(text, values);
        }
        String url = template.topic().moreInfoUrl();
        if (url != null && !body.contains("https://") && random.nextInt(100) < LINK_SHARE) {
            text.append("\n\n").append(MORE_INFO[random.nextInt(MORE_INFO.length)]).append(url);
        }
        if (!template.quiet() && random.nextInt(100) < HASHTAG_SHARE) {
            appendHashtags(template.topic().hashtags());
        }
        return text.toString();
    }

    /** #Meerane first, then none, one or two of the topic's own. */
    private void appendHashtags(List<String> topicTags) {
        text.append("\n\n#Meerane");
        int extra = random.nextInt(Math.min(2, topicTags.size()) + 1);
        if (extra == 1) {
            text.append(' ').append(topicTags.get(random.nextInt(topicTags.size())));
        } else if (extra == 2) {
            text.append(' ').append(topicTags.get(0)).append(' ').append(topicTags.get(1));
        }
    }

    private TextPattern pick(List<TextPattern> patterns) {
        return patterns.size() == 1 ? patterns.get(0) : patterns.get(random.nextInt(patterns.size()));
    }
}
