package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
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

    public static FontIcon channelIcon(ChannelKind kind, int size) {
        FontIcon icon = new FontIcon(of(kind));
        icon.setIconSize(size);
        icon.getStyleClass().addAll(Styles.CHANNEL_ICON, Styles.channel(kind));
        return icon;
    }

    public static FontIcon statusIcon(PostStatus status, int size) {
        FontIcon icon = new FontIcon(of(status));
        icon.setIconSize(size);
        icon.getStyleClass().addAll(Styles.STATUS_ICON, Styles.status(status));
        return icon;
    }

    public static FontIcon icon(Ikon ikon, int size) {
        FontIcon icon = new FontIcon(ikon);
        icon.setIconSize(size);
        return icon;
    }
}
