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
        Runs runs = new Runs();
        List<FormattedText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                runs.add("\n", false, false, false);
            }
            FormattedText.Line line = lines.get(i);
            if (line.bullet()) {
                runs.add("• ", false, false, false);
            }
            collect(line.content(), false, false, style, runs);
        }
        return highlightEntities(runs.finish(), style);
    }

    private static void collect(List<Inline> content, boolean bold, boolean italic, Style style, Runs runs) {
        for (Inline piece : content) {
            if (piece instanceof Inline.Bold b) {
                collect(b.content(), bold || style.formatting(), italic, style, runs);
            } else if (piece instanceof Inline.Italic it) {
                collect(it.content(), bold, italic || style.formatting(), style, runs);
            } else if (piece instanceof Inline.Link link) {
                if (style.labelledLinks() || link.labelIsAddress()) {
                    runs.add(style.labelledLinks() ? link.plain() : link.url(), bold, italic,
                            style.labelledLinks() || style.linksUrls());
                } else {
                    runs.add(link.label().strip() + " (", bold, italic, false);
                    runs.add(link.url(), bold, italic, style.linksUrls());
                    runs.add(")", bold, italic, false);
                }
            } else {
                runs.add(piece.plain(), bold, italic, false);
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
        Runs result = new Runs();
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
                result.add(text.substring(start, end), run.bold(), run.italic(), link);
                start = end;
            }
            offset += text.length();
        }
        return result.finish();
    }

    /**
     * Runs being built: a piece in the style of the one before is appended to it. The text of the
     * open run grows in a builder; joining strings at every piece copied the whole run each time,
     * which took seconds for a long text of many short lines.
     */
    private static final class Runs {

        private final List<PreviewRun> done = new ArrayList<>();
        private final StringBuilder open = new StringBuilder();
        private boolean bold;
        private boolean italic;
        private boolean link;

        void add(String text, boolean bold, boolean italic, boolean link) {
            if (text.isEmpty()) {
                return;
            }
            if (!open.isEmpty() && (this.bold != bold || this.italic != italic || this.link != link)) {
                close();
            }
            open.append(text);
            this.bold = bold;
            this.italic = italic;
            this.link = link;
        }

        List<PreviewRun> finish() {
            if (!open.isEmpty()) {
                close();
            }
            return done;
        }

        private void close() {
            done.add(new PreviewRun(open.toString(), bold, italic, link));
            open.setLength(0);
        }
    }
}
