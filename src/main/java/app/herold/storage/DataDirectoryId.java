package app.herold.storage;

import app.herold.domain.UserFacingException;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;

/**
 * The data directory's own name towards other programs: a random UUID, made the first time it is
 * asked for and kept in a small file beside the database. It travels with the folder (a backup, a
 * new computer) and differs between two towns' or a test and a real folder, so the calendar events
 * Herold exports keep their identity in the mayor's calendar and never collide with another plan's.
 */
public final class DataDirectoryId {

    static final String FILE = "data-directory-id.txt";

    private static final System.Logger LOG = System.getLogger(DataDirectoryId.class.getName());

    private DataDirectoryId() {
    }

    /** The directory's UUID; the first call writes it. Callers hold the directory's lock. */
    public static String of(Path directory) {
        Path file = directory.resolve(FILE);
        if (Files.exists(file)) {
            try {
                return UUID.fromString(Files.readString(file, StandardCharsets.UTF_8).strip()).toString();
            } catch (IOException | IllegalArgumentException e) {
                // Only a hand edit gets here: the file is written whole or not at all.
                LOG.log(Level.WARNING, "data directory id unreadable, making a new one: " + file, e);
            }
        }
        String made = UUID.randomUUID().toString();
        try {
            Path temporary = file.resolveSibling(FILE + ".tmp");
            Files.writeString(temporary, made + System.lineSeparator(), StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDirNotWritable", directory.toString());
        }
        return made;
    }
}
