package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.i18n.Messages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A disk that fills up: one sentence, nothing acknowledged lost, and everything works again once there is room. */
class FullDiskTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private final Messages messages = Messages.forLanguage("de");

    @TempDir
    Path dataDirectory;

    private Database database;

    @AfterEach
    void close() {
        SimulatedDisk.makeRoom();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aSaveOnAFullDiskIsRefusedInOneSentenceAndEverySaveBeforeItSurvives() {
        database = SimulatedDisk.open(dataDirectory, CLOCK);
        ContentPlan plan = new ContentPlan(database.posts(), CLOCK);
        Post first = plan.save(Post.newPost(null).withText("Adventsmarkt"));
        Post second = plan.save(Post.newPost(null).withText("Lichterfest"));
        SimulatedDisk.fill();

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> plan.save(second.withText("Lichterfest am Freitag")));

        assertThat(messages.describe(refused)).isEqualTo("Auf dem Datenträger ist kein Platz mehr frei, deshalb wurde "
                + "nicht gespeichert; Ihre Eingabe bleibt erhalten, bitte schaffen Sie Platz und speichern Sie dann erneut.");
        SimulatedDisk.makeRoom();
        assertThat(plan.save(second.withText("Lichterfest am Freitag")).text()).isEqualTo("Lichterfest am Freitag");
        database.close();
        database = Database.open(dataDirectory, CLOCK);
        ContentPlan reopened = new ContentPlan(database.posts(), CLOCK);
        assertThat(reopened.find(first.id()).orElseThrow().text()).isEqualTo("Adventsmarkt");
        assertThat(reopened.find(second.id()).orElseThrow().text()).isEqualTo("Lichterfest am Freitag");
    }

    @Test
    void aBackupOnAFullDiskSaysSoAndLeavesNoHalfWrittenFile() throws IOException {
        database = SimulatedDisk.open(dataDirectory, CLOCK);
        new ContentPlan(database.posts(), CLOCK).save(Post.newPost(null).withText("Adventsmarkt"));
        Backups backups = database.backups("test");
        SimulatedDisk.fill();

        UserFacingException refused = catchThrowableOfType(UserFacingException.class,
                () -> backups.create(BackupKind.MANUAL));

        assertThat(messages.describe(refused)).isEqualTo("Die Sicherung wurde nicht geschrieben, weil im Ordner "
                + backups.folder().toAbsolutePath() + " kein Platz mehr frei ist; Ihr Plan ist unverändert, bitte "
                + "schaffen Sie Platz oder wählen Sie einen anderen Sicherungsordner.");
        assertThat(filesIn(backups.folder())).as("no .part left behind").isEmpty();
        SimulatedDisk.makeRoom();
        assertThat(backups.create(BackupKind.MANUAL).file()).exists();
    }

    private static java.util.List<Path> filesIn(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return java.util.List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        }
    }
}
