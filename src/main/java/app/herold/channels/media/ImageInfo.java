package app.herold.channels.media;

/** A picture as the user sees it: width and height after the EXIF orientation is applied. */
public record ImageInfo(ImageFormat format, int width, int height, int exifOrientation, long bytes) {
}
