package app.herold.cli;

import static app.herold.cli.JsonExchange.CLOCK;
import static app.herold.cli.JsonExchange.fixture;
import static app.herold.cli.JsonExchange.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.storage.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which files {@code herold import-json} takes and which it refuses: a version-1 file written by hand
 * imports; another program's JSON, a newer version, a damaged picture and a file with a problem are
 * refused with one sentence, and the plan stays exactly as it was.
 */
@ExtendWith(GermanLocale.class)
class JsonImportFilesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PICTURE = "f7393f6533568892056fe90114fd543e7a41832e42fc6d0f4ffed12e07d5fca8.png";

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void aVersionOneFileWrittenByHandImports() throws IOException {
        Path file = JsonExchange.zip(temp.resolve("ostern.zip"), versionOne(fixture("herold-export-v1.json")));

        CommandRun imported = run(dataDir, "import-json", file.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).startsWith("Import von ostern.zip (exportiert am Sa., 21.03.2026 09:00 von Herold 1.0.0),")
                .contains("Beiträge: 2 neu", "Bilder: 1 neu", "Bundesland (Feiertage): SN wird zu TH");
        JsonNode posts = JSON.readTree(run(dataDir, "list", "--json").out());
        assertThat(posts).hasSize(2);
        JsonNode easter = posts.get(0);
        assertThat(easter.path("id").asLong()).isEqualTo(7);
        assertThat(easter.path("scheduledAt").asText()).isEqualTo("2026-03-28T09:00:00+01:00");
        assertThat(easter.path("status").asText()).isEqualTo("ready");
        assertThat(easter.path("accounts").get(0).asLong()).isEqualTo(3);
        assertThat(easter.path("variants").path("instagram").asText()).startsWith("Ostermarkt am Samstag");
        JsonNode image = easter.path("images").get(0);
        assertThat(image.path("file").asText()).isEqualTo(PICTURE);
        assertThat(image.path("focusY").asDouble()).isEqualTo(0.6);
        assertThat(image.path("fit").asText()).isEqualTo("pad");
        JsonNode idea = posts.get(1);
        assertThat(idea.path("scheduledAt").isNull()).isTrue();
        assertThat(idea.path("createdAt").asText()).isEqualTo("2026-03-21T08:00:00Z");
        JsonNode election = JSON.readTree(run(dataDir, "elections", "list", "--json").out()).get(4);
        assertThat(election.path("name").asText()).isEqualTo("Bürgermeisterwahl 2026");
        assertThat(election.path("windowStart").asText()).isEqualTo("2026-04-07");
        assertThat(election.path("hotPhaseStart").asText()).isEqualTo("2026-05-10");
        assertThat(JSON.readTree(run(dataDir, "accounts", "list", "--json").out()).get(0).path("joinLink").asText())
                .isEqualTo("https://www.instagram.com/stadtmeerane");
        assertThat(run(dataDir, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: 1 Eintrag.");
        try (Database database = Database.open(dataDir, CLOCK)) {
            assertThat(Files.readAllBytes(database.media().pathOf(PICTURE))).isEqualTo(fixture("ostermarkt.png"));
            assertThat(database.deliveries().all()).singleElement()
                    .satisfies(delivery -> assertThat(delivery.recordedAt()).isEqualTo(delivery.publishedAt()));
        }
    }

    @Test
    void theDocumentAloneImportsAndNamesThePictureItLacks() throws IOException {
        Path file = Files.write(temp.resolve("herold-export.json"), fixture("herold-export-v1.json"));

        CommandRun imported = run(dataDir, "import-json", file.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("Hinweise:", "Das Bild " + PICTURE + " ist weder in der Datei noch im Bilderordner");
        assertThat(JSON.readTree(run(dataDir, "list", "--json").out())).hasSize(2);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"foo\":1}",
            // Postiz: an array of posts
            "[{\"id\":\"c1\",\"content\":\"Stadtfest\",\"publishDate\":\"2026-06-19T10:00:00Z\",\"integration\":{\"id\":\"x\"}}]",
            // Buffer: an object of updates
            "{\"updates\":[{\"text\":\"Stadtfest\",\"due_at\":1781863200,\"profile_service\":\"facebook\"}],\"total\":1}",
            "{\"format\":\"herold-backup\",\"formatVersion\":1}",
            "Beiträge;Datum\nStadtfest;19.06.2026"})
    void anotherProgramsFileIsRefusedWithOneSentenceAndChangesNothing(String content) throws IOException {
        assertThat(run(dataDir, "demo", "--posts", "3").exit()).isZero();
        String before = run(dataDir, "list", "--json").out();
        Path file = Files.writeString(temp.resolve("fremd.json"), content, StandardCharsets.UTF_8);

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err()).isEqualTo("fremd.json ist kein JSON-Export von Herold (vielleicht einer eines anderen "
                + "Programms); es wurde nichts verändert." + System.lineSeparator());
        assertThat(run(dataDir, "list", "--json").out()).isEqualTo(before);
    }

    @Test
    void theRefusalSpeaksEnglishToo() throws IOException {
        Locale.setDefault(Locale.UK);
        Path file = Files.writeString(temp.resolve("buffer.json"), "{\"updates\":[]}");

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.err().strip()).isEqualTo("buffer.json is not a JSON export of Herold (perhaps one of another "
                + "program); nothing was changed.");
    }

    @Test
    void aFileOfANewerVersionIsRefusedWithOneSentence() throws IOException {
        String newer = new String(fixture("herold-export-v1.json"), StandardCharsets.UTF_8)
                .replace("\"schemaVersion\": 1", "\"schemaVersion\": 2").replace("\"appVersion\": \"1.0.0\"", "\"appVersion\": \"2.3.0\"");
        Path file = JsonExchange.zip(temp.resolve("neu.zip"), versionOne(newer.getBytes(StandardCharsets.UTF_8)));

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("neu.zip wurde von einem neueren Herold geschrieben (2.3.0, Formatversion 2);"
                + " bitte aktualisieren Sie Herold, um die Datei zu importieren. Es wurde nichts verändert.");
        assertThat(JSON.readTree(run(dataDir, "list", "--json").out())).isEmpty();
    }

    @Test
    void aZipWhosePictureDoesNotMatchItsChecksumIsRefusedAndNothingIsImported() throws IOException {
        Path townHall = temp.resolve("rathaus");
        assertThat(run(townHall, "demo", "--posts", "30").exit()).isZero();
        Path exported = temp.resolve("plan.zip");
        assertThat(run(townHall, "export-json", "--out", exported.toString()).exit()).isZero();
        Map<String, byte[]> entries = JsonExchange.entries(exported);
        String damaged = entries.keySet().stream().filter(name -> name.startsWith("media/")).findFirst().orElseThrow();
        byte[] bytes = entries.get(damaged);
        bytes[bytes.length / 2] ^= 0x20;
        Path file = JsonExchange.zip(temp.resolve("kaputt.zip"), entries);

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.out()).isEmpty();
        assertThat(refused.err().strip()).isEqualTo("Der Export kaputt.zip ist beschädigt: Das Bild "
                + damaged.substring("media/".length()) + " fehlt oder passt nicht zu seiner Prüfsumme. Es wurde nichts verändert.");
        assertThat(JSON.readTree(run(dataDir, "list", "--json").out())).isEmpty();
        assertThat(dataDir.resolve("media")).doesNotExist();
        try (var left = Files.list(dataDir)) {
            assertThat(left.map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".json-import"));
        }
    }

    @Test
    void aFileWithAProblemShowsItAndImportsNothing() throws IOException {
        // A post that goes to an account the file does not hold: written by hand, or cut down.
        String withoutAccounts = new String(fixture("herold-export-v1.json"), StandardCharsets.UTF_8)
                .replaceAll("(?s)\"accounts\": \\[\\s*\\{.*?}\\s*],", "\"accounts\": [],");
        Path file = Files.writeString(temp.resolve("ohne-konten.json"), withoutAccounts);

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.out()).contains("Kanalkonten: 0 neu", "Probleme (es wird nichts importiert):",
                "  - Beitrag 7 geht an das Kanalkonto 3, das weder in der Datei noch in diesem Plan steht.");
        assertThat(refused.err().strip()).isEqualTo("Die Datei hat ein Problem (siehe oben); es wurde nichts importiert.");
        assertThat(JSON.readTree(run(dataDir, "list", "--json").out())).isEmpty();
        assertThat(run(dataDir, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: keine Einträge.");
    }

    @Test
    void aFieldThatCannotBeReadIsNamedByItsPlace() throws IOException {
        String badDate = new String(fixture("herold-export-v1.json"), StandardCharsets.UTF_8)
                .replace("2026-03-28T09:00:00+01:00", "28.03.2026 9 Uhr");
        Path file = Files.writeString(temp.resolve("datum.json"), badDate);

        CommandRun refused = run(dataDir, "import-json", file.toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.err().strip()).isEqualTo("datum.json lässt sich nicht importieren: posts[0].scheduledAt fehlt "
                + "oder ist nicht lesbar. Es wurde nichts verändert.");
    }

    @Test
    void aMistypedFileNameCreatesNoDataFolder() {
        CommandRun refused = run(dataDir, "import-json", temp.resolve("gibtsnicht.zip").toString());

        assertThat(refused.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(refused.err().strip()).isEqualTo("Die Datei " + temp.resolve("gibtsnicht.zip") + " gibt es nicht.");
        assertThat(dataDir).doesNotExist();
    }

    /** The ZIP export-json would write for the hand-written document: it and its one picture. */
    private static Map<String, byte[]> versionOne(byte[] document) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        entries.put("herold-export.json", document);
        entries.put("media/" + PICTURE, fixture("ostermarkt.png"));
        return entries;
    }
}
