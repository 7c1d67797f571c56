package app.herold.exchange.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import app.herold.domain.UserFacingException;
import app.herold.i18n.Messages;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The bundle as the officer and the town's scripts see it: files on disk, read back byte for byte.
 * The post was prepared on 8 December 2026 at half past midnight in Meerane (UTC+1), which is
 * still 7 December in UTC.
 */
class ExportBundleWriterTest {

    private static final OffsetDateTime CREATED_AT = OffsetDateTime.parse("2026-12-08T00:30:00+01:00");
    private static final String TEXT = "Weihnachtsmarkt am Markt 🎄\nGlühwein, Stollen und Posaunenchor.\n\nAb 14 Uhr!";
    private static final String MISSING_ALT_TEXT = "(kein Alternativtext)";

    private final ObjectMapper mapper = new ObjectMapper();
    private final ExportBundleWriter writer = new ExportBundleWriter();

    @TempDir
    Path temp;
    private Path sources;
    private Path out;

    @BeforeEach
    void createFolders() throws IOException {
        sources = Files.createDirectory(temp.resolve("quellen"));
        out = Files.createDirectory(temp.resolve("export"));
    }

    @Test
    void theBundleIsNamedByTheLocalDateOfThePostAndHoldsItsText() throws IOException {
        Path bundle = writer.write(request(List.of()), out, false);

        assertThat(bundle).isEqualTo(out.resolve("2026-12-08-post-42-whatsapp"));
        assertThat(Files.readAllBytes(bundle.resolve("text.txt"))).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theManifestListsEveryFileOfTheBundleWithItsChecksum() throws IOException {
        Path bundle = writer.write(request(threeImages()), out, false);

        JsonNode manifest = mapper.readTree(bundle.resolve("manifest.json").toFile());
        List<String> listed = new ArrayList<>(List.of("text.txt", "alt-text.txt", "manifest.json"));
        for (JsonNode image : manifest.get("images")) {
            listed.add(image.get("file").asText());
            assertThat(image.get("sha256").asText()).as(image.get("file").asText())
                    .isEqualTo(sha256(Files.readAllBytes(bundle.resolve(image.get("file").asText()))));
        }
        assertThat(filesIn(bundle)).containsExactlyInAnyOrderElementsOf(listed);
        assertThat(manifest.get("text").asText()).isEqualTo(Files.readString(bundle.resolve("text.txt")));
    }

    @Test
    void theManifestKeysAreSpelledAsTheTownScriptsExpect() throws IOException {
        Path bundle = writer.write(request(threeImages()), out, false);

        JsonNode manifest = mapper.readTree(bundle.resolve("manifest.json").toFile());
        assertThat(fieldNames(manifest))
                .containsExactly("postId", "channel", "account", "text", "images", "createdAt", "appVersion");
        assertThat(fieldNames(manifest.get("images").get(0)))
                .containsExactly("file", "sha256", "altText", "width", "height");
        assertThat(manifest.get("postId").asText()).isEqualTo("42");
        assertThat(manifest.get("channel").asText()).isEqualTo("whatsapp");
        assertThat(manifest.get("account").asText()).isEqualTo("Stadt Meerane");
        assertThat(OffsetDateTime.parse(manifest.get("createdAt").asText())).isEqualTo(CREATED_AT);
        assertThat(manifest.get("createdAt").asText()).endsWith("+01:00");
        assertThat(manifest.get("appVersion").asText()).isEqualTo("0.9.0");
        assertThat(manifest.get("images").get(1).get("width").asInt()).isEqualTo(800);
        assertThat(manifest.get("images").get(1).get("height").asInt()).isEqualTo(600);
    }

    @Test
    void aChannelWithoutANamedAccountHasANullAccount() throws IOException {
        BundleRequest request = new BundleRequest("42", "telegram", null, TEXT, List.of(),
                MISSING_ALT_TEXT, CREATED_AT, "0.9.0");

        Path bundle = writer.write(request, out, false);

        JsonNode manifest = mapper.readTree(bundle.resolve("manifest.json").toFile());
        assertThat(manifest.has("account")).isTrue();
        assertThat(manifest.get("account").isNull()).isTrue();
    }

    @Test
    void imagesAreNumberedInThePostsOrderAndKeepTheirFormat() throws IOException {
        List<BundleImage> images = threeImages();

        Path bundle = writer.write(request(images), out, false);

        JsonNode manifest = mapper.readTree(bundle.resolve("manifest.json").toFile());
        List<String> files = new ArrayList<>();
        manifest.get("images").forEach(image -> files.add(image.get("file").asText()));
        assertThat(files).containsExactly("01.jpg", "02.png", "03.jpeg");
        for (int i = 0; i < images.size(); i++) {
            assertThat(Files.readAllBytes(bundle.resolve(files.get(i))))
                    .isEqualTo(Files.readAllBytes(images.get(i).source()));
        }
        assertThat(manifest.get("images").get(0).get("altText").asText()).isEqualTo("Der Marktplatz bei Nacht");
        assertThat(manifest.get("images").get(2).get("altText").isNull()).isTrue();
    }

    @Test
    void theAltTextFileNamesEachImageAndSaysWhenADescriptionIsMissing() throws IOException {
        Path bundle = writer.write(request(threeImages()), out, false);

        assertThat(Files.readString(bundle.resolve("alt-text.txt"))).isEqualTo("""
                01.jpg: Der Marktplatz bei Nacht

                02.png: Kinder am Kinderkarussell

                03.jpeg: (kein Alternativtext)
                """);
    }

    @Test
    void aSecondExportOfThePostGetsItsOwnFolderAndLeavesTheFirstAlone() throws IOException {
        Path first = writer.write(request(threeImages()), out, false);
        Map<String, String> firstFiles = checksums(first);

        Path second = writer.write(request(threeImages()), out, false);
        Path third = writer.write(request(threeImages()), out, false);

        assertThat(second).isEqualTo(out.resolve("2026-12-08-post-42-whatsapp-2"));
        assertThat(third).isEqualTo(out.resolve("2026-12-08-post-42-whatsapp-3"));
        assertThat(checksums(first)).isEqualTo(firstFiles);
        assertThat(filesIn(out)).containsExactlyInAnyOrder(
                "2026-12-08-post-42-whatsapp", "2026-12-08-post-42-whatsapp-2", "2026-12-08-post-42-whatsapp-3");
    }

    @Test
    void theZipHoldsTheSameFilesAndTheSameManifestAsTheFolder() throws IOException {
        BundleRequest request = request(threeImages());
        Path folder = writer.write(request, out, false);

        Path zip = writer.write(request, out, true);

        assertThat(zip).isEqualTo(out.resolve("2026-12-08-post-42-whatsapp.zip"));
        Map<String, byte[]> entries = unzip(zip);
        assertThat(entries.keySet()).containsExactlyInAnyOrderElementsOf(
                filesIn(folder).stream().map(name -> "2026-12-08-post-42-whatsapp/" + name).toList());
        for (String name : filesIn(folder)) {
            assertThat(entries.get("2026-12-08-post-42-whatsapp/" + name)).as(name)
                    .isEqualTo(Files.readAllBytes(folder.resolve(name)));
        }
        JsonNode manifest = mapper.readTree(entries.get("2026-12-08-post-42-whatsapp/manifest.json"));
        for (JsonNode image : manifest.get("images")) {
            assertThat(image.get("sha256").asText())
                    .isEqualTo(sha256(entries.get("2026-12-08-post-42-whatsapp/" + image.get("file").asText())));
        }
    }

    @Test
    void aSecondZipGetsItsOwnNameAndItsEntriesFollowIt() throws IOException {
        writer.write(request(threeImages()), out, true);

        Path second = writer.write(request(threeImages()), out, true);

        assertThat(second).isEqualTo(out.resolve("2026-12-08-post-42-whatsapp-2.zip"));
        assertThat(unzip(second).keySet()).allMatch(name -> name.startsWith("2026-12-08-post-42-whatsapp-2/"));
    }

    @Test
    void aReadOnlyFolderIsReportedAndLeftEmpty() throws IOException {
        assertThat(out.toFile().setWritable(false, false)).isTrue();
        try {
            assumeFalse(canStillWrite(out), "this user may write into read-only folders (root)");

            assertThatThrownBy(() -> writer.write(request(threeImages()), out, false))
                    .isInstanceOfSatisfying(UserFacingException.class, e -> {
                        assertThat(e.messageKey()).isEqualTo("error.export.write");
                        assertThat(e.arguments()).containsExactly(out.resolve("2026-12-08-post-42-whatsapp").toString());
                        assertThat(e.getCause()).isInstanceOf(IOException.class);
                    });
            assertThat(filesIn(out)).isEmpty();
        } finally {
            out.toFile().setWritable(true, false);
        }
    }

    @Test
    void aFileWhereTheFolderShouldBeIsReportedInTheUsersLanguage() throws IOException {
        Path notAFolder = Files.writeString(temp.resolve("export.txt"), "kein Ordner");

        assertThatThrownBy(() -> writer.write(request(threeImages()), notAFolder, true))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.export.write");
                    assertThat(Messages.forLanguage("de").format(e.messageKey(), e.arguments()))
                            .startsWith("Herold konnte " + notAFolder.resolve("2026-12-08-post-42-whatsapp.zip")
                                    + " nicht schreiben");
                });
        assertThat(Files.readString(notAFolder)).isEqualTo("kein Ordner");
    }

    @Test
    void anExportThatFailsHalfwayLeavesNothingBehind() throws IOException {
        List<BundleImage> images = new ArrayList<>(threeImages());
        // A folder in place of the last image: text and the first images are written before reading it fails.
        images.add(new BundleImage(Files.createDirectory(sources.resolve("ordner.jpg")), "kaputt", 1, 1));

        for (boolean zip : new boolean[] {false, true}) {
            assertThatThrownBy(() -> writer.write(request(images), out, zip))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.export.write"));
        }
        assertThat(filesIn(out)).isEmpty();
    }

    @Test
    void noTemporaryFilesRemainAfterASuccessfulExport() throws IOException {
        writer.write(request(threeImages()), out, false);
        writer.write(request(threeImages()), out, true);

        assertThat(filesIn(out)).containsExactlyInAnyOrder(
                "2026-12-08-post-42-whatsapp", "2026-12-08-post-42-whatsapp.zip");
    }

    @Test
    void anImageDeletedSinceItWasChosenIsNamedToTheUser() throws IOException {
        Path gone = sources.resolve("geloescht.jpg");
        List<BundleImage> images = List.of(new BundleImage(gone, "Weg", 10, 10));

        assertThatThrownBy(() -> writer.write(request(images), out, false))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.imageMissing");
                    assertThat(e.arguments()).containsExactly(gone.toString());
                });
        assertThat(filesIn(out)).isEmpty();
    }

    private BundleRequest request(List<BundleImage> images) {
        return new BundleRequest("42", "whatsapp", "Stadt Meerane", TEXT, images, MISSING_ALT_TEXT, CREATED_AT,
                "0.9.0");
    }

    /** Deliberately not in alphabetical order, in three spellings of two formats. */
    private List<BundleImage> threeImages() throws IOException {
        return List.of(
                new BundleImage(image("zuletzt-marktplatz.jpg", "jpg", 640, 480, Color.BLUE), "Der Marktplatz bei Nacht",
                        640, 480),
                new BundleImage(image("anfang-karussell.PNG", "png", 800, 600, Color.RED), "Kinder am Kinderkarussell",
                        800, 600),
                new BundleImage(image("mitte-stollen.jpeg", "jpg", 300, 300, Color.ORANGE), "  ", 300, 300));
    }

    private Path image(String name, String format, int width, int height, Color colour) throws IOException {
        Path file = sources.resolve(name);
        if (Files.exists(file)) {
            return file;
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(colour);
        graphics.fillRect(0, 0, width, height);
        graphics.setColor(Color.WHITE);
        graphics.drawString(name, 10, 20);
        graphics.dispose();
        assertThat(ImageIO.write(image, format, file.toFile())).isTrue();
        return file;
    }

    private static boolean canStillWrite(Path folder) {
        try {
            Files.delete(Files.createFile(folder.resolve("probe")));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(file -> file.getFileName().toString()).toList();
        }
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> checksums = new TreeMap<>();
        for (String name : filesIn(folder)) {
            checksums.put(name, sha256(Files.readAllBytes(folder.resolve(name))));
        }
        return checksums;
    }

    private static Map<String, byte[]> unzip(Path zip) throws IOException {
        Map<String, byte[]> entries = new TreeMap<>();
        try (InputStream in = Files.newInputStream(zip); ZipInputStream entriesIn = new ZipInputStream(in)) {
            for (ZipEntry entry = entriesIn.getNextEntry(); entry != null; entry = entriesIn.getNextEntry()) {
                entries.put(entry.getName(), entriesIn.readAllBytes());
            }
        }
        return entries;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
