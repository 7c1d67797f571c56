package app.herold.domain.settings;

import app.herold.domain.backup.RetentionPolicy;
import java.util.Objects;

/**
 * Where backups go and how many automatic ones are kept.
 *
 * @param folder a folder chosen by the user (a network drive, a USB stick); empty for the data
 *     directory's {@code backups} folder
 */
public record BackupSettings(String folder, RetentionPolicy retention) {

    public static final BackupSettings DEFAULT = new BackupSettings("", RetentionPolicy.DEFAULT);

    public BackupSettings {
        Objects.requireNonNull(folder, "folder");
        Objects.requireNonNull(retention, "retention");
    }

    public BackupSettings withFolder(String chosen) {
        return new BackupSettings(chosen == null ? "" : chosen.strip(), retention);
    }

    public BackupSettings withRetention(RetentionPolicy policy) {
        return new BackupSettings(folder, policy);
    }
}
