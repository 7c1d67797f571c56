package app.herold.domain.backup;

import java.util.Arrays;
import java.util.Optional;

/** Why a backup was made; it decides whether the backup is pruned and is part of its file name. */
public enum BackupKind {
    /** Made at start, at most once a day; only these are pruned by the retention rules. */
    AUTOMATIC("auto"),
    /** Asked for by the user; kept until the user deletes it. */
    MANUAL("manuell"),
    /** The state just before a restore replaced it; kept, so that a restore can be undone. */
    BEFORE_RESTORE("vor-wiederherstellung"),
    /** The state just before a plan file was imported; kept, so that an import can be undone by a restore. */
    BEFORE_IMPORT("vor-import");

    private final String fileTag;

    BackupKind(String fileTag) {
        this.fileTag = fileTag;
    }

    /** The word in the file name ({@code herold-sicherung-2026-11-28-0907-auto.zip}). */
    public String fileTag() {
        return fileTag;
    }

    public static Optional<BackupKind> ofFileTag(String tag) {
        return Arrays.stream(values()).filter(kind -> kind.fileTag.equals(tag)).findFirst();
    }
}
