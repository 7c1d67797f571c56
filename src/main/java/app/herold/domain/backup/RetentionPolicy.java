package app.herold.domain.backup;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which automatic backups to keep: the newest of each of the last {@code daily} days that have one, and
 * the newest of each of the last {@code monthly} months. Backups the user made, and those made before a
 * restore, are never pruned.
 */
public record RetentionPolicy(int daily, int monthly) {

    public static final RetentionPolicy DEFAULT = new RetentionPolicy(14, 6);
    public static final int MOST = 366;

    public RetentionPolicy {
        if (daily < 1 || daily > MOST || monthly < 0 || monthly > MOST) {
            throw new IllegalArgumentException("retention out of range: " + daily + " daily, " + monthly + " monthly");
        }
    }

    /** The automatic backups this policy lets go; the others in {@code backups} stay. */
    public List<BackupFile> toPrune(List<BackupFile> backups) {
        List<BackupFile> automatic = backups.stream().filter(backup -> backup.kind() == BackupKind.AUTOMATIC)
                .sorted(Comparator.comparing(BackupFile::created).reversed()).toList();
        Set<BackupFile> kept = new HashSet<>();
        Set<LocalDate> days = new HashSet<>();
        Set<YearMonth> months = new HashSet<>();
        for (BackupFile backup : automatic) {
            LocalDate day = backup.created().toLocalDate();
            if (days.size() < daily && days.add(day)) {
                kept.add(backup);
            }
            YearMonth month = YearMonth.from(day);
            if (months.size() < monthly && months.add(month)) {
                kept.add(backup);
            }
        }
        List<BackupFile> pruned = new ArrayList<>();
        for (BackupFile backup : automatic) {
            if (!kept.contains(backup)) {
                pruned.add(backup);
            }
        }
        return pruned;
    }
}
