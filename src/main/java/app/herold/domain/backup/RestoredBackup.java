package app.herold.domain.backup;

import java.nio.file.Path;

/**
 * A finished restore.
 *
 * @param restored the backup that is now the plan
 * @param before the plan it replaced, saved as a backup of its own
 * @param keptDatabase where the replaced database file was kept (a damaged one is never deleted), or null
 */
public record RestoredBackup(BackupCheck restored, BackupFile before, Path keptDatabase) {
}
