package app.herold.domain.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the small markup of the master text: {@code **bold**}, {@code _italic_},
 * {@code [label](https://…)} and lines starting with "- ", "* " or "• " as bullet items; a
 * backslash keeps the next marker character as it is.
 *
 * <p>Deliberately not CommonMark: the officer pastes texts from letters and e-mails, and CommonMark
 * would turn an indented line into a code block, "1." into a numbered list and "# Sitzung" into a
 * heading. Here only these four marks mean something, and a marker that is not closed on the same
 * line is shown as typed. Underscores inside a word ("#Tag_der_offenen_Tür") are never italics.
 */
final class MasterTextParser {

    private static final Pattern BULLET = Pattern.compile("^[ \\t]*[-*•][ \\t]+(.*)$");
    private static final String ESCAPABLE = "*_[]()\\";

    private MasterTextParser() {
    }

    static FormattedText parse(String masterText) {
        String text = masterText == null ? "" : masterText.replace("\r\n", "\n").replace('\r', '\n');
        List<FormattedText.Line> lines = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher bullet = BULLET.matcher(line);
            if (bullet.matches()) {
                lines.add(new FormattedText.Line(true, inlines(bullet.group(1))));
            } else {
                lines.add(new FormattedText.Line(false, inlines(line)));
            }
        }
        return new FormattedText(lines);
    }

    static List<Inline> inlines(String line) {
        List<Inline> pieces = new ArrayList<>();
        StringBuilder plain = new StringBuilder();
        int i = 0;
        while (i < line.length()) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length() && ESCAPABLE.indexOf(line.charAt(i + 1)) >= 0) {
                plain.append(line.charAt(i + 1));
                i += 2;
                continue;
            }
            if (c == '*' && line.startsWith("**", i)) {
                int close = closingBold(line, i + 2);
                if (close > 0) {
                    flush(plain, pieces);
                    pieces.add(new Inline.Bold(inlines(line.substring(i + 2, close))));
                    i = close + 2;
                    continue;
                }
            }
            if (c == '_' && opensItalic(line, i)) {
                int close = closingItalic(line, i + 1);
                if (close > 0) {
                    flush(plain, pieces);
                    pieces.add(new Inline.Italic(inlines(line.substring(i + 1, close))));
                    i = close + 1;
                    continue;
                }
            }
            if (c == '[') {
                int end = link(line, i, pieces, plain);
                if (end > 0) {
                    i = end;
                    continue;
                }
            }
            plain.append(c);
            i++;
        }
        flush(plain, pieces);
        return pieces;
    }

    private static int closingBold(String line, int from) {
        if (from >= line.length() || Character.isWhitespace(line.charAt(from))) {
            return -1;
        }
        int close = line.indexOf("**", from + 1);
        while (close > 0) {
            if (!Character.isWhitespace(line.charAt(close - 1)) && !escaped(line, close)) {
                return close;
            }
            close = line.indexOf("**", close + 1);
        }
        return -1;
    }

    private static boolean opensItalic(String line, int at) {
        boolean afterWordBoundary = at == 0 || !Character.isLetterOrDigit(line.codePointBefore(at));
        return afterWordBoundary && at + 1 < line.length() && !Character.isWhitespace(line.charAt(at + 1))
                && line.charAt(at + 1) != '_';
    }

    private static int closingItalic(String line, int from) {
        for (int close = line.indexOf('_', from + 1); close > 0; close = line.indexOf('_', close + 1)) {
            boolean touchesText = !Character.isWhitespace(line.charAt(close - 1));
            boolean beforeWordBoundary = close + 1 >= line.length() || !Character.isLetterOrDigit(line.codePointAt(close + 1));
            if (touchesText && beforeWordBoundary && !escaped(line, close)) {
                return close;
            }
        }
        return -1;
    }

    /** {@code [label](url)}: adds the link and returns the index after it, or -1 when it is not one. */
    private static int link(String line, int open, List<Inline> pieces, StringBuilder plain) {
        int labelEnd = line.indexOf("](", open + 1);
        if (labelEnd < 0) {
            return -1;
        }
        int urlEnd = line.indexOf(')', labelEnd + 2);
        if (urlEnd < 0) {
            return -1;
        }
        String label = line.substring(open + 1, labelEnd);
        String url = line.substring(labelEnd + 2, urlEnd).strip();
        if (label.indexOf('[') >= 0 || !isAddress(url)) {
            return -1;
        }
        flush(plain, pieces);
        pieces.add(new Inline.Link(label, url));
        return urlEnd + 1;
    }

    static boolean isAddress(String url) {
        String lower = url.toLowerCase(java.util.Locale.ROOT);
        return (lower.startsWith("https://") || lower.startsWith("http://") || lower.startsWith("mailto:"))
                && url.chars().noneMatch(Character::isWhitespace) && url.length() > 8;
    }

    private static boolean escaped(String line, int at) {
        int backslashes = 0;
        for (int i = at - 1; i >= 0 && line.charAt(i) == '\\'; i--) {
            backslashes++;
        }
        return backslashes % 2 == 1;
    }

    private static void flush(StringBuilder plain, List<Inline> pieces) {
        if (plain.length() > 0) {
            pieces.add(new Inline.Plain(plain.toString()));
            plain.setLength(0);
        }
    }
}
