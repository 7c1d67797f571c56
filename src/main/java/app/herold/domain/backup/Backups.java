package app.herold.domain.backup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Backups of the open data directory: a consistent snapshot of the database plus the pictures and the
 * settings in one ZIP whose manifest holds every file's SHA-256. Failures are
 * {@link app.herold.domain.UserFacingException}s with one sentence for the user.
 */
public interface Backups {

    /** Where backups go: the data directory's {@code backups} folder or the one chosen in the settings. */
    Path folder();

    /** Makes a backup in {@link #folder()} now. */
    BackupFile create(BackupKind kind);

    /** Makes a backup into exactly this file (the command line's {@code --out}). */
    BackupFile createAt(Path file);

    /** The backups in {@link #folder()}, newest first. */
    List<BackupFile> list();

    /** Reads the whole backup and compares every file with its manifest, changing nothing. */
    BackupCheck check(Path backup);

    /**
     * Makes today's automatic backup unless one exists, then lets go of the automatic backups the policy
     * no longer keeps. Empty when today's backup was already there.
     */
    Optional<BackupFile> dailyIfDue(RetentionPolicy policy);
}
