package app.herold.domain.publishing;

import java.nio.file.Path;

/**
 * A picture prepared for one channel (size, format and crop as it takes them), with its alt text.
 *
 * @param mediaType "image/jpeg" or "image/png"
 * @param width in pixels, or 0 when not known
 */
public record Picture(Path file, String mediaType, String altText, int width, int height) {

    public Picture {
        altText = altText == null ? "" : altText;
    }
}
