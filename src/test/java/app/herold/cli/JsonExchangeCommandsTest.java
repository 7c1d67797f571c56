package app.herold.cli;

import static app.herold.cli.JsonExchange.CLOCK;
import static app.herold.cli.JsonExchange.run;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Confirmation;
import app.herold.storage.Database;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herold export-json} and {@code herold import-json}: a plan taken to another computer comes back
 * whole, importing twice adds nothing, replacing takes the file's plan but only ever adds to the audit log.
 */
@ExtendWith(GermanLocale.class)
class JsonExchangeCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path townHall;
    private Path laptop;
    @BeforeEach
    void folders() {
        townHall = temp.resolve("rathaus");
        laptop = temp.resolve("laptop");
    }

    @Test
    void aPlanExportedAndImportedIntoAnEmptyFolderIsTheSamePlan() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "30").exit()).isZero();
        assertThat(run(townHall, "accounts", "add", "mastodon", "--name", "Stadt Meerane – Mastodon", "--base-url",
                "https://meerane.social", "--handle", "@stadt").exit()).isZero();
        assertThat(run(townHall, "elections", "add", "--type", "buergermeister", "--date", "2029-06-10", "--name",
                "Bürgermeisterwahl 2029", "--candidate", "Erika Muster").exit()).isZero();
        assertThat(run(townHall, "settings", "set", "state", "BY").exit()).isZero();
        PostId market = marketPostWithOwnTextFocusConfirmationAndDelivery();
        Path file = temp.resolve("stick").resolve("plan.zip");

        CommandRun exported = run(townHall, "export-json", "--out", file.toString());

        assertThat(exported.exit()).as(exported.err()).isZero();
        assertThat(exported.out()).startsWith("Exportiert nach " + file.toAbsolutePath() + ": 31 Beiträge und ");
        assertThat(JsonExchange.entries(file).keySet().iterator().next()).isEqualTo("herold-export.json");

        CommandRun imported = run(laptop, "import-json", file.toString());

        assertThat(imported.exit()).as(imported.err()).isZero();
        assertThat(imported.err()).isEmpty();
        assertThat(imported.out()).contains("zusammenführen:", "Beiträge: 31 neu, 0 schon vorhanden, 0 geändert",
                "Kanalkonten: 2 neu", "Wahlen: 1 neu, 4 schon vorhanden", "Einträge im Prüfprotokoll: 1 neu",
                "Veröffentlichungen: 1 neu", "Bundesland (Feiertage): SN wird zu BY",
                "Import abgeschlossen; der Plan enthält jetzt 31 Beiträge.");
        assertThat(run(laptop, "list", "--json").out()).isEqualTo(run(townHall, "list", "--json").out());
        assertThat(run(laptop, "elections", "list", "--json").out()).isEqualTo(run(townHall, "elections", "list", "--json").out());
        assertThat(run(laptop, "accounts", "list", "--json").out()).isEqualTo(run(townHall, "accounts", "list", "--json").out());
        assertThat(run(laptop, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: 1 Eintrag.");
        JsonNode post = postJson(laptop, market);
        assertThat(post.path("variants").path("mastodon").asText()).isEqualTo("Wochenmarkt am Samstag! #Meerane");
        assertThat(post.path("images").get(0).path("focusX").asDouble()).isEqualTo(0.25);
        assertThat(post.path("images").get(0).path("fit").asText()).isEqualTo("pad");
        try (Database here = Database.open(townHall, CLOCK); Database there = Database.open(laptop, CLOCK)) {
            assertThat(there.audit().entries()).isEqualTo(here.audit().entries());
            assertThat(there.deliveries().all()).isEqualTo(here.deliveries().all());
            assertThat(there.preferences().load().state()).isEqualTo("BY");
            String picture = here.posts().find(market).orElseThrow().images().get(0).mediaFile();
            assertThat(there.media().pathOf(picture)).hasSameBinaryContentAs(here.media().pathOf(picture));
        }
    }

    @Test
    void aPostWrittenAfterAnImportGetsANumberOfItsOwn() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "12").exit()).isZero();
        Path file = exported("plan.zip");
        assertThat(run(laptop, "import-json", file.toString()).exit()).isZero();

        CommandRun added = run(laptop, "add", "--text-file", text("Neu auf dem Laptop").toString());

        assertThat(added.exit()).as(added.err()).isZero();
        assertThat(Long.parseLong(added.out().strip())).isEqualTo(13);
        assertThat(JSON.readTree(run(laptop, "list", "--json").out())).hasSize(13);
    }

    @Test
    void mergingTheSameFileTwiceAddsNothingTheSecondTime() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "20").exit()).isZero();
        marketPostWithOwnTextFocusConfirmationAndDelivery();
        Path file = exported("plan.zip");
        assertThat(run(laptop, "import-json", file.toString()).exit()).isZero();
        String once = run(laptop, "list", "--json").out();

        CommandRun again = run(laptop, "import-json", file.toString());

        assertThat(again.exit()).as(again.err()).isZero();
        assertThat(again.out()).contains("Beiträge: 0 neu, 21 schon vorhanden, 0 geändert",
                "Kanalkonten: 0 neu, 1 schon vorhanden, 0 geändert", "Wahlen: 0 neu, 4 schon vorhanden, 0 geändert",
                "Parteien: 0 neu, 10 schon vorhanden", "Veröffentlichungen: 0 neu, 1 schon vorhanden",
                "Einträge im Prüfprotokoll: 0 neu, 1 schon vorhanden").doesNotContain("Hinweise");
        assertThat(run(laptop, "list", "--json").out()).isEqualTo(once);
        assertThat(run(laptop, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: 1 Eintrag.");
        try (Database there = Database.open(laptop, CLOCK)) {
            assertThat(there.deliveries().all()).hasSize(1);
        }
    }

    @Test
    void mergingAFileWithAChangedPostTakesTheFilesVersionAndKeepsThePostsOfThisPlan() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "5").exit()).isZero();
        assertThat(run(laptop, "import-json", exported("vorher.zip").toString()).exit()).isZero();
        assertThat(run(laptop, "add", "--text-file", text("Nur auf dem Laptop").toString()).exit()).isZero();
        try (Database database = Database.open(townHall, CLOCK)) {
            Post first = database.posts().find(PostId.of(1)).orElseThrow();
            database.posts().save(first.withTitle("Neuer Titel aus dem Rathaus"));
        }

        CommandRun merged = run(laptop, "import-json", exported("nachher.zip").toString());

        assertThat(merged.out()).contains("Beiträge: 0 neu, 4 schon vorhanden, 1 geändert").doesNotContain("entfernt");
        assertThat(postJson(laptop, PostId.of(1)).path("title").asText()).isEqualTo("Neuer Titel aus dem Rathaus");
        assertThat(JSON.readTree(run(laptop, "list", "--json").out())).hasSize(6);
    }

    @Test
    void replacingMakesThePlanTheFilesButOnlyEverAddsToTheAuditLog() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "20", "--seed", "1").exit()).isZero();
        marketPostWithOwnTextFocusConfirmationAndDelivery();
        Path file = exported("plan.zip");
        assertThat(run(laptop, "demo", "--posts", "25", "--seed", "2").exit()).isZero();
        assertThat(run(laptop, "accounts", "add", "telegram", "--name", "Nur auf dem Laptop", "--handle", "@laptop").exit())
                .isZero();
        List<AuditEntry> laptopLog;
        try (Database database = Database.open(laptop, CLOCK)) {
            confirm(database, PostId.of(3), "Bestätigung auf dem Laptop");
            laptopLog = database.audit().entries();
        }

        CommandRun replaced = run(laptop, "import-json", file.toString(), "--replace");

        assertThat(replaced.exit()).as(replaced.err()).isZero();
        // Both plans number their posts and accounts from 1: the same numbers with other content are changes.
        assertThat(replaced.out()).contains("ersetzen:", "Beiträge: 0 neu, 0 schon vorhanden, 21 geändert, 4 entfernt",
                "Kanalkonten: 0 neu, 0 schon vorhanden, 1 geändert",
                "Hinweise:", "Das Prüfprotokoll in der Datei setzt das Prüfprotokoll dieses Plans nicht fort; seine 1 Einträge");
        assertThat(run(laptop, "list", "--json").out()).isEqualTo(run(townHall, "list", "--json").out());
        assertThat(run(laptop, "accounts", "list", "--json").out()).isEqualTo(run(townHall, "accounts", "list", "--json").out());
        assertThat(run(laptop, "elections", "list", "--json").out()).isEqualTo(run(townHall, "elections", "list", "--json").out());
        assertThat(run(laptop, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: 1 Eintrag.");
        try (Database database = Database.open(laptop, CLOCK)) {
            assertThat(database.audit().entries()).isEqualTo(laptopLog);
            assertThat(database.deliveries().all()).hasSize(1);
        }
    }

    @Test
    void aFileWhoseAuditLogContinuesThisOneIsAppendedToIt() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "5").exit()).isZero();
        try (Database database = Database.open(townHall, CLOCK)) {
            confirm(database, PostId.of(1), "Erste Bestätigung");
        }
        assertThat(run(laptop, "import-json", exported("erste.zip").toString()).exit()).isZero();
        try (Database database = Database.open(townHall, CLOCK)) {
            confirm(database, PostId.of(2), "Zweite Bestätigung");
        }

        CommandRun second = run(laptop, "import-json", exported("zweite.zip").toString());

        assertThat(second.out()).contains("Einträge im Prüfprotokoll: 1 neu, 1 schon vorhanden");
        assertThat(run(laptop, "audit-log", "verify").out().strip()).isEqualTo("Prüfprotokoll unversehrt: 2 Einträge.");
        try (Database here = Database.open(townHall, CLOCK); Database there = Database.open(laptop, CLOCK)) {
            assertThat(there.audit().entries()).isEqualTo(here.audit().entries());
        }
    }

    @Test
    void aDryRunPrintsWhatWouldChangeAndChangesNothing() throws IOException {
        assertThat(run(townHall, "demo", "--posts", "10").exit()).isZero();
        Path file = exported("plan.zip");
        assertThat(run(laptop, "demo", "--posts", "3", "--seed", "9").exit()).isZero();
        String before = run(laptop, "list", "--json").out();
        List<Path> picturesBefore = pictures(laptop);

        CommandRun dryRun = run(laptop, "import-json", file.toString(), "--replace", "--dry-run");

        assertThat(dryRun.exit()).as(dryRun.err()).isZero();
        assertThat(dryRun.out()).contains("ersetzen:", "Beiträge: 7 neu, 0 schon vorhanden, 3 geändert")
                .endsWith("Probelauf: Es wurde nichts verändert." + System.lineSeparator());
        assertThat(run(laptop, "list", "--json").out()).isEqualTo(before);
        assertThat(pictures(laptop)).isEqualTo(picturesBefore);
        assertThat(Files.list(laptop).map(path -> path.getFileName().toString())).noneMatch(name -> name.startsWith(".json-import"));
    }

    /** A post with a picture, an own text for Mastodon, a moved focus, a confirmation and a publication. */
    private PostId marketPostWithOwnTextFocusConfirmationAndDelivery() throws IOException {
        assertThat(run(townHall, "accounts", "add", "mastodon", "--name", "Markt auf Mastodon", "--handle", "@markt").exit())
                .isZero();
        CommandRun added = run(townHall, "add", "--text-file", text("Wochenmarkt am Samstag").toString(), "--at",
                "2029-05-02T09:00", "--zone", "Europe/Berlin", "--image", picture().toString(), "--alt", "Marktstände",
                "--account", "Markt auf Mastodon");
        assertThat(added.exit()).as(added.err()).isZero();
        PostId id = PostId.of(Long.parseLong(added.out().strip()));
        try (Database database = Database.open(townHall, CLOCK)) {
            Post post = database.posts().find(id).orElseThrow();
            PostImage image = post.images().get(0);
            database.posts().save(post.withVariant(ChannelKind.MASTODON, "Wochenmarkt am Samstag! #Meerane")
                    .withImages(List.of(image.withFocus(0.25, 0.75).withFit(PostImage.Fit.PAD))));
            confirm(database, id, "Sachliche Information über den Markt");
            database.deliveries().record(new Delivery(0, id, ChannelKind.MASTODON, post.accounts().get(0), "",
                    Delivery.Method.MANUAL, CLOCK.instant().plus(Duration.ofHours(1)), "https://meerane.social/@markt/1",
                    null));
        }
        return id;
    }

    private static void confirm(Database database, PostId post, String reason) {
        database.audit().append(new Confirmation(CLOCK.instant(), "Bürgermeisterwahl 2029", List.of("neutrality.candidate"),
                post, "ab".repeat(32), reason));
    }

    private Path exported(String name) {
        Path file = temp.resolve(name);
        CommandRun exported = run(townHall, "export-json", "--out", file.toString());
        assertThat(exported.exit()).as(exported.err()).isZero();
        return file;
    }

    private static JsonNode postJson(Path dataDir, PostId id) throws IOException {
        for (JsonNode post : JSON.readTree(run(dataDir, "list", "--json").out())) {
            if (post.path("id").asLong() == id.value()) {
                return post;
            }
        }
        throw new AssertionError("no post " + id);
    }

    private static List<Path> pictures(Path dataDir) throws IOException {
        Path media = dataDir.resolve("media");
        if (!Files.isDirectory(media)) {
            return List.of();
        }
        try (var files = Files.list(media)) {
            return files.sorted().toList();
        }
    }

    private Path text(String content) throws IOException {
        Path file = Files.createTempFile(temp, "text", ".txt");
        Files.writeString(file, content);
        return file;
    }

    private Path picture() throws IOException {
        Path photo = temp.resolve("markt.png");
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        var graphics = image.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 400, 300);
        graphics.dispose();
        ImageIO.write(image, "png", photo.toFile());
        return photo;
    }
}
