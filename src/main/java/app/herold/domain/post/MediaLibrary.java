package app.herold.domain.post;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The images posts use, copied into the data directory and named by their content, so the same
 * picture is kept once and a post never depends on where the original file lived.
 */
public interface MediaLibrary {

    /** Copies the image into the library and returns the name a {@link PostImage} refers to. */
    String importImage(Path source) throws IOException;

    /** Whether {@link #importImage} takes this file: a picture in a format Herold keeps, told by its first bytes. */
    boolean accepts(Path source) throws IOException;

    /** Where a stored image lives on disk. */
    Path pathOf(String mediaFile);
}
