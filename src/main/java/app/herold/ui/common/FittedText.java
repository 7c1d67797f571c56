package app.herold.ui.common;

import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * A text in a styleable box that shows as much of it as fits, ending in "…" when it is cut: what
 * {@link TextLine} (one line) and {@link TextBlock} (a few wrapped lines) share. They replace
 * labels where the calendar refills text at every page turn: a label's skin replaces its text node
 * whenever the text changes, so JavaFX matches every stylesheet rule again for it.
 *
 * <p>The box takes padding, background and font size from the stylesheet through its own style
 * class; the text inside has the style class {@value #TEXT_STYLE_CLASS} ({@code -fx-fill},
 * {@code -fx-font-weight}). Screen readers get the whole text.
 */
public abstract class FittedText extends Region {

    public static final String TEXT_STYLE_CLASS = "text-line";
    static final String ELLIPSIS = "…";

    /** The node that shows the text, whole or cut. */
    protected final Text text = new Text();
    private String full = "";

    protected FittedText(String styleClass) {
        getStyleClass().add(styleClass);
        text.getStyleClass().add(TEXT_STYLE_CLASS);
        text.setTextOrigin(VPos.TOP);
        text.setManaged(false);
        getChildren().add(text);
        setAccessibleRole(AccessibleRole.TEXT);
    }

    public final String getText() {
        return full;
    }

    public final void setText(String value) {
        String newText = value == null ? "" : value;
        if (newText.equals(full)) {
            return;
        }
        full = newText;
        text.setText(newText);
        textChanged();
        requestLayout();
    }

    /** The text as shown: shorter than {@link #getText()} with a trailing "…" when it did not fit. */
    public final String shownText() {
        return text.getText();
    }

    /** Forget what was measured or fitted for the previous text. */
    protected abstract void textChanged();

    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT) {
            return full;
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }
}
