package app.herold.storage;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * How storage reaches the disk: the H2 file system the database lives on and how whole files
 * (pictures, backups) are written. Always the real disk in Herold; tests hand in a disk that fills
 * up, because a full disk cannot be made on demand (and not at all without root).
 *
 * @param h2FileSystem the prefix of the database's JDBC path, {@code file:} for the disk itself
 * @param files opens a file for writing, creating or replacing it
 */
record Disk(String h2FileSystem, FileWriter files) {

    static final Disk REAL = new Disk("file:", Files::newOutputStream);

    @FunctionalInterface
    interface FileWriter {
        OutputStream open(Path file) throws IOException;
    }
}
