package app.herold.channels.media;

/** The picture formats the pipeline reads; it writes only JPEG and PNG, because no channel needs WebP from us. */
public enum ImageFormat {
    JPEG, PNG, WEBP
}
