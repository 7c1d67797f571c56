package app.herold.domain.backup;

import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One backup in the backup folder.
 *
 * @param created local time of the snapshot, from the file name (the time the user saw on the clock)
 * @param bytes the file's size
 */
public record BackupFile(Path file, LocalDateTime created, BackupKind kind, long bytes) {

    public BackupFile {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(created, "created");
        Objects.requireNonNull(kind, "kind");
    }
}
