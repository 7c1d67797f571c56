package app.herold.ui.common;

import org.kordamp.ikonli.Ikon;
import javafx.scene.text.Text;

/**
 * One icon of the icon font as a plain text node, for the calendar's cards. Showing another icon
 * only changes the text: ikonli's {@code FontIcon} rewrites its inline style when its icon changes,
 * which makes JavaFX match every stylesheet rule again for that node, and a month page turn changes
 * hundreds of icons. Font, size and colour come from the stylesheet (style class
 * {@value #STYLE_CLASS}: {@code -fx-font-family}, {@code -fx-font-size}, {@code -fx-fill}), not from
 * an inline style, which JavaFX would parse once per node: a month page has several hundred.
 */
public final class IconGlyph extends Text {

    public static final String STYLE_CLASS = "icon-glyph";

    private Ikon shown;

    public IconGlyph() {
        // The stylesheet names the family; JavaFX finds it only once the font file is loaded, which
        // the start-up warm-up may not have done yet.
        Icons.fontFamily();
        getStyleClass().add(STYLE_CLASS);
    }

    public void show(Ikon icon) {
        if (icon != shown) {
            shown = icon;
            setText(new String(Character.toChars(icon.getCode())));
        }
    }

    public Ikon shown() {
        return shown;
    }
}
