package app.herold.domain.publishing;

/**
 * Where an adapter writes down, before its next call, what it will need to find the post again: an
 * Instagram container's id before {@code media_publish}, uploaded media. The note is on disk when
 * {@link #note} returns, so a crash in the next call still leaves the way to ask the platform.
 */
@FunctionalInterface
public interface Journal {

    void note(String key, String value);

    /** For calls that write nothing down (a check, a test). */
    Journal NONE = (key, value) -> { };
}
