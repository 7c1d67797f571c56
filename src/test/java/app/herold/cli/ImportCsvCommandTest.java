package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code herold import-csv FILE [--dry-run]} as the officer and the town's scripts call it. */
@ExtendWith(GermanLocale.class)
class ImportCsvCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final Path EXAMPLE = Path.of("assets", "examples", "beispielplan.csv");
    private static final String NL = System.lineSeparator();

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void theShippedExampleImportsAndItsPostsAreListedAsDrafts() {
        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv", EXAMPLE.toString());

        assertThat(imported.exit()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).endsWith("14 Beiträge als Entwurf importiert." + NL);
        assertThat(imported.out()).contains(
                "    2  Di., 01.12.2026   07:30  Adventskalender: Türchen 1                whatsapp,instagram,facebook");
        List<JsonNode> posts = listed();
        assertThat(posts).hasSize(14);
        assertThat(posts).allSatisfy(post -> assertThat(post.path("status").asText()).isEqualTo("draft"));
        JsonNode first = posts.get(0);
        assertThat(first.path("title").asText()).isEqualTo("Adventskalender: Türchen 1");
        assertThat(first.path("text").asText()).startsWith("Guten Morgen, Meerane!").contains("\nSchauen Sie täglich vorbei!");
        assertThat(first.path("scheduledAt").asText()).startsWith("2026-12-01T07:30");
        assertThat(first.path("tags")).extracting(JsonNode::asText).containsExactly("Adventskalender", "Meerane");
        // The last row names no time: it gets the default time of new posts.
        assertThat(posts.get(13).path("scheduledAt").asText()).startsWith("2026-12-31T09:00");
        assertThat(posts.get(13).path("channels")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("instagram", "facebook", "mastodon", "bluesky");
    }

    @Test
    void aDryRunPrintsThePreviewAndChangesNothing() throws IOException {
        Files.createDirectories(dataDir);

        CommandRun trial = run("--data-dir", dataDir.toString(), "import-csv", EXAMPLE.toString(), "--dry-run");

        assertThat(trial.exit()).isZero();
        assertThat(trial.out().lines()).hasSize(15);
        assertThat(trial.out()).endsWith("Probelauf: 14 Beiträge würden als Entwurf importiert; nichts wurde gespeichert." + NL);
        assertThat(listed()).isEmpty();
    }

    @Test
    void aDryRunDoesNotCreateADataDirectory() {
        CommandRun trial = run("--data-dir", dataDir.toString(), "import-csv", EXAMPLE.toString(), "--dry-run");

        assertThat(trial.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void oneBadRowImportsNothingAndEveryProblemIsPrintedUnderItsRow() throws IOException {
        Path csv = write("plan.csv", "Datum;Uhrzeit;Text;Kanäle\n"
                + "01.12.2026;9:00;Adventskalender;WhatsApp\n"
                + "32.12.2026;9:00;Silvester;Tiktok\n"
                + "03.12.2026;10:00;;Facebook\n", StandardCharsets.UTF_8);

        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv", csv.toString());

        assertThat(imported.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(imported.out().lines().toList()).containsExactly(
                "    2  Di., 01.12.2026   09:00  Adventskalender                           whatsapp",
                "    3  32.12.2026        09:00  Silvester",
                "       Fehler: Das Datum „32.12.2026“ ist nicht lesbar; schreiben Sie es als 01.12.2026 oder 2026-12-01.",
                "       Fehler: Unbekannter Kanal „Tiktok“: Möglich sind WhatsApp, Instagram, Facebook, Mastodon, "
                        + "Telegram und Bluesky, mehrere getrennt durch „|“.",
                "    4  Do., 03.12.2026   10:00                                            facebook",
                "       Fehler: Der Text ist leer.");
        assertThat(imported.err()).isEqualTo("Nichts importiert: 2 Zeilen haben Fehler; korrigieren Sie sie in der Datei "
                + "und importieren Sie sie erneut." + NL);
        assertThat(listed()).isEmpty();
    }

    @Test
    void aDryRunOfAFileWithProblemsExitsNonZeroToo() throws IOException {
        Files.createDirectories(dataDir);
        Path csv = write("plan.csv", "date,text,channels\n2026-12-01,Hello,tiktok\n", StandardCharsets.UTF_8);

        CommandRun trial = run("--data-dir", dataDir.toString(), "import-csv", csv.toString(), "--dry-run");

        assertThat(trial.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(trial.out()).contains("Unbekannter Kanal „tiktok“");
    }

    @Test
    void excelsWindows1252FileWithCommasAndEnglishHeadersImports() throws IOException {
        Path csv = write("excel.csv", "date,time,text,channels,tags,title\r\n"
                + "2026-12-05,9.00,\"Glühwein, Stollen; Musik\r\nam Markt\",WhatsApp|TELEGRAM,Weihnachtsmarkt|Meerane,Markttag\r\n",
                Charset.forName("windows-1252"));

        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv", csv.toString());

        assertThat(imported.exit()).isZero();
        JsonNode post = listed().get(0);
        assertThat(post.path("text").asText()).isEqualTo("Glühwein, Stollen; Musik\nam Markt");
        assertThat(post.path("channels")).extracting(JsonNode::asText).containsExactlyInAnyOrder("whatsapp", "telegram");
    }

    @Test
    void aBrokenQuoteIsOneSentenceNamingTheLineAndTouchesNothing() throws IOException {
        Path csv = write("plan.csv", "Datum;Text\n01.12.2026;\"Nie geschlossen\n02.12.2026;Weiter\n", StandardCharsets.UTF_8);

        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv", csv.toString());

        assertThat(imported.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(imported.out()).isEmpty();
        assertThat(imported.err().lines().toList()).singleElement().asString()
                .startsWith("Zeile 2 der Datei enthält ein fehlerhaftes Anführungszeichen")
                .doesNotContain("Exception");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void aMissingFileIsSaidInEnglishToo() {
        Locale.setDefault(Locale.UK);

        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv", temp.resolve("fehlt.csv").toString());

        assertThat(imported.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(imported.err().strip()).isEqualTo("The file " + temp.resolve("fehlt.csv") + " was not found.");
    }

    @Test
    void theFileIsRequired() {
        CommandRun imported = run("--data-dir", dataDir.toString(), "import-csv");

        assertThat(imported.exit()).isEqualTo(HeroldCommandLine.EXIT_USAGE);
        assertThat(imported.err()).contains("FILE");
    }

    private List<JsonNode> listed() {
        CommandRun list = run("--data-dir", dataDir.toString(), "list", "--json");
        List<JsonNode> posts = new ArrayList<>();
        try {
            new ObjectMapper().readTree(list.out()).forEach(posts::add);
        } catch (IOException e) {
            throw new AssertionError("list --json printed no JSON: " + list.out() + list.err(), e);
        }
        return posts;
    }

    private Path write(String name, String text, Charset charset) throws IOException {
        Path file = temp.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }
}
