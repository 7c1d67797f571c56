package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code herold backup [--out FILE]} and {@code herold restore FILE}: backup, a mistake, restore, the same plan. */
@ExtendWith(GermanLocale.class)
class BackupCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void backupThenAMistakeThenRestoreGivesTheSameListAsBefore() throws IOException {
        assertThat(run("demo", "--posts", "40").exit()).isZero();
        String before = run("list", "--json").out();
        Path backup = temp.resolve("stick").resolve("vor-dem-import.zip");

        CommandRun made = run("backup", "--out", backup.toString());
        assertThat(made.exit()).isZero();
        assertThat(made.out()).startsWith("Sicherung gespeichert: " + backup.toAbsolutePath()).endsWith(" KB)."
                + System.lineSeparator());
        assertThat(backup).exists();

        Files.writeString(temp.resolve("text.txt"), "Versehentlich angelegt");
        assertThat(run("add", "--text-file", temp.resolve("text.txt").toString(), "--at", "2026-12-03T09:00").exit()).isZero();
        assertThat(run("list", "--json").out()).isNotEqualTo(before);

        CommandRun restored = run("restore", backup.toString());
        assertThat(restored.exit()).isZero();
        assertThat(restored.err()).isEmpty();
        assertThat(restored.out()).startsWith("Die Sicherung vom 28.11.2026, 11:00 mit 40 Beiträgen ist wiederhergestellt;")
                .contains("vor-wiederherstellung.zip");
        assertThat(run("list", "--json").out()).isEqualTo(before);
    }

    @Test
    void aBackupWithoutOutGoesIntoTheBackupFolder() {
        assertThat(run("demo", "--posts", "5").exit()).isZero();

        CommandRun made = run("backup");

        assertThat(made.exit()).isZero();
        assertThat(dataDir.resolve("backups").resolve("herold-sicherung-2026-11-28-110000-manuell.zip")).exists();
    }

    @Test
    void aDamagedBackupIsOneSentenceAndExit1AndThePlanStays() throws IOException {
        assertThat(run("demo", "--posts", "5").exit()).isZero();
        String before = run("list", "--json").out();
        Path broken = temp.resolve("kaputt.zip");
        Files.write(broken, new byte[] {'P', 'K', 3, 4, 0, 0, 1, 2});

        CommandRun refused = run("restore", broken.toString());

        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("Die Sicherung kaputt.zip ist beschädigt oder unvollständig und lässt "
                + "sich nicht lesen; es wurde nichts verändert.");
        assertThat(run("list", "--json").out()).isEqualTo(before);
        assertThat(dataDir.resolve("backups")).doesNotExist();
    }

    @Test
    void whileTheWindowHoldsTheDataDirectoryRestoreIsRefused() {
        assertThat(run("demo", "--posts", "5").exit()).isZero();
        Path backup = temp.resolve("b.zip");
        assertThat(run("backup", "--out", backup.toString()).exit()).isZero();

        Database.LockedDirectory window = Database.lock(dataDir);
        try {
            CommandRun refused = run("restore", backup.toString());
            assertThat(refused.exit()).isEqualTo(1);
            assertThat(refused.err()).isNotBlank();
        } finally {
            window.release();
        }
    }

    private CommandRun run(String... args) {
        String[] withDirectory = new String[args.length + 2];
        System.arraycopy(args, 0, withDirectory, 0, args.length);
        withDirectory[args.length] = "--data-dir";
        withDirectory[args.length + 1] = dataDir.toString();
        return CommandRun.of(CLOCK, withDirectory);
    }
}
