package app.herold.domain.channel;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What a channel accepts, as its platform documents it. Loaded from a data file that names the
 * source of every value, because platforms change their limits more often than Herold is released.
 * Zero means "no limit" for counts and sizes.
 *
 * @param textLimit the longest text, in {@code textUnit}
 * @param captionLimit the longest text when the post has images (Telegram captions), 0 = textLimit
 * @param byteLimit a second limit in UTF-8 bytes (Bluesky), 0 = none
 * @param charactersPerUrl how many characters a link counts whatever its length (Mastodon), 0 = as written
 * @param warnAbove a length above which the text is still accepted but worth a look (WhatsApp), 0 = none
 * @param minImages images the post needs at least (Instagram cannot post text alone)
 * @param acceptedFormats image formats the platform takes: "jpeg", "png", "webp"
 * @param alwaysJpeg whether every image must be sent as JPEG
 * @param minAspect narrowest width/height ratio, 0 = none; {@code maxAspect} the widest
 * @param altText whether the platform takes a description per image; {@code altTextLimit} its longest
 * @param foldAfter how many characters the feed shows before "… mehr", 0 = all
 */
public record ChannelLimits(
        ChannelKind kind,
        int textLimit,
        CountUnit textUnit,
        int captionLimit,
        int byteLimit,
        int charactersPerUrl,
        int warnAbove,
        int maxHashtags,
        int maxMentions,
        int minImages,
        int maxImages,
        Set<String> acceptedFormats,
        boolean alwaysJpeg,
        long maxFileBytes,
        int minWidth,
        int maxWidth,
        int maxHeight,
        long maxPixels,
        int maxWidthPlusHeight,
        double minAspect,
        double maxAspect,
        boolean altText,
        int altTextLimit,
        int foldAfter,
        List<String> sources) {

    public ChannelLimits {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(textUnit, "textUnit");
        acceptedFormats = Set.copyOf(acceptedFormats);
        sources = List.copyOf(sources);
    }

    /** The limit that applies to a post with or without images. */
    public int textLimit(boolean withImages) {
        return withImages && captionLimit > 0 ? captionLimit : textLimit;
    }
}
