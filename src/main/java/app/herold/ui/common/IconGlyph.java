package app.herold.ui.common;

import org.kordamp.ikonli.Ikon;
import javafx.scene.text.Text;

/**
 * One icon of the icon font as a plain text node, for the calendar's cards. Showing another icon
 * only changes the text: ikonli's {@code FontIcon} rewrites its inline style when its icon changes,
 * which makes JavaFX match every stylesheet rule again for that node, and a month page turn changes
 * hundreds of icons. The font and size are set once, inline, so no stylesheet rule for the card's
 * text sizes can replace the icon font. The colour comes from the stylesheet ({@code -fx-fill}).
 */
public final class IconGlyph extends Text {

    private Ikon shown;

    public IconGlyph(int size) {
        setStyle("-fx-font-family: '" + Icons.fontFamily() + "'; -fx-font-size: " + size + "px;");
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
