package app.herold.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.exchange.ics.PlanCalendarIcs;
import app.herold.exchange.json.PlanExportWriter;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The plan written out onto a full disk: one sentence that says so, and no file left that looks whole.
 * The disk is Linux's /dev/full, which answers every write with "No space left on device"; the
 * exports' temporary file is pointed at it.
 */
class ExportsOnAFullDiskTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final Path FULL = Path.of("/dev/full");

    @TempDir
    Path temp;

    @Test
    void theJsonExportSaysTheDiskIsFullAndLeavesNoFile() throws IOException {
        assumeTrue(Files.exists(FULL), "needs /dev/full (Linux)");
        Path target = temp.resolve("plan.zip");
        Files.createSymbolicLink(temp.resolve("plan.zip.part"), FULL);
        UserFacingException refused;
        try (Database database = Database.open(temp.resolve("daten"), CLOCK)) {
            database.posts().save(post());
            refused = catchThrowableOfType(() -> new PlanExportWriter(database.transfer(), database.media(), CLOCK, "test")
                    .write(target), UserFacingException.class);
        }

        assertThat(german(refused)).isEqualTo(target + " wurde nicht geschrieben, weil auf dem Datenträger kein Platz "
                + "mehr frei ist; Ihr Plan ist unverändert, bitte schaffen Sie Platz oder wählen Sie einen anderen Ort.");
        assertThat(target).doesNotExist();
        assertThat(temp.resolve("plan.zip.part")).doesNotExist();
    }

    @Test
    void theCalendarFileSaysTheDiskIsFullAndLeavesNoFile() throws IOException {
        assumeTrue(Files.exists(FULL), "needs /dev/full (Linux)");
        Path target = temp.resolve("plan.ics");
        Files.createSymbolicLink(temp.resolve("plan.ics.tmp"), FULL);

        UserFacingException refused = catchThrowableOfType(() -> new PlanCalendarIcs(() -> "0b7f5c2e-0000-4000-8000-000000000001")
                .write(List.of(post().withId(app.herold.domain.post.PostId.of(7))), Locale.GERMANY, target),
                UserFacingException.class);

        assertThat(german(refused)).startsWith(target + " wurde nicht geschrieben, weil auf dem Datenträger kein Platz");
        assertThat(target).doesNotExist();
    }

    private static Post post() {
        return Post.newPost(Schedule.of(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0), BERLIN))
                .withTitle("Weihnachtsmarkt").withText("Der Weihnachtsmarkt öffnet am Samstag.");
    }

    private static String german(UserFacingException refused) {
        assertThat(refused).as("a sentence for the user").isNotNull();
        return Messages.forLanguage("de").describe(refused);
    }
}
