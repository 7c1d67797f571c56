package app.herold.domain.text;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The master text of a post as the officer formatted it: its lines, each a bullet item or not,
 * each made of {@link Inline} pieces. Every channel renders it in its own way (WhatsApp markers,
 * Telegram HTML, plain text elsewhere); the lines and blank lines stay exactly as typed.
 */
public record FormattedText(List<Line> lines) {

    public FormattedText {
        lines = List.copyOf(lines);
    }

    /** One line of the text. {@code bullet} lines were typed as "- ", "* " or "• " items. */
    public record Line(boolean bullet, List<Inline> content) {
        public Line {
            content = List.copyOf(content);
        }

        public String plain() {
            return plainOf(content);
        }
    }

    public static FormattedText parse(String masterText) {
        return MasterTextParser.parse(masterText);
    }

    /** What a reader sees without formatting: bullets as "• ", links by their label (or address). */
    public String plain() {
        return lines.stream().map(line -> (line.bullet() ? "• " : "") + line.plain()).collect(Collectors.joining("\n"));
    }

    static String plainOf(List<Inline> content) {
        StringBuilder text = new StringBuilder();
        for (Inline piece : content) {
            text.append(piece.plain());
        }
        return text.toString();
    }
}
