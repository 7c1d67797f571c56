package app.herold.ui.common;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One line of text, cut with "…" when its box is narrower: day numbers, "+N more", week numbers.
 * Measures by summing cached character widths instead of laying the text out again and again as
 * a label does per layout pass (see {@link FittedText} for what else a label costs).
 */
public class TextLine extends FittedText {

    private boolean fullMeasured;
    private double fullWidth;
    private Font measuredFont;
    private Runnable action;

    public TextLine(String styleClass) {
        super(styleClass);
    }

    /**
     * Makes the line a link: the hand cursor, a click or a screen reader's "activate" runs
     * {@code action}. Not focusable; the view around it offers the same by keyboard.
     */
    public void setOnAction(Runnable action) {
        setAccessibleRole(AccessibleRole.HYPERLINK);
        setCursor(Cursor.HAND);
        addEventHandler(MouseEvent.MOUSE_CLICKED, event -> {
            if (event.getButton() == MouseButton.PRIMARY) {
                event.consume();
                action.run();
            }
        });
        this.action = action;
    }

    @Override
    public void executeAccessibleAction(AccessibleAction accessibleAction, Object... parameters) {
        if (accessibleAction == AccessibleAction.FIRE && action != null) {
            action.run();
            return;
        }
        super.executeAccessibleAction(accessibleAction, parameters);
    }

    @Override
    protected void textChanged() {
        fullMeasured = false;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + fullWidth() + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + lineHeight() + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return computePrefHeight(width);
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double room = getWidth() - left - snappedRightInset();
        text.setText(fullWidth() <= room + 0.5 ? getText() : cut(getText(), room, text.getFont()));
        text.relocate(left, snappedTopInset());
    }

    private double fullWidth() {
        Font font = text.getFont();
        if (!fullMeasured || !font.equals(measuredFont)) {
            fullWidth = CharacterWidths.of(font).width(getText());
            measuredFont = font;
            fullMeasured = true;
        }
        return fullWidth;
    }

    private double lineHeight() {
        return CharacterWidths.of(text.getFont()).lineHeight();
    }

    /**
     * The longest start of {@code value} that fits {@code room} together with "…", cut between two
     * characters as the user sees them (a letter with its accent, an emoji with its modifier).
     */
    static String cut(String value, double room, Font font) {
        CharacterWidths widths = CharacterWidths.of(font);
        double available = room - widths.width(ELLIPSIS);
        BreakIterator characters = BreakIterator.getCharacterInstance();
        characters.setText(value);
        double used = 0;
        int end = 0;
        for (int next = characters.next(); next != BreakIterator.DONE; next = characters.next()) {
            used += widths.width(value.substring(end, next));
            if (used > available) {
                break;
            }
            end = next;
        }
        return value.substring(0, end).stripTrailing() + ELLIPSIS;
    }

    /**
     * Advance widths per character for one font, measured once each. Summing them ignores kerning,
     * which JavaFX does not apply to this text anyway; a wrong guess costs at most a letter more or
     * less before the "…". All use is on the FX thread.
     */
    static final class CharacterWidths {

        private static final Map<Font, CharacterWidths> BY_FONT = new HashMap<>();

        private final Text measure = new Text();
        private final Map<String, Double> widths = new HashMap<>();
        private final double[] basic = new double[0x250];
        private final double lineHeight;

        private CharacterWidths(Font font) {
            measure.setFont(font);
            measure.setText("Ag");
            lineHeight = measure.getLayoutBounds().getHeight();
            Arrays.fill(basic, -1);
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

        /** Between two letters, so a space (which a lone text's bounds leave out) has its width too. */
        private double measured(String characters) {
            measure.setText("x" + characters + "x");
            double with = measure.getLayoutBounds().getWidth();
            measure.setText("xx");
            return with - measure.getLayoutBounds().getWidth();
        }
    }
}
