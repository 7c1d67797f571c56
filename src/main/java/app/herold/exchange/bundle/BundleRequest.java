package app.herold.exchange.bundle;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What goes into a ready-to-post bundle for one post on one channel. {@code account} is null for
 * channel kinds without a named account. {@code missingAltText} is written for images without alt
 * text, so the caller decides its language.
 */
public record BundleRequest(String postId, String channel, String account, String text, List<BundleImage> images,
                            String missingAltText, OffsetDateTime createdAt, String appVersion) {

    public BundleRequest {
        Objects.requireNonNull(postId, "postId");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(missingAltText, "missingAltText");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(appVersion, "appVersion");
        images = List.copyOf(images);
    }
}
