package app.herold.channels.media;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * What a channel accepts, built by the caller from the channel's limits. For every limit, 0 or the
 * type's maximum value means "no limit". {@code minAspect} and {@code maxAspect} are width / height
 * (Instagram 0.8 .. 1.91).
 */
public record ImageRules(Set<ImageFormat> accepted, boolean alwaysJpeg, long maxFileBytes, int minWidth, int maxWidth,
                         int maxHeight, long maxPixels, double minAspect, double maxAspect, int maxWidthPlusHeight) {

    public ImageRules {
        EnumSet<ImageFormat> formats = EnumSet.noneOf(ImageFormat.class);
        formats.addAll(accepted);
        // Ordered and unmodifiable, so equal rules describe themselves alike in the cache key.
        accepted = Collections.unmodifiableSet(formats);
        if (maxFileBytes < 0 || minWidth < 0 || maxWidth < 0 || maxHeight < 0 || maxPixels < 0 || maxWidthPlusHeight < 0) {
            throw new IllegalArgumentException("limits are 0 (none) or positive: " + this);
        }
        if (!(minAspect >= 0) || !(maxAspect >= 0) || Double.isInfinite(minAspect) || Double.isInfinite(maxAspect)) {
            throw new IllegalArgumentException("aspect bounds are 0 (none) or positive: " + minAspect + ", " + maxAspect);
        }
        if (minAspect > 0 && maxAspect > 0 && minAspect > maxAspect) {
            throw new IllegalArgumentException("the narrowest aspect is wider than the widest: " + minAspect + " > " + maxAspect);
        }
        if (minWidth > 0 && maxWidth > 0 && minWidth > maxWidth) {
            throw new IllegalArgumentException("the minimum width exceeds the maximum: " + minWidth + " > " + maxWidth);
        }
    }
}
