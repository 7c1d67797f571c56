package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupCheck;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.backup.RestoredBackup;
import app.herold.domain.backup.RetentionPolicy;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A backup holds the whole plan, proves itself intact, and brings the plan back exactly. */
class ZipBackupsTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T09:07:00Z"), BERLIN);

    @TempDir
    Path temp;

    private Path dataDirectory() {
        return temp.resolve("herold");
    }

    private static Post planned(String title, int day) {
        return Post.newPost(Schedule.of(LocalDate.of(2026, 12, day), LocalTime.of(9, 0), BERLIN)).withTitle(title)
                .withText(title + " – Näheres im Amtsblatt.");
    }

    /** A data directory with three posts, one picture and a setting, as the window leaves it. */
    private void fillPlan(Database database) throws IOException {
        Path photo = temp.resolve("rathaus.jpg");
        Files.write(photo, new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 1, 2, 3, 4, 5, (byte) 0xFF, (byte) 0xD9});
        String stored = database.media().importImage(photo);
        database.posts().save(planned("Weihnachtsmarkt", 5).withImages(List.of(new PostImage(stored, "Das Rathaus im Schnee"))));
        database.posts().save(planned("Adventskonzert", 12));
        database.posts().save(planned("Müllabfuhr zwischen den Jahren", 27));
        database.preferences().save(database.preferences().load().withState("TH"));
    }

    private static List<String> titles(Database database) {
        return database.posts().summariesBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).stream()
                .map(PostSummary::title).toList();
    }

    @Test
    void aBackupHoldsDatabasePicturesAndSettingsWithAChecksumEach() throws IOException {
        BackupFile made;
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            made = database.backups("1.0-test").create(BackupKind.MANUAL);
        }

        assertThat(made.file()).hasFileName("herold-sicherung-2026-11-28-100700-manuell.zip");
        assertThat(made.file().getParent()).isEqualTo(dataDirectory().resolve("backups"));
        try (ZipFile zip = new ZipFile(made.file().toFile())) {
            List<String> names = zip.stream().map(ZipEntry::getName).toList();
            assertThat(names).contains("herold.mv.db", "settings.properties", "manifest.json")
                    .anyMatch(name -> name.startsWith("media/") && name.endsWith(".jpg"));
            JsonNode manifest = new ObjectMapper().readTree(zip.getInputStream(zip.getEntry("manifest.json")));
            assertThat(manifest.path("format").asText()).isEqualTo("herold-backup");
            assertThat(manifest.path("posts").asLong()).isEqualTo(3);
            assertThat(manifest.path("files")).hasSize(names.size() - 1)
                    .allSatisfy(file -> assertThat(file.path("sha256").asText()).matches("[0-9a-f]{64}"));
        }
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            BackupCheck check = database.backups("1.0-test").check(made.file());
            assertThat(check.posts()).isEqualTo(3);
            assertThat(check.files()).isEqualTo(3);
            assertThat(database.backups("1.0-test").list()).extracting(BackupFile::kind).containsExactly(BackupKind.MANUAL);
        }
    }

    @Test
    void restoreBringsBackThePlanAndKeepsTheStateBeforeAsABackup() throws IOException {
        BackupFile made;
        String picture;
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            picture = database.posts().summariesBetween(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5)).get(0).id()
                    .toString();
            made = database.backups("1.0-test").create(BackupKind.MANUAL);
            // A mistake after the backup: a post deleted, another added, the Land changed.
            database.posts().delete(database.posts().summariesBetween(LocalDate.of(2026, 12, 12),
                    LocalDate.of(2026, 12, 12)).get(0).id());
            database.posts().save(planned("Falsch eingetragen", 20));
            database.preferences().save(database.preferences().load().withState("BY"));
        }

        RestoredBackup restored = ZipBackups.restore(made.file(), dataDirectory(), dataDirectory().resolve("backups"),
                Clock.offset(CLOCK, java.time.Duration.ofMinutes(5)), "1.0-test");

        assertThat(restored.restored().posts()).isEqualTo(3);
        assertThat(restored.before().kind()).isEqualTo(BackupKind.BEFORE_RESTORE);
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            assertThat(titles(database)).containsExactly("Weihnachtsmarkt", "Adventskonzert", "Müllabfuhr zwischen den Jahren");
            assertThat(database.preferences().load().state()).isEqualTo("TH");
            Post market = database.posts().summariesBetween(LocalDate.of(2026, 12, 5), LocalDate.of(2026, 12, 5)).stream()
                    .map(summary -> database.posts().find(summary.id()).orElseThrow()).findFirst().orElseThrow();
            assertThat(database.media().pathOf(market.images().get(0).mediaFile())).exists();
            assertThat(picture).isNotBlank();
        }
        // The state the restore replaced is itself a backup that restores.
        ZipBackups.restore(restored.before().file(), dataDirectory(), dataDirectory().resolve("backups"),
                Clock.offset(CLOCK, java.time.Duration.ofMinutes(9)), "1.0-test");
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            assertThat(titles(database)).containsExactly("Weihnachtsmarkt", "Falsch eingetragen",
                    "Müllabfuhr zwischen den Jahren");
            assertThat(database.preferences().load().state()).isEqualTo("BY");
        }
        assertThat(dataDirectory()).isDirectoryNotContaining(path -> path.getFileName().toString().startsWith("."));
    }

    @Test
    void aDamagedDatabaseIsReplacedByTheNewestBackupAndKeptBesideItUntouched() throws IOException {
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            database.backups("1.0-test").dailyIfDue(RetentionPolicy.DEFAULT);
        }
        byte[] garbage = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(garbage);
        Files.write(Database.databaseFile(dataDirectory()), garbage);
        assertThatThrownBy(() -> Database.open(dataDirectory(), CLOCK).close()).isInstanceOf(UserFacingException.class);

        Path folder = dataDirectory().resolve("backups");
        BackupFile newest = ZipBackups.backupsOf(dataDirectory(), folder, CLOCK, "1.0-test").get(0);
        RestoredBackup restored = ZipBackups.restore(newest.file(), dataDirectory(), folder,
                Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)), "1.0-test", true);

        assertThat(restored.keptDatabase()).hasFileName("herold.mv.db.ersetzt-2026-11-28-100800");
        assertThat(Files.readAllBytes(restored.keptDatabase())).isEqualTo(garbage);
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            assertThat(titles(database)).hasSize(3);
        }
    }

    @Test
    void aBackupWithOneChangedByteIsRefusedBeforeAnythingIsTouched() throws IOException {
        BackupFile made;
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            made = database.backups("1.0-test").create(BackupKind.MANUAL);
        }
        Path tampered = temp.resolve("veraendert.zip");
        rewrite(made.file(), tampered, "settings.properties", content -> {
            content[content.length - 2] ^= 1;
            return content;
        });
        byte[] databaseBefore = Files.readAllBytes(Database.databaseFile(dataDirectory()));
        int backupsBefore = backupCount();

        assertThatThrownBy(() -> ZipBackups.restore(tampered, dataDirectory(), dataDirectory().resolve("backups"), CLOCK,
                "1.0-test"))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("backup.error.damaged");
                    assertThat(refused.arguments()).containsExactly("veraendert.zip", "settings.properties");
                });
        assertThat(Files.readAllBytes(Database.databaseFile(dataDirectory()))).isEqualTo(databaseBefore);
        assertThat(backupCount()).isEqualTo(backupsBefore);
    }

    @Test
    void aCutOffBackupAndAZipOfSomethingElseAreRefusedWithTheirOwnSentence() throws IOException {
        BackupFile made;
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            made = database.backups("1.0-test").create(BackupKind.MANUAL);
        }
        Path cut = temp.resolve("abgebrochen.zip");
        byte[] whole = Files.readAllBytes(made.file());
        Files.write(cut, java.util.Arrays.copyOf(whole, whole.length / 2));
        Path other = temp.resolve("fotos.zip");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(other))) {
            zip.putNextEntry(new ZipEntry("urlaub.jpg"));
            zip.write(new byte[] {1, 2, 3});
        }

        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            Backups backups = database.backups("1.0-test");
            assertThatThrownBy(() -> backups.check(cut)).isInstanceOfSatisfying(UserFacingException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.unreadable"));
            assertThatThrownBy(() -> backups.check(other)).isInstanceOfSatisfying(UserFacingException.class,
                    refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.notABackup"));
            assertThatThrownBy(() -> backups.check(temp.resolve("gibt-es-nicht.zip")))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.missing"));
        }
    }

    @Test
    void aManifestThatNamesAFileOutsideTheDataDirectoryIsRefused() throws IOException {
        BackupFile made;
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            made = database.backups("1.0-test").create(BackupKind.MANUAL);
        }
        Path sneaky = temp.resolve("sneaky.zip");
        rewrite(made.file(), sneaky, "manifest.json", content -> new String(content, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"settings.properties\"", "\"../../etc/settings.properties\"")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8));

        assertThatThrownBy(() -> ZipBackups.restore(sneaky, dataDirectory(), dataDirectory().resolve("backups"), CLOCK,
                "1.0-test")).isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.damaged"));
        assertThat(temp.resolve("etc")).doesNotExist();
    }

    @Test
    void theDailyBackupIsMadeOncePerDayAndOldOnesArePrunedButNeverTheUsersOwn() throws IOException {
        Path folder = dataDirectory().resolve("backups");
        Files.createDirectories(folder);
        // Twenty days of automatic backups this month, one a month before, and one the user made long ago.
        for (int day = 1; day <= 20; day++) {
            Files.write(folder.resolve(String.format("herold-sicherung-2026-11-%02d-080000-auto.zip", day)), new byte[] {1});
        }
        for (String month : List.of("2026-06-30", "2026-03-31", "2026-02-27", "2026-01-30", "2025-12-30", "2025-11-28")) {
            Files.write(folder.resolve("herold-sicherung-" + month + "-080000-auto.zip"), new byte[] {1});
        }
        Files.write(folder.resolve("herold-sicherung-2025-05-02-120000-manuell.zip"), new byte[] {1});
        Files.write(folder.resolve("herold-sicherung-2026-11-27-170000-auto.zip.part"), new byte[] {1});

        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            Backups backups = database.backups("1.0-test");
            assertThat(backups.dailyIfDue(new RetentionPolicy(14, 6))).isPresent();
            assertThat(backups.dailyIfDue(new RetentionPolicy(14, 6))).isEmpty();

            List<String> left = backups.list().stream().map(backup -> backup.file().getFileName().toString()).toList();
            // Today and the 13 newest days before it; the newest of each of the last 6 months; the user's own.
            assertThat(left.stream().filter(name -> name.contains("2026-11-"))).hasSize(14);
            assertThat(left).contains("herold-sicherung-2026-11-28-100700-auto.zip",
                    "herold-sicherung-2026-11-08-080000-auto.zip", "herold-sicherung-2026-06-30-080000-auto.zip",
                    "herold-sicherung-2025-12-30-080000-auto.zip", "herold-sicherung-2025-05-02-120000-manuell.zip")
                    .doesNotContain("herold-sicherung-2026-11-07-080000-auto.zip",
                            "herold-sicherung-2025-11-28-080000-auto.zip");
            assertThat(left).hasSize(14 + 5 + 1);
            assertThat(folder.resolve("herold-sicherung-2026-11-27-170000-auto.zip.part")).doesNotExist();
        }
    }

    @Test
    void aFolderThatCannotBeWrittenLeavesNoHalfBackupAndSaysWhere() throws IOException {
        Path blocked = temp.resolve("kein-ordner");
        Files.writeString(blocked, "eine Datei, wo der Ordner sein sollte");
        try (Database database = Database.open(dataDirectory(), CLOCK)) {
            fillPlan(database);
            database.preferences().save(database.preferences().load().withBackups(
                    database.preferences().load().backups().withFolder(blocked.resolve("sicherungen").toString())));

            assertThatThrownBy(() -> database.backups("1.0-test").create(BackupKind.MANUAL))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("backup.error.write"));
            assertThat(titles(database)).hasSize(3);
        }
    }

    private int backupCount() throws IOException {
        try (var files = Files.list(dataDirectory().resolve("backups"))) {
            return (int) files.count();
        }
    }

    private interface Change {
        byte[] apply(byte[] content);
    }

    /** Copies a ZIP entry by entry, changing one entry's bytes, as a disk error or a meddler would. */
    private static void rewrite(Path from, Path to, String entryName, Change change) throws IOException {
        try (ZipFile zip = new ZipFile(from.toFile()); OutputStream out = Files.newOutputStream(to);
             ZipOutputStream copy = new ZipOutputStream(out)) {
            List<ZipEntry> entries = new ArrayList<>(zip.stream().toList());
            for (ZipEntry entry : entries) {
                byte[] content;
                try (InputStream in = zip.getInputStream(entry)) {
                    content = in.readAllBytes();
                }
                copy.putNextEntry(new ZipEntry(entry.getName()));
                copy.write(entry.getName().equals(entryName) ? change.apply(content) : content);
                copy.closeEntry();
            }
        }
    }
}
