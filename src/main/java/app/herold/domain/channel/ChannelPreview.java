package app.herold.domain.channel;

import java.util.List;

/**
 * How a post will look on a channel, for the editor to draw in the platform's manner.
 *
 * @param runs the text as the reader sees it, in styled pieces
 * @param foldAfter how many characters of it show before the platform's "… mehr", or -1 when all show
 * @param imageCount how many images the channel will show
 */
public record ChannelPreview(ChannelKind channel, List<PreviewRun> runs, int foldAfter, int imageCount) {

    public ChannelPreview {
        runs = List.copyOf(runs);
    }

    public String text() {
        StringBuilder text = new StringBuilder();
        runs.forEach(run -> text.append(run.text()));
        return text.toString();
    }
}
