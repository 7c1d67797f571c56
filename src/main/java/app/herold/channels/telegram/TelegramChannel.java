package app.herold.channels.telegram;

import app.herold.channels.common.PreviewRuns;
import app.herold.channels.common.StandardChannel;
import app.herold.channels.text.TextEntities;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.RenderedText;
import app.herold.domain.channel.Severity;
import app.herold.domain.text.FormattedText;
import app.herold.domain.text.Inline;
import java.util.List;

/**
 * A Telegram channel, posted to by a bot. The text goes out in Telegram's HTML parse mode: only
 * three characters need escaping there (MarkdownV2 has eighteen, platforms.md), and links keep
 * their labels. The limits count the text as the reader sees it, "after entities parsing".
 */
public final class TelegramChannel extends StandardChannel {

    public TelegramChannel(ChannelLimits limits) {
        super(limits);
    }

    @Override
    public RenderedText render(ChannelDraft draft) {
        FormattedText text = FormattedText.parse(draft.text());
        StringBuilder html = new StringBuilder();
        StringBuilder visible = new StringBuilder();
        List<FormattedText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                html.append('\n');
                visible.append('\n');
            }
            if (lines.get(i).bullet()) {
                html.append("• ");
                visible.append("• ");
            }
            append(lines.get(i).content(), html, visible);
        }
        return new RenderedText(kind(), html.toString(), visible.toString());
    }

    @Override
    protected PreviewRuns.Style previewStyle() {
        return new PreviewRuns.Style(true, true, true, true, true);
    }

    @Override
    protected void addChannelFindings(ChannelDraft draft, String visible, TextEntities entities, List<Finding> findings) {
        int captionLimit = limits().captionLimit();
        if (!draft.images().isEmpty() && captionLimit > 0 && length(visible) > captionLimit
                && length(visible) <= limits().textLimit()) {
            findings.add(Finding.of("text.caption", Severity.INFO, "finding.telegram.caption", captionLimit,
                    limits().textLimit()));
        }
    }

    private static void append(List<Inline> content, StringBuilder html, StringBuilder visible) {
        for (Inline piece : content) {
            if (piece instanceof Inline.Bold bold) {
                html.append("<b>");
                append(bold.content(), html, visible);
                html.append("</b>");
            } else if (piece instanceof Inline.Italic italic) {
                html.append("<i>");
                append(italic.content(), html, visible);
                html.append("</i>");
            } else if (piece instanceof Inline.Link link) {
                String label = link.plain();
                html.append("<a href=\"").append(escapeAttribute(link.url())).append("\">").append(escape(label))
                        .append("</a>");
                visible.append(label);
            } else {
                html.append(escape(piece.plain()));
                visible.append(piece.plain());
            }
        }
    }

    /** "All <, > and & symbols that are not a part of a tag or an HTML entity must be replaced" (Bot API). */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static String escapeAttribute(String text) {
        return escape(text).replace("\"", "&quot;");
    }
}
