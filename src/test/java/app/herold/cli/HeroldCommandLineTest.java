package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The command line as a script uses it: arguments in, text and an exit code out, against a real
 * data directory in a temporary folder. "Now" is Saturday, 28 November 2026, in Berlin.
 */
@ExtendWith(GermanLocale.class)
class HeroldCommandLineTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path dataDir;
    private final List<GuiCall> guiCalls = new ArrayList<>();
    private GuiLauncher gui = (directory, probe, probeOutput, errorOutput) -> {
        guiCalls.add(new GuiCall(directory, probe));
        return HeroldCommandLine.EXIT_OK;
    };

    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    // --- add -----------------------------------------------------------------------------------

    @Test
    void addPrintsTheNewIdAndStoresEveryOption() throws IOException {
        Path text = textFile("Am Dienstag tagt der Stadtrat.\nGäste sind willkommen – Grüße aus Meerane!");
        Path townHall = image("rathaus.png", "png", Color.RED);
        Path market = image("markt.jpg", "jpg", Color.BLUE);
        Path fountain = image("brunnen.png", "png", Color.GREEN);

        Result added = run("--data-dir", dataDir.toString(), "add", "--text-file", text.toString(),
                "--title", "Stadtratssitzung", "--at", "2026-12-08T18:30", "--zone", "Europe/Berlin",
                "--channel", "whatsapp", "--channel", "mastodon", "--channel", "bluesky",
                "--tag", "Stadtrat", "--tag", "Rathaus",
                "--image", townHall.toString(), "--alt", "Der Ratssaal",
                "--image", market.toString(),
                "--image", fountain.toString(), "--alt", "Der Brunnen am Markt",
                "--status", "ready");

        assertThat(added.exit()).isZero();
        assertThat(added.err()).isEmpty();
        assertThat(added.out()).matches("\\d+" + NL);
        JsonNode post = onlyPost(listJson());
        assertThat(post.get("id").asLong()).isEqualTo(Long.parseLong(added.out().strip()));
        assertThat(post.get("title").asText()).isEqualTo("Stadtratssitzung");
        assertThat(post.get("text").asText())
                .isEqualTo("Am Dienstag tagt der Stadtrat.\nGäste sind willkommen – Grüße aus Meerane!");
        assertThat(post.get("scheduledAt").asText()).isEqualTo("2026-12-08T18:30:00+01:00");
        assertThat(post.get("zone").asText()).isEqualTo("Europe/Berlin");
        assertThat(post.get("status").asText()).isEqualTo("ready");
        assertThat(texts(post.get("channels"))).containsExactlyInAnyOrder("whatsapp", "mastodon", "bluesky");
        assertThat(texts(post.get("tags"))).containsExactly("Stadtrat", "Rathaus");
        assertThat(post.get("images")).hasSize(3);
        assertImage(post.get("images").get(0), townHall, "png", "Der Ratssaal");
        assertImage(post.get("images").get(1), market, "jpg", "");
        assertImage(post.get("images").get(2), fountain, "png", "Der Brunnen am Markt");
    }

    @ParameterizedTest
    @ValueSource(strings = {"idea", "draft", "ready", "published", "archived"})
    void everyStatusOfTheContractIsAccepted(String status) throws IOException {
        Result added = add("--text-file", textFile("Text").toString(), "--at", "2026-12-01T09:00", "--status", status);

        assertThat(added.exit()).isZero();
        assertThat(onlyPost(listJson()).get("status").asText()).isEqualTo(status);
    }

    @Test
    void everyChannelOfTheContractIsAccepted() throws IOException {
        Result added = add("--text-file", textFile("Überall").toString(), "--channel", "whatsapp", "--channel", "instagram",
                "--channel", "facebook", "--channel", "mastodon", "--channel", "telegram", "--channel", "bluesky");

        assertThat(added.exit()).isZero();
        assertThat(texts(onlyPost(listJson()).get("channels"))).containsExactlyInAnyOrder(
                "whatsapp", "instagram", "facebook", "mastodon", "telegram", "bluesky");
    }

    @Test
    void aPostWithoutStatusIsADraft() throws IOException {
        add("--text-file", textFile("Text").toString(), "--at", "2026-12-01T09:00");

        assertThat(onlyPost(listJson()).get("status").asText()).isEqualTo("draft");
    }

    @Test
    void addWithoutADateMakesAnIdeaWithoutScheduleOrZone() throws IOException {
        Result added = add("--text-file", textFile("Adventskalender der Vereine").toString(), "--zone", "Europe/Berlin");

        assertThat(added.exit()).isZero();
        JsonNode idea = onlyPost(listJson());
        assertThat(idea.get("scheduledAt").isNull()).isTrue();
        assertThat(idea.get("zone").isNull()).isTrue();
        assertThat(idea.get("title").asText()).isEmpty();
        assertThat(idea.get("text").asText()).isEqualTo("Adventskalender der Vereine");
    }

    @Test
    void eachAddPrintsAnotherId() throws IOException {
        Path text = textFile("Text");

        String first = add("--text-file", text.toString()).out().strip();
        String second = add("--text-file", text.toString()).out().strip();

        assertThat(first).isNotEqualTo(second);
        assertThat(listJson()).extracting(post -> post.get("id").asText()).containsExactlyInAnyOrder(first, second);
    }

    @Test
    void aDateWithoutZoneIsPlannedInTheZoneOfTheComputer() throws IOException {
        Clock tokyo = CLOCK.withZone(ZoneId.of("Asia/Tokyo"));

        Result added = runWith(tokyo, "--data-dir", dataDir.toString(), "add", "--text-file", textFile("Text").toString(),
                "--at", "2026-12-08T09:00");

        assertThat(added.exit()).isZero();
        JsonNode post = onlyPost(listJson());
        assertThat(post.get("zone").asText()).isEqualTo("Asia/Tokyo");
        assertThat(post.get("scheduledAt").asText()).isEqualTo("2026-12-08T09:00:00+09:00");
    }

    @Test
    void aTextFileFromAWindowsEditorWithByteOrderMarkKeepsOnlyItsText() throws IOException {
        Path withBom = Files.write(temp.resolve("notepad.txt"),
                ("\uFEFF" + "Grüße aus dem Rathaus").getBytes(StandardCharsets.UTF_8));

        add("--text-file", withBom.toString());

        assertThat(onlyPost(listJson()).get("text").asText()).isEqualTo("Grüße aus dem Rathaus");
    }

    @Test
    void tagsAreKeptInOrderOnceAndWithoutTheirHashSign() throws IOException {
        add("--text-file", textFile("Text").toString(), "--tag", "#Weihnachtsmarkt", "--tag", "Innenstadt",
                "--tag", "Weihnachtsmarkt");

        assertThat(texts(onlyPost(listJson()).get("tags"))).containsExactly("Weihnachtsmarkt", "Innenstadt");
    }

    @Test
    void theSamePictureAddedTwiceIsStoredOnce() throws IOException {
        Path picture = image("rathaus.png", "png", Color.ORANGE);
        Path copy = Files.copy(picture, temp.resolve("rathaus-kopie.png"));

        add("--text-file", textFile("Text").toString(), "--image", picture.toString(), "--alt", "vorn",
                "--image", copy.toString(), "--alt", "hinten");

        JsonNode images = onlyPost(listJson()).get("images");
        assertThat(images.get(0).get("file").asText()).isEqualTo(images.get(1).get("file").asText());
        assertThat(texts(images, "altText")).containsExactly("vorn", "hinten");
        try (var files = Files.list(dataDir.resolve("media"))) {
            assertThat(files).hasSize(1);
        }
    }

    // --- data directory option -----------------------------------------------------------------

    @Test
    void theDataDirectoryMayStandBeforeOrAfterTheCommand() throws IOException {
        Path text = textFile("Text");

        Result before = run("--data-dir", dataDir.toString(), "add", "--text-file", text.toString(), "--title", "vorher");
        Result after = run("add", "--text-file", text.toString(), "--title", "nachher", "--data-dir", dataDir.toString());
        Result listedAfter = run("list", "--json", "--data-dir", dataDir.toString());

        assertThat(before.exit()).isZero();
        assertThat(after.exit()).isZero();
        assertThat(listedAfter.exit()).isZero();
        assertThat(parse(listedAfter.out())).extracting(post -> post.get("title").asText())
                .containsExactlyInAnyOrder("vorher", "nachher");
        assertThat(listedAfter.out()).isEqualTo(run("--data-dir", dataDir.toString(), "list", "--json").out());
    }

    @Test
    void aDataDirectoryThatDoesNotExistYetIsCreated() throws IOException {
        Path nested = temp.resolve("neu").resolve("herold");

        Result added = run("--data-dir", nested.toString(), "add", "--text-file", textFile("Text").toString());

        assertThat(added.exit()).isZero();
        assertThat(nested).isDirectory();
    }

    // --- list ----------------------------------------------------------------------------------

    @Test
    void listJsonHasEveryContractKeyForPostsAndIdeas() throws IOException {
        add("--text-file", textFile("Geplant").toString(), "--at", "2026-12-08T09:00", "--zone", "Europe/Berlin");
        add("--text-file", textFile("Idee").toString());

        List<JsonNode> posts = listJson();

        assertThat(posts).hasSize(2).allSatisfy(post -> assertThat(fieldNames(post))
                .contains("id", "title", "text", "scheduledAt", "zone", "status", "channels", "tags"));
        assertThat(posts).allSatisfy(post -> {
            assertThat(post.get("id").isIntegralNumber()).isTrue();
            assertThat(post.get("channels").isArray()).isTrue();
            assertThat(post.get("tags").isArray()).isTrue();
        });
    }

    @Test
    void scheduledAtCarriesTheOffsetOfItsDayAcrossDaylightSaving() throws IOException {
        Path text = textFile("Text");
        add("--text-file", text.toString(), "--title", "Winter", "--at", "2026-01-15T09:00", "--zone", "Europe/Berlin");
        add("--text-file", text.toString(), "--title", "Sommer", "--at", "2026-03-30T09:00", "--zone", "Europe/Berlin");
        add("--text-file", text.toString(), "--title", "Umstellung Frühjahr", "--at", "2026-03-29T09:00",
                "--zone", "Europe/Berlin");
        add("--text-file", text.toString(), "--title", "Umstellung Herbst", "--at", "2026-10-25T09:00",
                "--zone", "Europe/Berlin");
        add("--text-file", text.toString(), "--title", "New York", "--at", "2026-07-04T09:00",
                "--zone", "America/New_York");

        List<JsonNode> posts = listJson();

        assertThat(posts).extracting(post -> post.get("title").asText() + " " + post.get("scheduledAt").asText())
                .containsExactly(
                        "Winter 2026-01-15T09:00:00+01:00",
                        "Umstellung Frühjahr 2026-03-29T09:00:00+02:00",
                        "Sommer 2026-03-30T09:00:00+02:00",
                        "New York 2026-07-04T09:00:00-04:00",
                        "Umstellung Herbst 2026-10-25T09:00:00+01:00");
    }

    @Test
    void aTimeSkippedBySpringForwardMovesToTheHourAfter() throws IOException {
        add("--text-file", textFile("Text").toString(), "--at", "2026-03-29T02:30", "--zone", "Europe/Berlin");

        assertThat(onlyPost(listJson()).get("scheduledAt").asText()).isEqualTo("2026-03-29T03:30:00+02:00");
    }

    @Test
    void withoutARangeListShowsAllPostsInTimeOrderAndIdeasLast() throws IOException {
        Path text = textFile("Text");
        add("--text-file", text.toString(), "--title", "Idee A");
        add("--text-file", text.toString(), "--title", "Dezember", "--at", "2026-12-08T09:00");
        add("--text-file", text.toString(), "--title", "Oktober", "--at", "2026-10-01T18:00");
        add("--text-file", text.toString(), "--title", "Idee B");
        add("--text-file", text.toString(), "--title", "Oktober früh", "--at", "2026-10-01T07:00");

        assertThat(listJson()).extracting(post -> post.get("title").asText())
                .containsExactly("Oktober früh", "Oktober", "Dezember", "Idee A", "Idee B");
    }

    @Test
    void aRangeIncludesItsFirstAndLastDayWholeAndLeavesOutIdeas() throws IOException {
        Path text = textFile("Text");
        add("--text-file", text.toString(), "--title", "davor", "--at", "2026-02-28T23:59");
        add("--text-file", text.toString(), "--title", "erster Tag früh", "--at", "2026-03-01T00:00");
        add("--text-file", text.toString(), "--title", "Mitte", "--at", "2026-03-10T12:00");
        add("--text-file", text.toString(), "--title", "letzter Tag spät", "--at", "2026-03-15T23:59");
        add("--text-file", text.toString(), "--title", "danach", "--at", "2026-03-16T00:00");
        add("--text-file", text.toString(), "--title", "Idee");

        assertThat(titles("--from", "2026-03-01", "--to", "2026-03-15"))
                .containsExactly("erster Tag früh", "Mitte", "letzter Tag spät");
        assertThat(titles("--from", "2026-03-10", "--to", "2026-03-10")).containsExactly("Mitte");
        assertThat(titles("--from", "2026-03-15")).containsExactly("letzter Tag spät", "danach");
        assertThat(titles("--to", "2026-03-01")).containsExactly("davor", "erster Tag früh");
        assertThat(titles("--from", "2026-04-01", "--to", "2026-04-30")).isEmpty();
    }

    @Test
    void anEmptyPlanListsAsAnEmptyJsonArray() throws IOException {
        Files.createDirectories(dataDir);

        Result listed = run("--data-dir", dataDir.toString(), "list", "--json");

        assertThat(listed.exit()).isZero();
        assertThat(listed.err()).isEmpty();
        assertThat(parse(listed.out())).isEmpty();
    }

    @Test
    void listWithoutJsonPrintsOneLinePerPostWithIdStatusAndHeadline() throws IOException {
        String planned = add("--text-file", textFile("Stadtratssitzung\nim Rathaus").toString(),
                "--at", "2026-12-08T09:00", "--channel", "facebook", "--status", "ready").out().strip();
        String idea = add("--text-file", textFile("Adventskalender").toString()).out().strip();

        Result listed = run("--data-dir", dataDir.toString(), "list");

        assertThat(listed.exit()).isZero();
        List<String> lines = listed.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith(padded(planned)).contains("08.12.2026", "09:00", "ready", "facebook",
                "Stadtratssitzung").doesNotContain("im Rathaus");
        assertThat(lines.get(1)).startsWith(padded(idea)).contains("Idee (ohne Termin)", "Adventskalender");
    }

    // --- demo ----------------------------------------------------------------------------------

    @Test
    void demoFillsAnEmptyDirectoryWithEightyPostsByDefault() {
        Result demo = run("--data-dir", dataDir.toString(), "demo");

        assertThat(demo.exit()).isZero();
        assertThat(demo.err()).isEmpty();
        assertThat(demo.out()).isEqualTo("80 Beispielbeiträge in " + dataDir.toAbsolutePath() + " angelegt." + NL);
        List<JsonNode> posts = listJson();
        assertThat(posts).hasSize(80);
        assertThat(posts).anySatisfy(post -> assertThat(post.get("scheduledAt").isNull()).isTrue());
        assertThat(posts).allSatisfy(post -> assertThat(post.get("text").asText()).isNotBlank());
    }

    @Test
    void demoMakesAsManyPostsAsAsked() {
        Result demo = run("--data-dir", dataDir.toString(), "demo", "--posts", "7");

        assertThat(demo.exit()).isZero();
        assertThat(listJson()).hasSize(7);
    }

    @Test
    void theSameSeedGivesTheSamePlanInAnotherDirectory() {
        Path other = temp.resolve("andere");

        run("--data-dir", dataDir.toString(), "demo", "--seed", "42");
        run("--data-dir", other.toString(), "demo", "--seed", "42");

        String first = run("--data-dir", dataDir.toString(), "list", "--json").out();
        String second = run("--data-dir", other.toString(), "list", "--json").out();
        // With the same clock even the timestamps and the content-named image files agree.
        assertThat(second).isEqualTo(first);
        assertThat(parse(first)).hasSize(80);
    }

    @Test
    void theSameSeedLaterOnTheSameDayGivesTheSamePostsWithOtherTimestampsOnly() {
        Path other = temp.resolve("andere");
        Clock later = Clock.offset(CLOCK, Duration.ofMinutes(7));

        runWith(CLOCK, "--data-dir", dataDir.toString(), "demo", "--seed", "42");
        runWith(later, "--data-dir", other.toString(), "demo", "--seed", "42");

        List<JsonNode> first = listJson();
        List<JsonNode> second = parse(run("--data-dir", other.toString(), "list", "--json").out());
        assertThat(second).extracting(post -> post.get("createdAt").asText())
                .containsOnly(later.instant().toString());
        assertThat(second.stream().map(HeroldCommandLineTest::withoutTimestamps).toList())
                .isEqualTo(first.stream().map(HeroldCommandLineTest::withoutTimestamps).toList());
    }

    @Test
    void anotherSeedGivesAnotherPlan() {
        Path other = temp.resolve("andere");

        run("--data-dir", dataDir.toString(), "demo", "--seed", "42");
        run("--data-dir", other.toString(), "demo", "--seed", "43");

        assertThat(run("--data-dir", other.toString(), "list", "--json").out())
                .isNotEqualTo(run("--data-dir", dataDir.toString(), "list", "--json").out());
    }

    @Test
    void demoRefusesADirectoryThatAlreadyHoldsPosts() throws IOException {
        add("--text-file", textFile("Meiner").toString(), "--title", "eigener Beitrag");
        add("--text-file", textFile("Meine Idee").toString(), "--title", "eigene Idee");

        Result demo = run("--data-dir", dataDir.toString(), "demo");

        assertThat(demo.exit()).isNotZero();
        assertThat(demo.out()).isEmpty();
        assertThat(demo.err()).isEqualTo(
                "Der Datenordner enthält bereits 2 Beiträge; Beispieldaten kommen nur in einen leeren." + NL);
        assertThat(listJson()).extracting(post -> post.get("title").asText())
                .containsExactlyInAnyOrder("eigener Beitrag", "eigene Idee");
    }

    @Test
    void demoRunTwiceKeepsTheFirstPlan() {
        run("--data-dir", dataDir.toString(), "demo", "--posts", "5");

        Result again = run("--data-dir", dataDir.toString(), "demo", "--posts", "5");

        assertThat(again.exit()).isNotZero();
        assertOneSentenceOnStderr(again);
        assertThat(listJson()).hasSize(5);
    }

    // --- window --------------------------------------------------------------------------------

    @Test
    void withoutACommandTheWindowOpensOnTheGivenDataDirectory() {
        Result result = run("--data-dir", dataDir.toString());

        assertThat(result.exit()).isZero();
        assertThat(guiCalls).containsExactly(new GuiCall(dataDir.toAbsolutePath(), false));
    }

    @Test
    void aRelativeDataDirectoryReachesTheWindowAsAnAbsolutePath() {
        run("--data-dir", "relativ/../daten");

        assertThat(guiCalls).containsExactly(new GuiCall(Path.of("daten").toAbsolutePath(), false));
    }

    @Test
    void theStartupProbeIsPassedToTheWindowAndItsLineGoesToStandardOutput() {
        gui = (directory, probe, probeOutput, errorOutput) -> {
            guiCalls.add(new GuiCall(directory, probe));
            probeOutput.accept("startup_ms=1234");
            return HeroldCommandLine.EXIT_OK;
        };

        Result result = run("--data-dir", dataDir.toString(), "--startup-probe");

        assertThat(result.exit()).isZero();
        assertThat(guiCalls).containsExactly(new GuiCall(dataDir.toAbsolutePath(), true));
        assertThat(result.out()).isEqualTo("startup_ms=1234" + NL);
        assertThat(result.err()).isEmpty();
    }

    @Test
    void theWindowsExitCodeIsTheExitCodeOfHerold() {
        gui = (directory, probe, probeOutput, errorOutput) -> HeroldCommandLine.EXIT_FAILURE;

        assertThat(run("--data-dir", dataDir.toString()).exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
    }

    @Test
    void aWindowThatCannotStartIsReportedInOneSentence() {
        gui = (directory, probe, probeOutput, errorOutput) -> {
            throw new UserFacingException("error.alreadyRunning");
        };

        Result result = run("--data-dir", dataDir.toString());

        assertThat(result.exit()).isNotZero();
        assertThat(result.err()).isEqualTo("Herold ist bereits geöffnet. Bitte verwenden Sie das andere Fenster." + NL);
    }

    @Test
    void anUnexpectedWindowFailureShowsNoStackTrace() {
        gui = (directory, probe, probeOutput, errorOutput) -> {
            throw new IllegalStateException("Toolkit kaputt");
        };
        PrintStream console = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        Result result;
        try {
            // As in a fresh JVM, where Java's logging still writes to the console.
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            java.util.logging.Logger.getLogger("").addHandler(new java.util.logging.ConsoleHandler());
            result = run("--data-dir", dataDir.toString());
        } finally {
            System.setErr(console);
            app.herold.Logging.silenceConsole();
        }

        assertThat(result.exit()).isNotZero();
        assertOneSentenceOnStderr(result);
        assertThat(result.err()).startsWith("Etwas Unerwartetes ist passiert (Toolkit kaputt).");
        assertThat(logged.toString(StandardCharsets.UTF_8)).as("no log record, no stack trace on the console").isEmpty();
    }

    @Test
    void commandsNeverOpenTheWindow() throws IOException {
        add("--text-file", textFile("Text").toString());
        run("--data-dir", dataDir.toString(), "list");
        run("--data-dir", temp.resolve("demo").toString(), "demo", "--posts", "1");

        assertThat(guiCalls).isEmpty();
    }

    // --- help and version ----------------------------------------------------------------------

    @Test
    void helpListsTheCommandsAndOptionsAndOpensNoWindow() {
        Result help = run("--help");

        assertThat(help.exit()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("Aufruf:", "--data-dir", "--startup-probe", "--version", "demo", "add", "list");
        assertThat(guiCalls).isEmpty();
    }

    @Test
    void helpOfACommandDescribesItsOptions() {
        Result help = run("add", "--help");

        assertThat(help.exit()).isZero();
        assertThat(help.err()).isEmpty();
        assertThat(help.out()).contains("--text-file", "--at", "--zone", "--channel", "--tag", "--image", "--alt",
                "--status");
    }

    @Test
    void versionPrintsHeroldAndItsVersionAndOpensNoWindow() {
        Result version = run("--version");

        assertThat(version.exit()).isZero();
        assertThat(version.err()).isEmpty();
        assertThat(version.out()).matches("Herold \\S+" + NL);
        assertThat(guiCalls).isEmpty();
    }

    // --- errors --------------------------------------------------------------------------------

    @Nested
    class Errors {

        @Test
        void anUnknownStatusIsNamedAndNothingIsStored() throws IOException {
            Result result = add("--text-file", textFile("Text").toString(), "--status", "später");

            assertFailure(result,
                    "Unbekannter Status „später“: Verwenden Sie idea, draft, ready, published oder archived.");
            assertThat(listJson()).isEmpty();
        }

        @Test
        void anUnknownChannelIsNamedAndNothingIsStored() throws IOException {
            Result result = add("--text-file", textFile("Text").toString(), "--channel", "whatsapp",
                    "--channel", "myspace");

            assertFailure(result, "Unbekannter Kanal „myspace“: Verwenden Sie whatsapp, instagram, facebook,"
                    + " mastodon, telegram oder bluesky.");
            assertThat(listJson()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-13-01T09:00", "08.12.2026 09:00", "2026-12-08", "morgen"})
        void aDateAndTimeThatCannotBeReadIsNamed(String at) throws IOException {
            Result result = add("--text-file", textFile("Text").toString(), "--at", at);

            assertFailure(result, "Datum und Uhrzeit „" + at
                    + "“ sind nicht lesbar: Schreiben Sie sie als 2026-12-08T09:00.");
            assertThat(listJson()).isEmpty();
        }

        @ParameterizedTest
        @ValueSource(strings = {"Mars/Olympus", "Berlin", "MEZ"})
        void anUnknownTimeZoneIsNamed(String zone) throws IOException {
            Result result = add("--text-file", textFile("Text").toString(), "--at", "2026-12-08T09:00", "--zone", zone);

            assertFailure(result, "Unbekannte Zeitzone „" + zone + "“: Schreiben Sie sie wie Europe/Berlin.");
            assertThat(listJson()).isEmpty();
        }

        @Test
        void aMissingTextFileIsNamed() {
            Path missing = temp.resolve("fehlt.txt");

            Result result = add("--text-file", missing.toString());

            assertFailure(result, "Die Textdatei " + missing + " wurde nicht gefunden.");
        }

        @Test
        void aTextFileThatIsNotUtf8IsNamed() throws IOException {
            Path latin1 = Files.write(temp.resolve("latin1.txt"), "Grüße".getBytes(StandardCharsets.ISO_8859_1));

            Result result = add("--text-file", latin1.toString());

            assertFailure(result, "Die Textdatei " + latin1 + " ist kein UTF-8-Text. Bitte speichern Sie sie als UTF-8.");
        }

        @Test
        void aMissingImageIsNamedAndNothingIsStored() throws IOException {
            Path missing = temp.resolve("weg.png");

            Result result = add("--text-file", textFile("Text").toString(), "--image", missing.toString());

            assertFailure(result, "Das Bild " + missing + " wurde nicht gefunden.");
            assertThat(listJson()).isEmpty();
        }

        @Test
        void aFileThatIsNoImageIsRefused() throws IOException {
            Path notes = textFile("Kein Bild");

            Result result = add("--text-file", notes.toString(), "--image", notes.toString());

            assertFailure(result, "„" + notes.getFileName() + "“ wurde nicht hinzugefügt, weil es kein Bild ist, das "
                    + "Herold lesen kann; bitte wählen Sie ein Foto im Format JPEG, PNG oder WebP.");
            assertThat(listJson()).isEmpty();
        }

        @Test
        void anUnknownOptionIsNamedWithAPointerToHelp() {
            Result result = run("--data-dir", dataDir.toString(), "list", "--colour");

            assertThat(result.exit()).isNotZero();
            assertOneSentenceOnStderr(result);
            assertThat(result.err()).isEqualTo(
                    "Unbekannte Option oder unbekannter Befehl „--colour“ (siehe --help)." + NL);
            assertThat(result.out()).isEmpty();
        }

        @Test
        void aMissingRequiredOptionIsNamedInTheUsersLanguage() {
            Result result = run("--data-dir", dataDir.toString(), "add");

            assertThat(result.exit()).isNotZero();
            assertThat(result.err()).isEqualTo("Die Option --text-file fehlt (siehe --help)." + NL);
        }

        @Test
        void listingAMistypedDataDirectorySaysSoInsteadOfCreatingAnEmptyOne() {
            Path typo = temp.resolve("herlod");

            Result result = run("--data-dir", typo.toString(), "list", "--json");

            assertThat(result.exit()).isNotZero();
            assertThat(result.err()).isEqualTo("Unter " + typo + " gibt es keinen Herold-Datenordner. "
                    + "Bitte prüfen Sie den Pfad." + NL);
            assertThat(typo).doesNotExist();
        }

        @Test
        void anUnknownCommandIsNamedAndOpensNoWindow() {
            Result result = run("--data-dir", dataDir.toString(), "publish");

            assertThat(result.exit()).isNotZero();
            assertOneSentenceOnStderr(result);
            assertThat(result.err()).contains("publish");
            assertThat(guiCalls).isEmpty();
        }

        @Test
        void aMissingTextFileOptionIsNamed() {
            Result result = run("--data-dir", dataDir.toString(), "add", "--title", "ohne Text");

            assertThat(result.exit()).isNotZero();
            assertOneSentenceOnStderr(result);
            assertThat(result.err()).contains("--text-file");
        }

        @Test
        void anAltTextWithoutImageIsRefusedAndNothingIsStored() throws IOException {
            Result result = add("--text-file", textFile("Text").toString(), "--alt", "Der Ratssaal");

            assertThat(result.exit()).isNotZero();
            assertOneSentenceOnStderr(result);
            assertThat(result.err()).contains("--image");
            assertThat(dataDir).as("refused before the data directory was touched").doesNotExist();
        }

        @Test
        void aRangeThatEndsBeforeItStartsIsRefused() {
            Result result = run("--data-dir", dataDir.toString(), "list", "--from", "2026-02-01", "--to", "2026-01-31");

            assertFailure(result, "Der Zeitraum endet (2026-01-31), bevor er beginnt (2026-02-01).");
        }

        @ParameterizedTest
        @ValueSource(strings = {"2026-02-30", "01.02.2026", "2026-2-1"})
        void aListDateThatCannotBeReadIsNamed(String day) {
            Result result = run("--data-dir", dataDir.toString(), "list", "--from", day);

            assertFailure(result, "Das Datum „" + day + "“ ist nicht lesbar: Schreiben Sie es als 2026-12-08.");
        }

        @Test
        void aNegativeNumberOfDemoPostsIsRefused() {
            Result result = run("--data-dir", dataDir.toString(), "demo", "--posts", "-1");

            assertFailure(result, "Die Zahl der Beiträge kann nicht negativ sein (-1).");
        }

        @Test
        void aNumberOfDemoPostsThatIsNoNumberIsNamed() {
            Result result = run("--data-dir", dataDir.toString(), "demo", "--posts", "viele");

            assertThat(result.exit()).isNotZero();
            assertOneSentenceOnStderr(result);
            assertThat(result.err()).contains("viele");
        }

        @Test
        void aDataDirectoryThatIsAFileIsNamed() throws IOException {
            Path file = Files.writeString(temp.resolve("datei"), "kein Ordner");

            Result added = run("--data-dir", file.toString(), "add", "--text-file", textFile("Text").toString());
            Result listed = run("--data-dir", file.toString(), "list");

            assertFailure(added, "Herold kann nicht in seinen Datenordner " + file.toAbsolutePath()
                    + " schreiben. Bitte prüfen Sie, ob der Ordner existiert und beschreibbar ist.");
            assertFailure(listed, "Unter " + file.toAbsolutePath() + " gibt es keinen Herold-Datenordner. "
                    + "Bitte prüfen Sie den Pfad.");
        }

        private void assertFailure(Result result, String sentence) {
            assertThat(result.exit()).isNotZero();
            assertThat(result.out()).isEmpty();
            assertThat(result.err()).isEqualTo(sentence + NL);
            assertOneSentenceOnStderr(result);
        }
    }

    // --- helpers -------------------------------------------------------------------------------

    private record Result(int exit, String out, String err) {
    }

    private record GuiCall(Path dataDirectory, boolean probe) {
    }

    private Result run(String... args) {
        return runWith(CLOCK, args);
    }

    private Result runWith(Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new HeroldCommandLine(outStream, errStream, clock,
                    (directory, probe, probeOutput, errorOutput) -> gui.launch(directory, probe, probeOutput, errorOutput)).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    private Result add(String... options) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "add"));
        args.addAll(List.of(options));
        return run(args.toArray(String[]::new));
    }

    private List<JsonNode> listJson(String... range) {
        List<String> args = new ArrayList<>(List.of("--data-dir", dataDir.toString(), "list", "--json"));
        args.addAll(List.of(range));
        Result listed = run(args.toArray(String[]::new));
        assertThat(listed.exit()).as("list --json exit code, stderr: %s", listed.err()).isZero();
        assertThat(listed.err()).isEmpty();
        return parse(listed.out());
    }

    private List<String> titles(String... range) {
        return listJson(range).stream().map(post -> post.get("title").asText()).toList();
    }

    private static List<JsonNode> parse(String json) {
        try {
            JsonNode array = JSON.readTree(json);
            assertThat(array.isArray()).as("list --json prints an array: %s", json).isTrue();
            List<JsonNode> posts = new ArrayList<>();
            array.forEach(posts::add);
            return posts;
        } catch (IOException e) {
            throw new AssertionError("list --json printed no valid JSON: " + json, e);
        }
    }

    private static JsonNode withoutTimestamps(JsonNode post) {
        ObjectNode copy = post.deepCopy();
        copy.remove(List.of("createdAt", "updatedAt"));
        return copy;
    }

    private static JsonNode onlyPost(List<JsonNode> posts) {
        assertThat(posts).hasSize(1);
        return posts.get(0);
    }

    private static List<String> texts(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.asText()));
        return values;
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(node -> values.add(node.get(field).asText()));
        return values;
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String padded(String id) {
        return String.format("%6s", id);
    }

    private void assertImage(JsonNode image, Path original, String extension, String altText) {
        String file = image.get("file").asText();
        assertThat(file).isEqualTo(sha256(original) + "." + extension);
        assertThat(image.get("altText").asText()).isEqualTo(altText);
        assertThat(dataDir.resolve("media").resolve(file)).hasSameBinaryContentAs(original);
    }

    private static void assertOneSentenceOnStderr(Result result) {
        assertThat(result.err()).as("stderr").endsWith(NL);
        assertThat(result.err().strip()).as("stderr").doesNotContain("\n", "\r")
                .doesNotContain("Exception", "at app.", "\tat ", "picocli.").isNotBlank();
    }

    private Path textFile(String content) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "text-", ".txt"), content, StandardCharsets.UTF_8);
    }

    private Path image(String name, String format, Color colour) throws IOException {
        BufferedImage picture = new BufferedImage(8, 6, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, 8, 6);
        graphics.dispose();
        Path file = temp.resolve(name);
        assertThat(ImageIO.write(picture, format, file.toFile())).as("ImageIO writes " + format).isTrue();
        return file;
    }

    private static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException | NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
