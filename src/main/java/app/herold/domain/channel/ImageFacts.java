package app.herold.domain.channel;

/** Reads what the channel checks need of a stored image (format, size as displayed, bytes) from its file. */
public interface ImageFacts {

    /** May block on disk; throws {@link app.herold.domain.UserFacingException} for a file that is no readable image. */
    DraftImage describe(String mediaFile, String altText);

    /**
     * Refuses a file about to be added to a post with a sentence naming it when it is no picture, damaged
     * (a truncated copy) or too large; reads the whole file, so it is slow for big photos.
     */
    void checkAttachable(java.nio.file.Path file);
}
