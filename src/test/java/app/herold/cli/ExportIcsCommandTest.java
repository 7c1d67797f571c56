package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.storage.Database;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export-ics as a script or the officer calls it, each file read back by a real iCalendar parser. */
class ExportIcsCommandTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-10-01T08:00:00Z"), BERLIN);

    @TempDir
    Path temp;

    private Path dataDir;
    private Path file;
    private Locale previousLocale;

    @BeforeEach
    void speakGerman() {
        dataDir = temp.resolve("daten");
        file = temp.resolve("plan.ics");
        previousLocale = Locale.getDefault();
        Locale.setDefault(Locale.GERMANY);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(previousLocale);
    }

    @Test
    void eachPostStartsAtItsPlannedTimeInBerlinOnBothSidesOfTheClockChange() throws IOException {
        Post saturday = plan(at(2026, 10, 24, 10, 0).withTitle("Herbstmarkt auf dem Marktplatz"));
        Post sunday = plan(at(2026, 10, 25, 10, 0).withText("Die Uhren wurden zurückgestellt.\nSchlafen Sie gut."));

        Result export = exportIcs("2026-10-24", "2026-10-25");

        assertThat(export.exit()).isZero();
        List<VEvent> events = read(file).getEvents();
        assertThat(events).extracting(event -> event.getSummary().getValue())
                .containsExactly("Herbstmarkt auf dem Marktplatz", "Die Uhren wurden zurückgestellt.");
        // 10:00 summer time (UTC+2) on Saturday, 10:00 winter time (UTC+1) on Sunday: the parser applies the
        // file's own VTIMEZONE, so these hold only if its rules are right.
        assertThat(start(events.get(0))).isEqualTo(Instant.parse("2026-10-24T08:00:00Z"));
        assertThat(start(events.get(1))).isEqualTo(Instant.parse("2026-10-25T09:00:00Z"));
        assertThat(events.get(0).getDateStart().getValue().toInstant().atZone(BERLIN).toLocalTime())
                .isEqualTo(LocalTime.of(10, 0));
        assertThat(events.get(1).getDateEnd().getValue().toInstant())
                .isEqualTo(Instant.parse("2026-10-25T09:15:00Z"));
        assertThat(Files.readString(file)).contains("DTSTART;TZID=Europe/Berlin:20261025T100000")
                .contains("BEGIN:VTIMEZONE");
        assertThat(events.get(0).getUid().getValue()).startsWith("post-" + saturday.id().value() + "@");
        assertThat(events.get(1).getUid().getValue()).startsWith("post-" + sunday.id().value() + "@");
    }

    @Test
    void theSpringChangeToo() throws IOException {
        plan(at(2026, 3, 28, 9, 30).withTitle("Samstag"));
        plan(at(2026, 3, 29, 9, 30).withTitle("Sonntag nach der Umstellung"));

        exportIcs("2026-03-28", "2026-03-29");

        assertThat(read(file).getEvents()).extracting(ExportIcsCommandTest::start)
                .containsExactly(Instant.parse("2026-03-28T08:30:00Z"), Instant.parse("2026-03-29T07:30:00Z"));
    }

    @Test
    void statusAndChannelsAreInTheDescriptionAndTheCategories() throws IOException {
        plan(at(2026, 10, 12, 18, 0).withTitle("Stadtratssitzung").withText("Heute **öffentlich** im Rathaus.")
                .withStatus(PostStatus.READY).withChannels(Set.of(ChannelKind.INSTAGRAM, ChannelKind.FACEBOOK)));

        exportIcs("2026-10-01", "2026-10-31");

        VEvent event = read(file).getEvents().get(0);
        assertThat(event.getDescription().getValue()).isEqualTo(
                "Status: Bereit\nKanäle: Instagram, Facebook\n\nHeute öffentlich im Rathaus.");
        assertThat(event.getCategories()).flatExtracting(categories -> categories.getValues())
                .containsExactly("Bereit", "Instagram", "Facebook");
    }

    @Test
    void bothDaysOfTheRangeAreIncludedAndIdeasAreLeftOut() throws IOException {
        plan(at(2026, 9, 30, 23, 59).withTitle("Tag davor"));
        plan(at(2026, 10, 1, 0, 0).withTitle("Erster Tag, Mitternacht"));
        plan(at(2026, 10, 31, 23, 59).withTitle("Letzter Tag, kurz vor Mitternacht"));
        plan(at(2026, 11, 1, 0, 0).withTitle("Tag danach"));
        plan(Post.newPost(null).withTitle("Idee ohne Datum"));

        Result export = exportIcs("2026-10-01", "2026-10-31");

        assertThat(read(file).getEvents()).extracting(event -> event.getSummary().getValue())
                .containsExactly("Erster Tag, Mitternacht", "Letzter Tag, kurz vor Mitternacht");
        assertThat(export.out()).isEqualTo("2 Beiträge vom 01.10.2026 bis 31.10.2026 nach " + file.toAbsolutePath()
                + " exportiert." + System.lineSeparator());
        assertThat(export.err()).isEmpty();
    }

    @Test
    void aSecondExportGivesTheSameEventsSoTheCalendarUpdatesThem() throws IOException {
        plan(at(2026, 10, 5, 9, 0).withTitle("Sperrmüll"));
        plan(at(2026, 10, 6, 9, 0).withTitle("Blutspende"));
        Path second = temp.resolve("noch-einmal.ics");

        exportIcs("2026-10-01", "2026-10-31");
        run("--data-dir", dataDir.toString(), "export-ics", "--from", "2026-10-01", "--to", "2026-10-31",
                "--out", second.toString());

        assertThat(uids(second)).isEqualTo(uids(file)).hasSize(2).allMatch(uid -> uid.matches(
                "post-\\d+@[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"));
        assertThat(Files.readString(second)).isEqualTo(Files.readString(file));
    }

    @Test
    void anotherDataDirectoryGivesOtherUidsSoTwoPlansNeverCollide() throws IOException {
        plan(at(2026, 10, 5, 9, 0).withTitle("Sperrmüll"));
        exportIcs("2026-10-01", "2026-10-31");
        dataDir = temp.resolve("testdaten");
        plan(at(2026, 10, 5, 9, 0).withTitle("Sperrmüll"));
        Path other = temp.resolve("test.ics");

        run("--data-dir", dataDir.toString(), "export-ics", "--from", "2026-10-01", "--to", "2026-10-31",
                "--out", other.toString());

        assertThat(uids(other)).singleElement().asString().startsWith("post-1@");
        assertThat(uids(file)).singleElement().asString().startsWith("post-1@");
        assertThat(uids(other)).doesNotContainAnyElementsOf(uids(file));
    }

    @Test
    void umlautsAndEmojiArriveIntactEvenWhereTheLongLinesAreFolded() throws IOException {
        String title = "Grüße zum Straßenfest an der Äußeren Zwickauer Straße – Öffnungszeiten für Übermorgen 🎉";
        plan(at(2026, 10, 10, 11, 0).withTitle(title).withText("Für alle Bürgerinnen und Bürger: " + "ÄÖÜäöüß ".repeat(30)));

        exportIcs("2026-10-10", "2026-10-10");

        VEvent event = read(file).getEvents().get(0);
        assertThat(event.getSummary().getValue()).isEqualTo(title);
        assertThat(event.getDescription().getValue()).endsWith("ÄÖÜäöüß ".repeat(30).strip());
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).contains("Grüße");
        // RFC 5545 counts octets: an umlaut is two, the emoji four, and no line may pass 75.
        assertThat(new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).split("\r\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(75));
    }

    @Test
    void inEnglishTheSentenceIsEnglish() {
        Locale.setDefault(Locale.UK);
        plan(at(2026, 10, 10, 11, 0).withTitle("Market"));

        Result export = exportIcs("2026-10-10", "2026-10-10");

        assertThat(export.out().strip()).isEqualTo("1 post from 10/10/2026 to 10/10/2026 exported to "
                + file.toAbsolutePath() + ".");
    }

    @Test
    void anEmptyRangeStillWritesACalendarAndSaysSo() throws IOException {
        plan(at(2026, 10, 10, 11, 0).withTitle("Markt"));

        Result export = exportIcs("2026-12-01", "2026-12-31");

        assertThat(export.exit()).isZero();
        assertThat(export.out().strip()).startsWith("Keine Beiträge vom 01.12.2026 bis 31.12.2026 nach ");
        assertThat(read(file).getEvents()).isEmpty();
    }

    @Test
    void anEndBeforeTheStartIsRefusedInOneSentenceBeforeAnythingIsTouched() {
        Result export = exportIcs("2026-10-31", "2026-10-01");

        assertThat(export.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(export.err().strip()).isEqualTo(
                "Der Zeitraum endet am 2026-10-01, bevor er am 2026-10-31 beginnt; bitte tauschen Sie die Daten.");
        assertThat(export.out()).isEmpty();
        assertThat(file).doesNotExist();
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aDateThatIsNoDateIsNamed() {
        Result export = exportIcs("2026-10-01", "31.10.2026");

        assertThat(export.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(export.err().strip()).isEqualTo("Das Datum „31.10.2026“ ist nicht lesbar: Schreiben Sie es als 2026-12-08.");
    }

    @Test
    void aFileThatCannotBeWrittenIsNamedAndNothingIsLeftBehind() throws IOException {
        plan(at(2026, 10, 10, 11, 0).withTitle("Markt"));
        file = temp.resolve("gibt-es-nicht").resolve("plan.ics");
        Path folder = temp.resolve("ein-ordner");
        Files.createDirectories(folder);

        Result missingFolder = exportIcs("2026-10-01", "2026-10-31");
        file = folder;
        Result intoAFolder = exportIcs("2026-10-01", "2026-10-31");

        assertThat(missingFolder.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(missingFolder.err().strip()).isEqualTo("Herold konnte " + temp.resolve("gibt-es-nicht")
                .resolve("plan.ics").toAbsolutePath() + " nicht schreiben; bitte prüfen Sie, ob der Ordner existiert "
                + "und Sie dort schreiben dürfen.");
        assertThat(intoAFolder.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(intoAFolder.err()).contains("ein-ordner").doesNotContain("Exception");
        assertThat(folder).isEmptyDirectory();
    }

    @Test
    void aMistypedDataDirectoryIsNotCreated() {
        Result export = exportIcs("2026-10-01", "2026-10-31");

        assertThat(export.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(export.err()).contains("keinen Herold-Datenordner");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void theHelpNamesTheCommand() {
        assertThat(run("--help").out()).contains("export-ics");
        assertThat(run("export-ics", "--help").out()).contains("--from=DATE", "--to=DATE", "--out=FILE");
    }

    private static Post at(int year, int month, int day, int hour, int minute) {
        return Post.newPost(Schedule.of(LocalDate.of(year, month, day), LocalTime.of(hour, minute), BERLIN));
    }

    private Post plan(Post post) {
        try (Database database = Database.open(dataDir, CLOCK)) {
            return database.posts().save(post);
        }
    }

    private Result exportIcs(String from, String to) {
        return run("--data-dir", dataDir.toString(), "export-ics", "--from", from, "--to", to, "--out", file.toString());
    }

    private static ICalendar read(Path ics) throws IOException {
        List<ICalendar> calendars = Biweekly.parse(Files.readString(ics, StandardCharsets.UTF_8)).all();
        assertThat(calendars).hasSize(1);
        return calendars.get(0);
    }

    private static List<String> uids(Path ics) throws IOException {
        return read(ics).getEvents().stream().map(event -> event.getUid().getValue()).toList();
    }

    private static Instant start(VEvent event) {
        return event.getDateStart().getValue().toInstant();
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new HeroldCommandLine(outStream, errStream, CLOCK, (directory, probe, probeOutput, errorOutput) -> {
                throw new AssertionError("no window in these tests");
            }).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
