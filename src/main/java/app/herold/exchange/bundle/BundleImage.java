package app.herold.exchange.bundle;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One prepared image of a post: the file as it should be posted, its alt text (null or blank when
 * the officer has not written one) and its size in pixels, which the manifest passes on.
 */
public record BundleImage(Path source, String altText, int width, int height) {

    public BundleImage {
        Objects.requireNonNull(source, "source");
    }
}
