package app.herold.domain.channel;

import java.util.List;

/** The text (in the master text's markup) and the images of a post, as one channel would get them. */
public record ChannelDraft(String text, List<DraftImage> images) {

    public ChannelDraft {
        text = text == null ? "" : text;
        images = List.copyOf(images);
    }

    public static ChannelDraft textOnly(String text) {
        return new ChannelDraft(text, List.of());
    }
}
