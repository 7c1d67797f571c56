package app.herold.ui.common;

import javafx.scene.AccessibleAction;
import javafx.scene.AccessibleRole;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.text.Font;

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
        text.setText(fullWidth() <= room + 0.5 ? getText() : CharacterWidths.of(text.getFont()).cut(getText(), room));
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
}
