package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** lint, accounts and export as the town's scripts call them. */
@ExtendWith(GermanLocale.class)
class ChannelCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void lintPrintsTheContractsJsonForAMastodonText() throws IOException {
        Path text = text("Heute **Stadtrat** im Rathaus: https://www.meerane.de/stadtrat/sitzung-2026-12-01 #Meerane "
                + "Fragen an @buergerbuero@mastodon.social");

        CommandRun lint = run("lint", "--channel", "mastodon", "--text-file", text.toString(), "--json");

        assertThat(lint.exit()).isZero();
        JsonNode result = JSON.readTree(lint.out());
        assertThat(result.path("channel").asText()).isEqualTo("mastodon");
        assertThat(result.path("length").asInt()).isEqualTo(
                "Heute Stadtrat im Rathaus: ".length() + 23 + " #Meerane Fragen an @buergerbuero".length());
        assertThat(result.path("limit").asInt()).isEqualTo(500);
        assertThat(result.path("hashtags")).extracting(JsonNode::asText).containsExactly("Meerane");
        assertThat(result.path("mentions")).extracting(JsonNode::asText).containsExactly("buergerbuero@mastodon.social");
        assertThat(result.path("urls")).extracting(JsonNode::asText)
                .containsExactly("https://www.meerane.de/stadtrat/sitzung-2026-12-01");
        assertThat(result.path("findings").isArray()).isTrue();
    }

    @Test
    void lintExitsWith3AndNamesTheRuleWhenTheTextIsTooLong() throws IOException {
        Path text = text("Bekanntmachung der Stadtverwaltung. ".repeat(10));

        CommandRun lint = run("lint", "--channel", "bluesky", "--text-file", text.toString(), "--json");

        assertThat(lint.exit()).isEqualTo(LintCommand.EXIT_BLOCKED);
        JsonNode finding = JSON.readTree(lint.out()).path("findings").get(0);
        assertThat(finding.path("rule").asText()).isEqualTo("text.length");
        assertThat(finding.path("severity").asText()).isEqualTo("blocker");
        assertThat(finding.path("message").asText()).contains("Bluesky").contains("300");
    }

    @Test
    void lintWithoutJsonSpeaksGerman() throws IOException {
        CommandRun lint = run("lint", "--channel", "instagram", "--text-file", text("Programm: https://meerane.de").toString());

        assertThat(lint.exit()).isEqualTo(LintCommand.EXIT_BLOCKED);
        assertThat(lint.out()).contains("Instagram: 28 von 2.200").contains("Hindernis [images.missing]")
                .contains("Hinweis [links.not-clickable]");
    }

    @Test
    void lintOfAnUnknownChannelIsOneSentenceAndExit1() throws IOException {
        CommandRun lint = run("lint", "--channel", "myspace", "--text-file", text("Hallo").toString());

        assertThat(lint.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(lint.err().strip()).doesNotContain("Exception").contains("myspace");
    }

    @Test
    void lintOfASavedPostChecksItsOwnTextForTheChannelAndItsPictures() throws IOException {
        Path poster = temp.resolve("plakat.png");
        ImageIO.write(new BufferedImage(3000, 1000, BufferedImage.TYPE_INT_RGB), "png", poster.toFile());
        String id = run("--data-dir", dataDir.toString(), "add", "--text-file", text("Stadtfest").toString(),
                "--channel", "instagram", "--image", poster.toString()).out().strip();

        JsonNode result = JSON.readTree(run("--data-dir", dataDir.toString(), "lint", "--channel", "instagram",
                "--post", id, "--json").out());

        assertThat(result.path("findings")).extracting(finding -> finding.path("rule").asText())
                .contains("image.format", "image.aspect", "image.size", "image.alt-missing");
    }

    @Test
    void accountsAreAddedListedAsJsonTargetedByAddAndRemoved() throws IOException {
        CommandRun added = run("--data-dir", dataDir.toString(), "accounts", "add", "whatsapp", "--name",
                "Stadt Meerane – WhatsApp-Kanal", "--link", "https://whatsapp.com/channel/0029VaMeerane");
        assertThat(added.exit()).isZero();
        assertThat(run("--data-dir", dataDir.toString(), "accounts", "add", "mastodon", "--name", "Meerane auf Mastodon",
                "--base-url", "https://mastodon.social", "--handle", "@meerane").exit()).isZero();

        JsonNode list = JSON.readTree(run("--data-dir", dataDir.toString(), "accounts", "list", "--json").out());
        assertThat(list).extracting(node -> node.path("name").asText())
                .containsExactly("Stadt Meerane – WhatsApp-Kanal", "Meerane auf Mastodon");
        assertThat(list.get(1).path("joinLink").asText()).isEqualTo("https://mastodon.social/@meerane");

        CommandRun post = run("--data-dir", dataDir.toString(), "add", "--text-file", text("Wochenmarkt").toString(),
                "--account", "Meerane auf Mastodon");
        assertThat(post.exit()).isZero();
        JsonNode listed = JSON.readTree(run("--data-dir", dataDir.toString(), "list", "--json").out()).get(0);
        assertThat(listed.path("channels")).extracting(JsonNode::asText).containsExactly("mastodon");

        CommandRun removed = run("--data-dir", dataDir.toString(), "accounts", "remove", "Meerane auf Mastodon");
        assertThat(removed.out()).contains("ein Beitrag geht nicht mehr dorthin");
        assertThat(JSON.readTree(run("--data-dir", dataDir.toString(), "accounts", "list", "--json").out())).hasSize(1);
    }

    @Test
    void aSecondAccountWithTheSameNameIsRefused() {
        run("--data-dir", dataDir.toString(), "accounts", "add", "telegram", "--name", "Stadt Meerane", "--handle", "@meerane");

        CommandRun again = run("--data-dir", dataDir.toString(), "accounts", "add", "bluesky", "--name", "stadt meerane");

        assertThat(again.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(again.err().lines().count()).isEqualTo(1);
    }

    @Test
    void theQrCodeOfAnAccountIsWrittenAsPngAndSvg() throws IOException {
        run("--data-dir", dataDir.toString(), "accounts", "add", "whatsapp", "--name", "Kanal",
                "--link", "https://whatsapp.com/channel/0029VaMeerane");

        Path png = temp.resolve("kanal.png");
        Path svg = temp.resolve("kanal.svg");
        assertThat(run("--data-dir", dataDir.toString(), "accounts", "qr", "Kanal", "--out", png.toString()).exit()).isZero();
        assertThat(run("--data-dir", dataDir.toString(), "accounts", "qr", "Kanal", "--out", svg.toString()).exit()).isZero();

        assertThat(ImageIO.read(png.toFile()).getWidth()).isGreaterThan(200);
        assertThat(Files.readString(svg)).startsWith("<?xml").contains("<svg").contains("<path");
    }

    @Test
    void exportWritesABundlePerChannelWithTheContractsManifest() throws IOException {
        Path photo = temp.resolve("markt.png");
        BufferedImage picture = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        var graphics = picture.createGraphics();
        graphics.setColor(Color.ORANGE);
        graphics.fillRect(0, 0, 1600, 1200);
        graphics.dispose();
        ImageIO.write(picture, "png", photo.toFile());
        CommandRun added = run("--data-dir", dataDir.toString(), "add", "--text-file",
                text("**Wochenmarkt** am Donnerstag").toString(), "--channel", "instagram", "--channel", "telegram",
                "--image", photo.toString(), "--alt", "Marktstände");
        String id = added.out().strip();
        Path out = temp.resolve("pakete");

        CommandRun export = run("--data-dir", dataDir.toString(), "export", "--post", id, "--out", out.toString());

        assertThat(export.exit()).as(export.err()).isZero();
        List<String> bundles = export.out().lines().toList();
        assertThat(bundles).hasSize(2);
        Path instagram = Path.of(bundles.stream().filter(path -> path.endsWith("-instagram")).findFirst().orElseThrow());
        JsonNode manifest = JSON.readTree(instagram.resolve("manifest.json").toFile());
        assertThat(manifest.fieldNames()).toIterable().contains("postId", "channel", "account", "text", "images",
                "createdAt", "appVersion");
        assertThat(manifest.path("text").asText()).isEqualTo("Wochenmarkt am Donnerstag");
        JsonNode image = manifest.path("images").get(0);
        assertThat(image.path("file").asText()).endsWith(".jpg");
        assertThat(image.path("width").asInt()).isLessThanOrEqualTo(1440);
        assertThat(image.path("altText").asText()).isEqualTo("Marktstände");
        Path telegram = Path.of(bundles.stream().filter(path -> path.endsWith("-telegram")).findFirst().orElseThrow());
        assertThat(Files.readString(telegram.resolve("text.txt"))).isEqualTo("<b>Wochenmarkt</b> am Donnerstag");

        CommandRun zipped = run("--data-dir", dataDir.toString(), "export", "--post", id, "--channel", "whatsapp", "--out",
                out.toString(), "--zip");
        assertThat(zipped.out().strip()).endsWith("-whatsapp.zip");
    }

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }

    private Path text(String content) throws IOException {
        return Files.writeString(Files.createTempFile(temp, "text-", ".txt"), content, StandardCharsets.UTF_8);
    }
}
