package app.herold.ui.common;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Advance widths per character for one font, measured once each, so {@link FittedText}s and the
 * compact cards' headlines can measure and cut text without laying it out again. Summing them
 * ignores kerning, which JavaFX does not apply to this text anyway; a wrong guess costs at most a
 * letter more or less before the "…". All use is on the FX thread.
 */
final class CharacterWidths {

    private static final Map<Font, CharacterWidths> BY_FONT = new HashMap<>();

    private final Text measure = new Text();
    private final Map<String, Double> widths = new HashMap<>();
    private final double[] basic = new double[0x250];
    private final double lineHeight;

    /**
     * The letters, digits and marks of German and English text, measured together in one layout when
     * a font is first used: one by one, each took two layouts, and the first month page measures
     * a few hundred characters in three fonts.
     */
    private static final String COMMON = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`"
            + "abcdefghijklmnopqrstuvwxyz{|}~ÄÖÜäöüß§°«»´·–„“”‘’…";

    private CharacterWidths(Font font) {
        measure.setFont(font);
        measure.setText("Ag");
        lineHeight = measure.getLayoutBounds().getHeight();
        Arrays.fill(basic, -1);
        measure.setText(COMMON);
        double start = caretX(0, true);
        for (int index = 0; index < COMMON.length(); index++) {
            double end = index + 1 < COMMON.length() ? caretX(index + 1, true) : caretX(index, false);
            char measured = COMMON.charAt(index);
            if (measured < basic.length) {
                basic[measured] = end - start;
            } else {
                widths.put(String.valueOf(measured), end - start);
            }
            start = end;
        }
    }

    private double caretX(int index, boolean leading) {
        for (javafx.scene.shape.PathElement element : measure.caretShape(index, leading)) {
            if (element instanceof javafx.scene.shape.MoveTo move) {
                return move.getX();
            }
        }
        throw new IllegalStateException("no caret at " + index);
    }

    static CharacterWidths of(Font font) {
        return BY_FONT.computeIfAbsent(font, CharacterWidths::new);
    }

    double lineHeight() {
        return lineHeight;
    }

    double width(String value) {
        double sum = 0;
        for (int index = 0; index < value.length(); ) {
            int next = value.offsetByCodePoints(index, 1);
            char first = value.charAt(index);
            if (next == index + 1 && first < basic.length) {
                if (basic[first] < 0) {
                    basic[first] = measured(String.valueOf(first));
                }
                sum += basic[first];
            } else {
                sum += widths.computeIfAbsent(value.substring(index, next), this::measured);
            }
            index = next;
        }
        return sum;
    }

    /**
     * The longest start of {@code value} that fits {@code room} together with "…", cut between two
     * characters as the user sees them (a letter with its accent, an emoji with its modifier).
     */
    String cut(String value, double room) {
        double available = room - width(FittedText.ELLIPSIS);
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(value);
        double used = 0;
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            used += width(value.substring(end, next));
            if (used > available) {
                break;
            }
            end = next;
        }
        return value.substring(0, end).stripTrailing() + FittedText.ELLIPSIS;
    }

    /** Between two letters, so a space (which a lone text's bounds leave out) has its width too. */
    double measured(String characters) {
        measure.setText("x" + characters + "x");
        double with = measure.getLayoutBounds().getWidth();
        measure.setText("xx");
        return with - measure.getLayoutBounds().getWidth();
    }
}
