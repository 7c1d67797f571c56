package app.herold.domain.channel;

/**
 * What a check needs to know of an image attached to a post: read from the file, not the pixels.
 *
 * @param format "jpeg", "png", "webp" or what else the file is
 * @param width as displayed, after the photo's orientation
 */
public record DraftImage(String fileName, String format, int width, int height, long bytes, String altText) {

    public DraftImage {
        altText = altText == null ? "" : altText;
    }
}
