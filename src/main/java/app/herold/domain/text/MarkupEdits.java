package app.herold.domain.text;

/**
 * What the editor's formatting buttons and shortcuts do to the master text: wrap the selection in
 * the markup {@link MasterTextParser} reads, or take it away again when it is already there, the
 * way a word processor's "Bold" button toggles.
 */
public final class MarkupEdits {

    /** The text after an edit and the selection to show in it. */
    public record Edit(String text, int selectionStart, int selectionEnd) {
    }

    private static final String BOLD = "**";
    private static final String ITALIC = "_";
    private static final String BULLET = "- ";

    private MarkupEdits() {
    }

    public static Edit toggleBold(String text, int start, int end) {
        return toggleWrap(text, start, end, BOLD);
    }

    public static Edit toggleItalic(String text, int start, int end) {
        return toggleWrap(text, start, end, ITALIC);
    }

    /**
     * Turns the lines the selection touches into bullet items, or back into plain lines when all of
     * them already are.
     */
    public static Edit toggleBullets(String text, int start, int end) {
        int from = Math.min(start, end);
        int to = Math.max(start, end);
        int firstLine = text.lastIndexOf('\n', from - 1) + 1;
        int lastLineEnd = text.indexOf('\n', to > from && to > 0 && text.charAt(to - 1) == '\n' ? to - 1 : to);
        if (lastLineEnd < 0) {
            lastLineEnd = text.length();
        }
        String[] lines = text.substring(firstLine, lastLineEnd).split("\n", -1);
        boolean allBullets = true;
        for (String line : lines) {
            allBullets &= isBullet(line);
        }
        StringBuilder changed = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                changed.append('\n');
            }
            String line = lines[i];
            if (allBullets) {
                changed.append(line.stripLeading().substring(1).stripLeading());
            } else if (isBullet(line) || line.isBlank() && lines.length > 1) {
                changed.append(line);
            } else {
                changed.append(BULLET).append(line);
            }
        }
        String result = text.substring(0, firstLine) + changed + text.substring(lastLineEnd);
        return new Edit(result, firstLine, firstLine + changed.length());
    }

    /** Makes the selected words a link to {@code url}; with nothing selected the address is its own label. */
    public static Edit insertLink(String text, int start, int end, String url) {
        int from = Math.min(start, end);
        int to = Math.max(start, end);
        String address = url.strip();
        String label = text.substring(from, to).strip();
        if (label.isEmpty()) {
            label = address;
        }
        String link = "[" + label.replace("]", "\\]") + "](" + address + ")";
        String result = text.substring(0, from) + link + text.substring(to);
        return new Edit(result, from + link.length(), from + link.length());
    }

    private static boolean isBullet(String line) {
        String stripped = line.stripLeading();
        return stripped.length() >= 2 && "-*•".indexOf(stripped.charAt(0)) >= 0
                && (stripped.charAt(1) == ' ' || stripped.charAt(1) == '\t');
    }

    private static Edit toggleWrap(String text, int start, int end, String marker) {
        int from = Math.min(start, end);
        int to = Math.max(start, end);
        // A double-click selects a word with its trailing space; markers must touch the word.
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        int m = marker.length();
        boolean wrappedOutside = from >= m && to + m <= text.length()
                && text.startsWith(marker, from - m) && text.startsWith(marker, to);
        if (wrappedOutside && (marker.equals(BOLD) || !text.startsWith(BOLD, to))) {
            String result = text.substring(0, from - m) + text.substring(from, to) + text.substring(to + m);
            return new Edit(result, from - m, to - m);
        }
        boolean wrappedInside = to - from >= 2 * m && text.startsWith(marker, from) && text.startsWith(marker, to - m);
        if (wrappedInside) {
            String result = text.substring(0, from) + text.substring(from + m, to - m) + text.substring(to);
            return new Edit(result, from, to - 2 * m);
        }
        String result = text.substring(0, from) + marker + text.substring(from, to) + marker + text.substring(to);
        return new Edit(result, from + m, to + m);
    }
}
