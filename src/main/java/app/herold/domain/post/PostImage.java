package app.herold.domain.post;

import java.util.Objects;

/**
 * An image attached to a post. {@code mediaFile} names the copy in the data directory's media
 * folder (its content hash plus extension), so the original may be moved or deleted freely.
 */
public record PostImage(String mediaFile, String altText) {

    public PostImage {
        Objects.requireNonNull(mediaFile, "mediaFile");
        altText = altText == null ? "" : altText;
    }

    public PostImage withAltText(String newAltText) {
        return new PostImage(mediaFile, newAltText);
    }
}
