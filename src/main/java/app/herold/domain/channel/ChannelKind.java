package app.herold.domain.channel;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The networks a town posts to. The identifier is part of the command-line and JSON contract
 * ({@code --channel whatsapp}, {@code "channels": ["whatsapp"]}) and must never change.
 */
public enum ChannelKind {
    WHATSAPP("whatsapp", "WhatsApp"),
    INSTAGRAM("instagram", "Instagram"),
    FACEBOOK("facebook", "Facebook"),
    MASTODON("mastodon", "Mastodon"),
    TELEGRAM("telegram", "Telegram"),
    BLUESKY("bluesky", "Bluesky");

    private final String id;
    private final String brandName;

    ChannelKind(String id, String brandName) {
        this.id = id;
        this.brandName = brandName;
    }

    public String id() {
        return id;
    }

    /** Brand names are the same in every language, so they are not translated. */
    public String brandName() {
        return brandName;
    }

    public static Optional<ChannelKind> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }
}
