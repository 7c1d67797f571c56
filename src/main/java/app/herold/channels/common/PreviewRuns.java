package app.herold.channels.common;

import app.herold.channels.text.TextEntities;
import app.herold.channels.text.TextEntity;
import app.herold.domain.channel.PreviewRun;
import app.herold.domain.text.FormattedText;
import app.herold.domain.text.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Builds a preview's styled pieces from the master text, the way a platform shows it: with or
 * without bold and italics, links under their label or with their address, and the hashtags,
 * mentions and addresses the platform turns into links.
 */
public final class PreviewRuns {

    /** What a platform shows of the formatting and which entities it links. */
    public record Style(boolean formatting, boolean labelledLinks, boolean linksHashtags, boolean linksMentions,
                        boolean linksUrls) {
    }

    private PreviewRuns() {
    }

    public static List<PreviewRun> of(FormattedText text, Style style) {
        List<PreviewRun> runs = new ArrayList<>();
        List<FormattedText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                add(runs, "\n", false, false, false);
            }
            FormattedText.Line line = lines.get(i);
            if (line.bullet()) {
                add(runs, "• ", false, false, false);
            }
            collect(line.content(), false, false, style, runs);
        }
        return highlightEntities(runs, style);
    }

    private static void collect(List<Inline> content, boolean bold, boolean italic, Style style, List<PreviewRun> runs) {
        for (Inline piece : content) {
            if (piece instanceof Inline.Bold b) {
                collect(b.content(), bold || style.formatting(), italic, style, runs);
            } else if (piece instanceof Inline.Italic it) {
                collect(it.content(), bold, italic || style.formatting(), style, runs);
            } else if (piece instanceof Inline.Link link) {
                if (style.labelledLinks() || link.labelIsAddress()) {
                    add(runs, style.labelledLinks() ? link.plain() : link.url(), bold, italic, style.labelledLinks() || style.linksUrls());
                } else {
                    add(runs, link.label().strip() + " (", bold, italic, false);
                    add(runs, link.url(), bold, italic, style.linksUrls());
                    add(runs, ")", bold, italic, false);
                }
            } else {
                add(runs, piece.plain(), bold, italic, false);
            }
        }
    }

    /** Splits the unlinked runs where the platform links a hashtag, mention or address by itself. */
    private static List<PreviewRun> highlightEntities(List<PreviewRun> runs, Style style) {
        StringBuilder whole = new StringBuilder();
        runs.forEach(run -> whole.append(run.text()));
        boolean[] linked = new boolean[whole.length()];
        for (TextEntity entity : TextEntities.of(whole.toString()).all()) {
            boolean links = switch (entity.kind()) {
                case HASHTAG -> style.linksHashtags();
                case MENTION -> style.linksMentions();
                case URL -> style.linksUrls();
            };
            if (links) {
                for (int i = entity.start(); i < entity.end(); i++) {
                    linked[i] = true;
                }
            }
        }
        List<PreviewRun> result = new ArrayList<>();
        int offset = 0;
        for (PreviewRun run : runs) {
            int start = 0;
            String text = run.text();
            while (start < text.length()) {
                boolean link = run.link() || linked[offset + start];
                int end = start + 1;
                while (end < text.length() && (run.link() || linked[offset + end]) == link) {
                    end++;
                }
                add(result, text.substring(start, end), run.bold(), run.italic(), link);
                start = end;
            }
            offset += text.length();
        }
        return result;
    }

    private static void add(List<PreviewRun> runs, String text, boolean bold, boolean italic, boolean link) {
        if (text.isEmpty()) {
            return;
        }
        if (!runs.isEmpty()) {
            PreviewRun last = runs.get(runs.size() - 1);
            if (last.bold() == bold && last.italic() == italic && last.link() == link) {
                runs.set(runs.size() - 1, new PreviewRun(last.text() + text, bold, italic, link));
                return;
            }
        }
        runs.add(new PreviewRun(text, bold, italic, link));
    }
}
