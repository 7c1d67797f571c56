package app.herold.domain.backup;

import java.time.LocalDateTime;

/**
 * A backup that was read completely and matched its manifest.
 *
 * @param created when the snapshot was taken, from the manifest
 * @param posts how many posts the database held (from the manifest; -1 if it does not say)
 * @param files how many files it holds besides the manifest
 * @param appVersion the Herold version that made it
 */
public record BackupCheck(LocalDateTime created, long posts, int files, String appVersion) {
}
