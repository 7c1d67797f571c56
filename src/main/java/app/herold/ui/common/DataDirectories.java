package app.herold.ui.common;

import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.RestoredBackup;
import app.herold.domain.settings.Preferences;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Opening and closing data directories while the window runs: after a restore, and when the database
 * cannot be opened and the user restores a backup or picks another folder. Provided by the wiring, so
 * the UI never touches storage classes.
 */
public interface DataDirectories {

    /**
     * A data directory opened for the window: claimed at once, its database opening in the background.
     *
     * @param ready completes when the window may start: the first month can be answered (from the
     *     snapshot of the last close, or read once the database opened)
     * @param opened completes when the database is open, or fails with the reason it cannot be
     * @param calendarShown the window calls it once the first month is on screen; a database waiting for
     *     that (because the month came from the snapshot) then opens
     * @param close closes the database (once it is open) and releases the directory
     */
    record Session(Path directory, Preferences preferences, AppContext context, CompletableFuture<?> ready,
                   CompletableFuture<?> opened, Runnable calendarShown, Runnable close) {
    }

    /** Claims another data directory; a {@link app.herold.domain.UserFacingException} if it is in use. */
    Session open(Path directory);

    /** The backups of a data directory that is not open, newest first. */
    List<BackupFile> backupsOf(Path directory);

    /**
     * Puts a backup in place of a closed data directory's plan, after checking every checksum.
     *
     * @param keepReplacedDatabase keep the replaced database file beside the new one (a damaged one)
     */
    RestoredBackup restore(Path directory, Path backup, boolean keepReplacedDatabase);
}
