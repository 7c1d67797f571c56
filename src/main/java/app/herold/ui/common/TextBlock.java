package app.herold.ui.common;

import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.scene.text.Font;
import javafx.scene.text.Text;

/**
 * Text wrapped over at most {@code maxLines} lines, the last one ending in "…" when the text is
 * longer: the week cards' headline and snippet. A wrapping {@code Label} does the same, but lays
 * its text out many times per layout pass and replaces its text node at every change (so all
 * stylesheet rules are matched again); a week page turn changed some 60 of them and cost two to
 * three frames with the launchers' JIT settings.
 */
public final class TextBlock extends FittedText {

    /** Measures heights for parents' questions; all use is on the FX thread. */
    private static final Text MEASURE = new Text();

    private final int maxLines;
    /** The wrapping width the shown text was fitted to, or -1 when it must be fitted again. */
    private double fittedWidth = -1;
    private Font fittedFont;
    private double measuredWidth = -1;
    private String measuredText;
    private Font measuredFont;
    private int measuredLines;

    public TextBlock(String styleClass, int maxLines) {
        super(styleClass);
        this.maxLines = maxLines;
    }

    @Override
    protected void textChanged() {
        fittedWidth = -1;
    }

    @Override
    public Orientation getContentBias() {
        return Orientation.HORIZONTAL;
    }

    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + CharacterWidths.of(text.getFont()).width(getText()) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (getText().isEmpty()) {
            return snappedTopInset() + snappedBottomInset();
        }
        double line = lineHeight();
        // Without a width the text does not wrap: its lines are its line breaks.
        int lines = width < 0 ? (int) getText().lines().count()
                : linesAt(Math.max(1, width - snappedLeftInset() - snappedRightInset()), line);
        return snappedTopInset() + Math.min(maxLines, lines) * line + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return snappedTopInset() + snappedBottomInset();
    }

    @Override
    protected void layoutChildren() {
        fit(Math.max(1, getWidth() - snappedLeftInset() - snappedRightInset()));
        text.relocate(snappedLeftInset(), snappedTopInset());
    }

    /** Wraps the text to {@code width}; cuts it after {@link #maxLines} lines. Nothing to do for the same width. */
    private void fit(double width) {
        if (Math.abs(width - fittedWidth) < 0.5 && text.getFont().equals(fittedFont)) {
            return;
        }
        fittedWidth = width;
        fittedFont = text.getFont();
        text.setWrappingWidth(width);
        text.setText(longestThatCouldShow(width));
        double line = lineHeight();
        int lines = lines(line);
        remember(width, lines);
        if (lines > maxLines) {
            // The character at the end of the last line allowed, then back off until "…" fits too.
            String laidOut = text.getText();
            int end = text.hitTest(new Point2D(width - 1, maxLines * line - line / 2)).getCharIndex();
            end = Math.max(0, Math.min(end, laidOut.length()));
            String cut = laidOut.substring(0, end).stripTrailing();
            text.setText(cut + ELLIPSIS);
            while (lines(line) > maxLines && !cut.isEmpty()) {
                cut = cut.substring(0, cut.offsetByCodePoints(cut.length(), -1)).stripTrailing();
                text.setText(cut + ELLIPSIS);
            }
        }
    }

    /**
     * The text, or for a long one only as much as {@code maxLines} lines of {@code width} could ever
     * hold with generous room (a thin letter for each): a snippet has up to 240 characters, three
     * lines show 60, and laying out wrapped text costs by its length. Cut at a word where possible.
     */
    private String longestThatCouldShow(double width) {
        double thinnest = CharacterWidths.of(text.getFont()).width("i");
        int most = (int) Math.min(Integer.MAX_VALUE, Math.ceil((maxLines + 1) * width / Math.max(1, thinnest)));
        String full = getText();
        if (full.length() <= most) {
            return full;
        }
        int space = full.lastIndexOf(' ', most);
        return full.substring(0, space > most / 2 ? space : most);
    }

    /**
     * How many lines the text takes at {@code width} (more than {@link #maxLines} is all that counts
     * for a long one), measured on a separate node: parents
     * ask for heights at widths the block is never given, and the shown text must stay fitted to
     * the width it has.
     */
    private int linesAt(double width, double lineHeight) {
        if (Math.abs(width - measuredWidth) >= 0.5 || !getText().equals(measuredText)
                || !text.getFont().equals(measuredFont)) {
            MEASURE.setFont(text.getFont());
            MEASURE.setWrappingWidth(width);
            MEASURE.setText(longestThatCouldShow(width));
            remember(width, (int) Math.round(MEASURE.getLayoutBounds().getHeight() / lineHeight));
        }
        return measuredLines;
    }

    /** The whole text takes {@code lines} lines at {@code width}: fitting the shown text finds that out too. */
    private void remember(double width, int lines) {
        measuredLines = Math.max(1, lines);
        measuredWidth = width;
        measuredText = getText();
        measuredFont = text.getFont();
    }

    private int lines(double lineHeight) {
        return (int) Math.round(text.getLayoutBounds().getHeight() / lineHeight);
    }

    private double lineHeight() {
        return CharacterWidths.of(text.getFont()).lineHeight();
    }
}
