package app.herold.ui.common;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * One line of text in a styleable box, cut with "…" when the box is narrower than the text: the
 * light counterpart of a {@code Label} for what the calendar refills at every page turn (day
 * numbers, "+N more", card titles). A label's skin replaces its text node whenever the text
 * changes, so JavaFX matches every stylesheet rule again for it, and it measures the text several
 * times per layout; on a month page that was a large share of a page turn.
 *
 * <p>The box takes padding and background from the stylesheet through its own style class; the
 * text inside has the style class {@value #TEXT_STYLE_CLASS} (colour: {@code -fx-fill}; font size
 * may sit on the box, fonts are inherited).
 */
public class TextLine extends Region {

    public static final String TEXT_STYLE_CLASS = "text-line";
    private static final String ELLIPSIS = "…";

    private final Text text = new Text();
    private String full = "";
    private boolean fullMeasured;
    private double fullWidth;
    private Font measuredFont;
    private Runnable action;

    public TextLine(String styleClass) {
        getStyleClass().add(styleClass);
        text.getStyleClass().add(TEXT_STYLE_CLASS);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        getChildren().add(text);
        setAccessibleRole(AccessibleRole.TEXT);
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

    public String getText() {
        return full;
    }

    public void setText(String value) {
        String newText = value == null ? "" : value;
        if (newText.equals(full)) {
            return;
        }
        full = newText;
        fullMeasured = false;
        text.setText(newText);
        requestLayout();
    }

    /** The text as shown; shorter than {@link #getText()} with a trailing "…" when it did not fit. */
    public String shownText() {
        return text.getText();
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
        text.setText(fullWidth() <= room + 0.5 ? full : cut(full, room, text.getFont()));
        text.relocate(left, snappedTopInset());
    }

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return full;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private double fullWidth() {
        Font font = text.getFont();
        if (!fullMeasured || !font.equals(measuredFont)) {
            fullWidth = CharacterWidths.of(font).width(full);
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
