package app.herold.channels.common;

import app.herold.domain.text.FormattedText;
import app.herold.domain.text.Inline;
import java.util.List;

/**
 * The master text for channels that take plain text only (Instagram, Facebook, Mastodon, Bluesky).
 * Bold and italics become plain words, never Unicode's "mathematical" letters, which screen readers
 * spell out letter by letter and search does not find. A labelled link keeps its address in
 * brackets after the label; bullets become "•".
 */
public final class PlainText {

    private PlainText() {
    }

    public static String render(FormattedText text) {
        StringBuilder out = new StringBuilder();
        List<FormattedText.Line> lines = text.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                out.append('\n');
            }
            FormattedText.Line line = lines.get(i);
            if (line.bullet()) {
                out.append("• ");
            }
            append(line.content(), out);
        }
        return out.toString();
    }

    private static void append(List<Inline> content, StringBuilder out) {
        for (Inline piece : content) {
            if (piece instanceof Inline.Bold bold) {
                append(bold.content(), out);
            } else if (piece instanceof Inline.Italic italic) {
                append(italic.content(), out);
            } else if (piece instanceof Inline.Link link) {
                out.append(linkText(link));
            } else {
                out.append(piece.plain());
            }
        }
    }

    /** "Tagesordnung (https://…)", or the address alone when the label only repeats it. */
    public static String linkText(Inline.Link link) {
        return link.labelIsAddress() ? link.url() : link.label().strip() + " (" + link.url() + ")";
    }
}
