package app.herold.exchange.ics;

import java.nio.charset.StandardCharsets;

/**
 * Folds content lines at 75 octets of UTF-8, as RFC 5545 §3.1 asks, and never inside a character.
 * biweekly's writer counts characters, so a German line could grow to 80 octets and more; strict
 * readers cut such lines where they like.
 */
final class IcsLines {

    static final int MAX_OCTETS = 75;
    private static final String LINE_END = "\r\n";

    private IcsLines() {
    }

    /** {@code unfolded}: lines ended by CRLF, none folded yet. */
    static String fold(String unfolded) {
        StringBuilder folded = new StringBuilder(unfolded.length() + unfolded.length() / 20);
        for (String line : unfolded.split(LINE_END)) {
            int octets = 0;
            for (int index = 0; index < line.length(); ) {
                int codePoint = line.codePointAt(index);
                int width = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
                if (octets + width > MAX_OCTETS) {
                    // The space that starts the continuation counts towards its 75 octets.
                    folded.append(LINE_END).append(' ');
                    octets = 1;
                }
                folded.appendCodePoint(codePoint);
                octets += width;
                index += Character.charCount(codePoint);
            }
            folded.append(LINE_END);
        }
        return folded.toString();
    }
}
