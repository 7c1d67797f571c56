package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.javafx.IkonResolver;
import org.kordamp.ikonli.materialdesign2.MaterialDesignA;
import org.kordamp.ikonli.materialdesign2.MaterialDesignB;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignF;
import org.kordamp.ikonli.materialdesign2.MaterialDesignI;
import org.kordamp.ikonli.materialdesign2.MaterialDesignL;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignT;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/** The icons of channels and statuses, from an icon font so they stay sharp at every size. */
public final class Icons {

    private Icons() {
    }

    public static Ikon of(ChannelKind kind) {
        return switch (kind) {
            case WHATSAPP -> MaterialDesignW.WHATSAPP;
            case INSTAGRAM -> MaterialDesignI.INSTAGRAM;
            case FACEBOOK -> MaterialDesignF.FACEBOOK;
            case MASTODON -> MaterialDesignM.MASTODON;
            case TELEGRAM -> MaterialDesignT.TELEGRAM;
            // Bluesky's mark is a butterfly; the icon font has no Bluesky logo of its own.
            case BLUESKY -> MaterialDesignB.BUTTERFLY;
        };
    }

    public static Ikon of(PostStatus status) {
        return switch (status) {
            case IDEA -> MaterialDesignL.LIGHTBULB_OUTLINE;
            case DRAFT -> MaterialDesignP.PENCIL_OUTLINE;
            case READY -> MaterialDesignC.CHECK_CIRCLE_OUTLINE;
            case PUBLISHED -> MaterialDesignC.CHECK_ALL;
            case ARCHIVED -> MaterialDesignA.ARCHIVE_OUTLINE;
        };
    }

    /**
     * Loads the icon font and the icon tables off the UI thread; the first icon otherwise costs the
     * UI thread a quarter of a second at start-up.
     */
    public static void warmUp() {
        for (ChannelKind kind : ChannelKind.values()) {
            new FontIcon(of(kind));
        }
        for (PostStatus status : PostStatus.values()) {
            new FontIcon(of(status));
        }
        fontFamily();
    }

    /** The icon font's family name; the first call loads the font (ikonli does that for a FontIcon). */
    public static String fontFamily() {
        return FontFamily.NAME;
    }

    /** Holder idiom: the font is loaded once, by whichever thread asks first. */
    private static final class FontFamily {
        static final String NAME = loadedFamily();

        private static String loadedFamily() {
            // Making one FontIcon has ikonli load the font file; the handler knows the family's name.
            new FontIcon(MaterialDesignP.PENCIL_OUTLINE);
            return IkonResolver.getInstance().resolve(MaterialDesignP.PENCIL_OUTLINE.getDescription()).getFontFamily();
        }
    }

    public static FontIcon channelIcon(ChannelKind kind, int size) {
        FontIcon icon = new FontIcon(of(kind));
        icon.setIconSize(size);
        icon.getStyleClass().add(Styles.CHANNEL_ICON);
        icon.pseudoClassStateChanged(Styles.state(kind), true);
        return icon;
    }

    public static FontIcon statusIcon(PostStatus status, int size) {
        FontIcon icon = new FontIcon(of(status));
        icon.setIconSize(size);
        icon.getStyleClass().add(Styles.STATUS_ICON);
        icon.pseudoClassStateChanged(Styles.state(status), true);
        return icon;
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
