package app.herold.channels.media;

/** How a picture whose shape a channel does not take is brought into shape. */
public enum FitMode {
    /** Cut away the edges, keeping the focal point in view. */
    CROP,
    /** Keep the whole picture and add white bars. */
    PAD
}
