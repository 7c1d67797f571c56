package app.herold.domain.post;

import app.herold.domain.channel.ChannelKind;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * What the calendar needs to draw a card: enough to show and sort it, without the full text,
 * notes or image list, so that a month with thousands of posts loads quickly.
 *
 * @param snippet the start of the text (at most {@link #SNIPPET_LENGTH} characters)
 * @param firstImage the media file of the first image, or null
 */
public record PostSummary(
        PostId id,
        String title,
        String snippet,
        Schedule schedule,
        PostStatus status,
        Set<ChannelKind> channels,
        List<String> tags,
        String firstImage) {

    public static final int SNIPPET_LENGTH = 240;

    public PostSummary {
        title = title == null ? "" : title;
        snippet = snippet == null ? "" : snippet;
        channels = channels == null || channels.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.noneOf(ChannelKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        tags = tags == null ? List.of() : List.copyOf(tags);
    }

    public static PostSummary of(Post post) {
        String text = post.text();
        String snippet = text.length() > SNIPPET_LENGTH ? text.substring(0, SNIPPET_LENGTH) : text;
        String firstImage = post.images().isEmpty() ? null : post.images().get(0).mediaFile();
        return new PostSummary(post.id(), post.title(), snippet, post.schedule(), post.status(), post.channels(),
                post.tags(), firstImage);
    }

    public String headline() {
        return PostText.headline(title, snippet);
    }

    public boolean isIdea() {
        return schedule == null;
    }
}
