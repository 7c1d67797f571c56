package app.herold.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.exchange.csv.PlanCsvReader;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A month planned in a spreadsheet, checked row by row and imported all at once, on a real database. */
class PlanImportTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final Messages GERMAN = Messages.forLanguage("de");
    private static final String HEADER = "Datum;Uhrzeit;Text;Kanäle;Bilder;Alt-Texte;Schlagwörter;Titel\n";

    @TempDir
    Path temp;

    private Database database;
    private ContentPlan plan;
    private PlanImport imports;
    private final List<PlanChange> changes = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(temp.resolve("daten"), CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        plan.addListener(changes::add);
        imports = new PlanImport(new PlanCsvReader(), database.media(), plan, () -> LocalTime.of(9, 30));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void listsInACellBecomeChannelsTagsAndPicturesWithTheirAltTexts() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("planung"));
        picture(folder.resolve("bilder").resolve("markt.png"));
        Path townHall = picture(temp.resolve("anderswo").resolve("rathaus.png"));
        Path csv = csv(folder, HEADER + "01.12.2026;10:00;Weihnachtsmarkt;WhatsApp | instagram|MASTODON;bilder/markt.png|"
                + townHall + ";Buden auf dem Markt|Das Rathaus;#Advent|Meerane;Markt\n");

        ImportPreview preview = imports.preview(csv);
        assertThat(preview.importable()).isTrue();
        assertThat(imports.importAll(preview)).isEqualTo(1);

        List<Post> saved = all();
        assertThat(saved).singleElement().satisfies(post -> {
            assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
            assertThat(post.schedule()).isEqualTo(Schedule.of(LocalDate.of(2026, 12, 1), LocalTime.of(10, 0), BERLIN));
            assertThat(post.title()).isEqualTo("Markt");
            assertThat(post.text()).isEqualTo("Weihnachtsmarkt");
            assertThat(post.channels()).containsExactlyInAnyOrder(ChannelKind.WHATSAPP, ChannelKind.INSTAGRAM,
                    ChannelKind.MASTODON);
            assertThat(post.tags()).containsExactly("Advent", "Meerane");
            assertThat(post.images()).extracting(PostImage::altText).containsExactly("Buden auf dem Markt", "Das Rathaus");
            // Copied into the data directory, so the officer may move or delete the originals.
            assertThat(post.images()).allSatisfy(image -> assertThat(database.media().pathOf(image.mediaFile())).isRegularFile());
        });
        assertThat(changes).extracting(PlanChange::kind).containsExactly(PlanChange.Kind.BULK_LOADED);
    }

    @Test
    void datesAndTimesAreReadAsGermanOfficesWriteThem() throws IOException {
        Path csv = csv(temp, HEADER
                + "2026-12-01;9:00;a;;;;;\n"
                + "01.12.2026;09:00;b;;;;;\n"
                + "1.12.26;9.00;c;;;;;\n"
                + "01.12.2026;17:30 Uhr;d;;;;;\n"
                + "01.12.2026;09:15:00;e;;;;;\n"
                + "01.12.2026;;f;;;;;\n");

        ImportPreview preview = imports.preview(csv);

        assertThat(preview.rows()).allSatisfy(row -> {
            assertThat(row.problems()).isEmpty();
            assertThat(row.date()).isEqualTo(LocalDate.of(2026, 12, 1));
        });
        assertThat(preview.rows()).extracting(ImportRow::time).containsExactly(LocalTime.of(9, 0), LocalTime.of(9, 0),
                LocalTime.of(9, 0), LocalTime.of(17, 30), LocalTime.of(9, 15), LocalTime.of(9, 30));
    }

    @Test
    void everyRowSaysWhatIsWrongWithItInOneSentenceEach() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("planung"));
        Files.writeString(folder.resolve("notiz.png"), "kein Bild", StandardCharsets.UTF_8);
        Path csv = csv(folder, HEADER
                + "32.12.2026;9:00;Silvester;Tiktok|WhatsApp;;;;\n"
                + "02.12.2026;25:00;  ;;;;;\n"
                + "03.12.2026;9:00;Markt;;fehlt.jpg;Buden;;\n"
                + "04.12.2026;9:00;Markt;;;Ein Alt-Text ohne Bild;;\n"
                + ";9:00;Ohne Datum;;notiz.png;;;\n");

        ImportPreview preview = imports.preview(csv);

        assertThat(preview.importable()).isFalse();
        assertThat(preview.rowsWithProblems()).isEqualTo(5);
        assertThat(sentences(preview.rows().get(0))).containsExactly(
                "Das Datum „32.12.2026“ ist nicht lesbar; schreiben Sie es als 01.12.2026 oder 2026-12-01.",
                "Unbekannter Kanal „Tiktok“: Möglich sind WhatsApp, Instagram, Facebook, Mastodon, Telegram und Bluesky, "
                        + "mehrere getrennt durch „|“.");
        assertThat(sentences(preview.rows().get(1))).containsExactly(
                "Die Uhrzeit „25:00“ ist nicht lesbar; schreiben Sie sie als 9:00 oder 09:00.", "Der Text ist leer.");
        assertThat(sentences(preview.rows().get(2))).singleElement().asString()
                .startsWith("Das Bild „fehlt.jpg“ wurde nicht gefunden (gesucht als ")
                .contains(folder.resolve("fehlt.jpg").toAbsolutePath().toString());
        assertThat(sentences(preview.rows().get(3))).containsExactly(
                "Alt-Text 1 („Ein Alt-Text ohne Bild“) hat kein Bild: In der Spalte Bilder steht an Stelle 1 keines.");
        assertThat(sentences(preview.rows().get(4))).containsExactly("Das Datum fehlt.",
                "„notiz.png“ ist kein Bild, das Herold verwenden kann (JPEG, PNG, GIF oder WebP).");
        assertThat(preview.rows()).extracting(ImportRow::number).containsExactly(2, 3, 4, 5, 6);
    }

    @Test
    void oneBadRowImportsNothingNotEvenThePictures() throws IOException {
        Path folder = Files.createDirectories(temp.resolve("planung"));
        picture(folder.resolve("markt.png"));
        Path csv = csv(folder, HEADER
                + "01.12.2026;9:00;Gut;WhatsApp;markt.png;Buden;;\n"
                + "02.12.2026;9:00;Auch gut;Instagram;;;;\n"
                + "03.12.2026;9:00;Schlecht;Tiktok;;;;\n");
        ImportPreview preview = imports.preview(csv);

        assertThatThrownBy(() -> imports.importAll(preview)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(GERMAN.describe(problem)).startsWith("Nichts importiert: 1 Zeile hat Fehler"));

        assertThat(database.posts().count()).isZero();
        assertThat(changes).isEmpty();
        Path media = temp.resolve("daten").resolve("media");
        if (Files.isDirectory(media)) {
            try (Stream<Path> copied = Files.list(media)) {
                assertThat(copied).isEmpty();
            }
        }
    }

    @Test
    void importedPostsAreDraftsInThePlansZoneAndListedInTimeOrder() throws IOException {
        Path csv = csv(temp, "text;date;time\nZweiter;2026-12-02;08:00\nErster;2026-12-01;18:00\n");

        imports.importAll(imports.preview(csv));

        assertThat(all()).extracting(Post::text).containsExactly("Erster", "Zweiter");
        assertThat(all()).allSatisfy(post -> {
            assertThat(post.status()).isEqualTo(PostStatus.DRAFT);
            assertThat(post.schedule().zone()).isEqualTo(BERLIN);
        });
        assertThat(imports.preview(csv).firstDay()).contains(LocalDate.of(2026, 12, 1));
    }

    private List<Post> all() {
        List<Post> posts = new ArrayList<>();
        database.posts().forEach(null, null, posts::add);
        return posts;
    }

    private static List<String> sentences(ImportRow row) {
        return row.problems().stream().map(problem -> GERMAN.format(problem.messageKey(), problem.argumentArray())).toList();
    }

    private int files;

    private Path csv(Path folder, String text) throws IOException {
        Path file = folder.resolve("plan-" + (++files) + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static Path picture(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        BufferedImage image = new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, file.getFileName().toString().hashCode());
        ImageIO.write(image, "png", file.toFile());
        return file;
    }
}
