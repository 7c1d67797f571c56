package app.herold.channels.whatsapp;

import app.herold.channels.common.PlainText;
import app.herold.channels.common.PreviewRuns;
import app.herold.channels.common.StandardChannel;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.RenderedText;
import app.herold.domain.text.FormattedText;
import app.herold.domain.text.Inline;
import java.util.List;

/**
 * A WhatsApp channel. There is no API to post to channels (platforms.md), so Herold prepares the
 * text in WhatsApp's own formatting and the officer pastes it: {@code *bold*}, {@code _italic_},
 * "- " list items, and links written out, since WhatsApp has no link labels.
 */
public final class WhatsAppChannel extends StandardChannel {

    public WhatsAppChannel(ChannelLimits limits) {
        super(limits);
    }

    @Override
    public RenderedText render(ChannelDraft draft) {
        FormattedText text = FormattedText.parse(draft.text());
        StringBuilder out = new StringBuilder();
        List<FormattedText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            if (lines.get(i).bullet()) {
                out.append("- ");
            }
            append(lines.get(i).content(), out);
        }
        return new RenderedText(kind(), out.toString(), PlainText.render(text));
    }

    @Override
    protected PreviewRuns.Style previewStyle() {
        // WhatsApp shows its markers as formatting and links web addresses, not hashtags or mentions.
        return new PreviewRuns.Style(true, false, false, false, true);
    }

    private static void append(List<Inline> content, StringBuilder out) {
        for (Inline piece : content) {
            if (piece instanceof Inline.Bold bold) {
                wrap(bold.content(), "*", out);
            } else if (piece instanceof Inline.Italic italic) {
                wrap(italic.content(), "_", out);
            } else if (piece instanceof Inline.Link link) {
                out.append(PlainText.linkText(link));
            } else {
                out.append(piece.plain());
            }
        }
    }

    /**
     * WhatsApp formats "*word*" only when the markers touch the words: spaces at the edges of a bold
     * stretch go outside the markers, and an empty stretch gets none.
     */
    private static void wrap(List<Inline> content, String marker, StringBuilder out) {
        StringBuilder inner = new StringBuilder();
        append(content, inner);
        String words = inner.toString();
        String stripped = words.strip();
        if (stripped.isEmpty()) {
            out.append(words);
            return;
        }
        int leading = words.indexOf(stripped);
        out.append(words, 0, leading).append(marker).append(stripped).append(marker)
                .append(words.substring(leading + stripped.length()));
    }
}
