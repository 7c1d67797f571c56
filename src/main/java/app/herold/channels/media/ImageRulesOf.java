package app.herold.channels.media;

import app.herold.domain.channel.ChannelLimits;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

/** A channel's limits from the data file, as the rules the pipeline prepares its pictures by. */
public final class ImageRulesOf {

    private ImageRulesOf() {
    }

    public static ImageRules channel(ChannelLimits limits) {
        Set<ImageFormat> accepted = EnumSet.noneOf(ImageFormat.class);
        for (String format : limits.acceptedFormats()) {
            switch (format.toLowerCase(Locale.ROOT)) {
                case "jpeg", "jpg" -> accepted.add(ImageFormat.JPEG);
                case "png" -> accepted.add(ImageFormat.PNG);
                case "webp" -> accepted.add(ImageFormat.WEBP);
                default -> {
                    // A format the pipeline cannot write is no reason to refuse the others.
                }
            }
        }
        return new ImageRules(accepted, limits.alwaysJpeg(), limits.maxFileBytes(), limits.minWidth(), limits.maxWidth(),
                limits.maxHeight(), limits.maxPixels(), limits.minAspect(), limits.maxAspect(),
                limits.maxWidthPlusHeight());
    }
}
