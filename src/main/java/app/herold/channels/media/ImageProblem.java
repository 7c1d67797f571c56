package app.herold.channels.media;

import app.herold.domain.UserFacingException;

/** A picture that cannot be used, with the key of a sentence that tells the user why in their language. */
public final class ImageProblem extends UserFacingException {

    private static final long serialVersionUID = 1L;

    /** Not a picture at all, or none the pipeline can decode. */
    public static final String NOT_AN_IMAGE = "error.image.notAnImage";
    /** A picture in a format the channels are not fed from, such as GIF or TIFF; argument: the format's name. */
    public static final String UNSUPPORTED_FORMAT = "error.image.unsupportedFormat";
    /** Truncated or broken data. */
    public static final String DAMAGED = "error.image.damaged";
    /** More pixels than the pipeline decodes; arguments: the picture's megapixels, the limit in megapixels. */
    public static final String TOO_LARGE = "error.image.tooLarge";
    /** The file could not be opened; argument: its name. */
    public static final String UNREADABLE = "error.image.unreadable";
    /** The prepared file could not be written. */
    public static final String CANNOT_SAVE = "error.image.cannotSave";
    /** Even the smallest acceptable version is above the channel's file size; argument: the limit in kilobytes. */
    public static final String CANNOT_SHRINK = "error.image.cannotShrink";

    ImageProblem(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }

    ImageProblem(Throwable cause, String messageKey, Object... arguments) {
        super(cause, messageKey, arguments);
    }
}
