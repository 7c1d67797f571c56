package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** Writing for the channels: counters and previews while typing, a picture's focus, export, posting by hand. */
class ChannelsFlowTest extends HeroldUiTest {

    private Post roadWorks;
    private Post marketPhoto;

    @Override
    void prepare() {
        roadWorks = plan.save(Post.newPost(app.herold.domain.post.Schedule.of(LocalDate.of(2026, 11, 30),
                        LocalTime.of(9, 0), BERLIN)).withTitle("Baustelle Lindenstraße").withText("")
                .withChannels(Set.of(ChannelKind.MASTODON, ChannelKind.WHATSAPP)));
        try {
            Path photo = dataDirectory.resolve("markt.jpg");
            // Four times as wide as high: Instagram takes at most 1.91:1, so about half is cropped away.
            BufferedImage image = new BufferedImage(2400, 600, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = image.createGraphics();
            graphics.setColor(new Color(40, 120, 200));
            graphics.fillRect(0, 0, 2400, 600);
            graphics.setColor(Color.ORANGE);
            graphics.fillRect(1900, 100, 250, 200);
            graphics.dispose();
            ImageIO.write(image, "jpg", photo.toFile());
            String stored = database.media().importImage(photo);
            marketPhoto = plan.save(Post.newPost(app.herold.domain.post.Schedule.of(LocalDate.of(2026, 11, 26),
                            LocalTime.of(11, 0), BERLIN)).withTitle("Wochenmarkt")
                    .withText("**Wochenmarkt** am Donnerstag auf dem Markt. #Meerane")
                    .withChannels(Set.of(ChannelKind.INSTAGRAM, ChannelKind.WHATSAPP))
                    .withImages(List.of(new PostImage(stored, "Marktstände vor dem Rathaus"))));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void typingUpdatesEveryChannelsCounterAndPreview() {
        clickOn(card(roadWorks));
        waitUntil(() -> lookup("#review-mastodon").tryQuery().isPresent() || !lookup("#channel-tabs").queryAll().isEmpty());

        clickOn("#editor-text-field").write("Ab Montag ist die Lindenstraße gesperrt. Umleitung: https://www.meerane.de/baustellen/lindenstrasse-2026 ");
        press(KeyCode.CONTROL).press(KeyCode.A).release(KeyCode.A).release(KeyCode.CONTROL);
        clickOn("#format-bold");
        clickOn(revealed("#review-mastodon"));
        int expected = app.herold.channels.text.TextMeasure.mastodonLength(
                "Ab Montag ist die Lindenstraße gesperrt. Umleitung: https://www.meerane.de/baustellen/lindenstrasse-2026", 23);
        waitUntil(() -> countText(ChannelKind.MASTODON).startsWith(expected + " "));

        assertThat(countText(ChannelKind.MASTODON)).isEqualTo(expected + " von 500 Zeichen");
        clickOn(revealed("#review-whatsapp"));
        waitUntil(() -> previewRuns(ChannelKind.WHATSAPP).stream().anyMatch(run -> run.getStyleClass().contains("run-bold")));
        assertThat(previewText(ChannelKind.WHATSAPP)).startsWith("Ab Montag ist die Lindenstraße gesperrt.");
        screenshot("editor-channel-review");
    }

    @Test
    void aChannelCanHaveItsOwnTextAndGoBackToTheMasterText() {
        clickOn(card(roadWorks));
        clickOn("#editor-text-field").write("Die Lindenstraße ist ab Montag gesperrt.");
        waitUntil(() -> lookup("#review-mastodon").tryQuery().isPresent());
        clickOn(revealed("#review-mastodon"));
        clickOn(revealed("#own-text-mastodon"));
        clickOn(revealed("#own-text-area-mastodon")).press(KeyCode.CONTROL).press(KeyCode.END).release(KeyCode.END).release(KeyCode.CONTROL)
                .write(" #Meerane");
        clickOn("#editor-save");
        waitUntil(() -> plan.find(roadWorks.id()).orElseThrow().variants().containsKey(ChannelKind.MASTODON));

        assertThat(plan.find(roadWorks.id()).orElseThrow().textFor(ChannelKind.MASTODON))
                .isEqualTo("Die Lindenstraße ist ab Montag gesperrt. #Meerane");
        clickOn(revealed("#own-text-reset-mastodon"));
        clickOn("#editor-save");
        waitUntil(() -> plan.find(roadWorks.id()).orElseThrow().variants().isEmpty());
    }

    @Test
    void aClickOnThePictureSetsItsFocusAndTheExportCropsAroundIt() throws IOException {
        clickOn(card(marketPhoto));
        Node picker = revealed("#focus-picker-1");
        moveTo(picker).moveBy(30, -30).clickOn();
        clickOn("#editor-save");
        waitUntil(() -> plan.find(marketPhoto.id()).orElseThrow().images().get(0).focusX() > 0.7);

        clickOn(revealed("#editor-export"));
        waitUntil(() -> lookup("#export-run").tryQuery().isPresent());
        clickOn("#export-run");
        waitUntil(() -> {
            Label result = lookup("#export-result").query();
            return !result.getText().isEmpty();
        });
        Label result = lookup("#export-result").query();
        assertThat(result.getText()).contains("2 Pakete");
        // The result names the folder and wraps; the window grows with it instead of hiding its button.
        javafx.scene.control.DialogPane pane = lookup("#export-dialog").query();
        javafx.scene.Node close = pane.lookupButton(pane.getButtonTypes().get(0));
        waitUntil(() -> close.localToScene(close.getBoundsInLocal()).getMaxY() <= pane.getScene().getHeight());
        screenshotOf(result.getScene(), "export-dialog");
        Path exports = dataDirectory.resolve("exports");
        Path instagram;
        try (Stream<Path> bundles = Files.list(exports)) {
            instagram = bundles.filter(path -> path.getFileName().toString().endsWith("-instagram")).findFirst()
                    .orElseThrow();
        }
        JsonNode manifest = new ObjectMapper().readTree(instagram.resolve("manifest.json").toFile());
        assertThat(manifest.path("channel").asText()).isEqualTo("instagram");
        assertThat(manifest.path("text").asText()).isEqualTo("Wochenmarkt am Donnerstag auf dem Markt. #Meerane");
        JsonNode picture = manifest.path("images").get(0);
        assertThat(picture.path("width").asInt() / (double) picture.path("height").asInt()).isBetween(0.8, 1.91);
        BufferedImage cropped = ImageIO.read(instagram.resolve(picture.path("file").asText()).toFile());
        // The orange square sits far right, outside a crop around the middle; the crop around the focus keeps it.
        int orangeColumns = 0;
        for (int x = 0; x < cropped.getWidth(); x += 4) {
            Color pixel = new Color(cropped.getRGB(x, cropped.getHeight() / 3));
            if (pixel.getRed() > 200 && pixel.getBlue() < 100) {
                orangeColumns++;
            }
        }
        assertThat(orangeColumns).isGreaterThan(5);
        type(KeyCode.ESCAPE);
    }

    @Test
    void postingByHandShowsWhatsAppsTextAndRecordsThePublication() {
        clickOn(card(marketPhoto));
        clickOn(revealed("#hand-posting-whatsapp"));
        waitUntil(() -> {
            TextArea text = lookup("#hand-posting-text").query();
            return !text.getText().isEmpty();
        });
        TextArea text = lookup("#hand-posting-text").query();
        assertThat(text.getText()).isEqualTo("*Wochenmarkt* am Donnerstag auf dem Markt. #Meerane");
        clickOn("#hand-posting-link").write("https://whatsapp.com/channel/0029Va/123");
        clickOn("#hand-posting-mark");
        waitUntil(() -> !database.deliveries().deliveriesOf(marketPhoto.id()).isEmpty());
        Delivery delivery = database.deliveries().deliveriesOf(marketPhoto.id()).get(0);
        assertThat(delivery.channel()).isEqualTo(ChannelKind.WHATSAPP);
        assertThat(delivery.method()).isEqualTo(Delivery.Method.MANUAL);
        assertThat(delivery.link()).isEqualTo("https://whatsapp.com/channel/0029Va/123");
        screenshot("hand-posting");
        screenshotOf(lookup("#hand-posting").query().getScene(), "hand-posting-dialog");
        type(KeyCode.ESCAPE);
        waitUntil(() -> lookup("#editor-deliveries").<javafx.scene.layout.VBox>query().getChildren().stream()
                .anyMatch(node -> node instanceof javafx.scene.layout.VBox));
        assertThat(plan.find(marketPhoto.id()).orElseThrow().status()).isNotEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void anAccountAddedInTheSettingsBecomesATargetInTheEditor() {
        clickOn("#settings");
        clickOn(lookup("#settings-tab-accounts").tryQuery().orElseGet(() -> lookup(".tab").match(
                node -> node.lookup(".tab-label") != null && node.toString().contains("settings-tab-accounts")).query()));
        clickOn("#account-name").write("Stadt Meerane – WhatsApp-Kanal");
        clickOn("#account-link").write("https://whatsapp.com/channel/0029VaMeeraneStadt");
        clickOn("#accounts-save");
        waitUntil(() -> !database.accounts().accounts().isEmpty());
        screenshotOf(lookup("#settings-accounts").query().getScene(), "settings-accounts");
        type(KeyCode.ESCAPE);

        clickOn(card(marketPhoto));
        long accountId = database.accounts().accounts().get(0).id().value();
        waitUntil(() -> lookup("#account-" + accountId).tryQuery().isPresent());
        clickOn(revealed("#account-" + accountId));
        clickOn("#editor-save");
        waitUntil(() -> !plan.find(marketPhoto.id()).orElseThrow().accounts().isEmpty());
        assertThat(plan.find(marketPhoto.id()).orElseThrow().channels()).contains(ChannelKind.WHATSAPP);
        clickOn(revealed("#review-instagram"));
        waitUntil(() -> lookup(".preview-more").tryQuery().isPresent() || !previewText(ChannelKind.INSTAGRAM).isEmpty());
        screenshot("editor-instagram-preview");
    }

    private String countText(ChannelKind kind) {
        return lookup("#review-count-" + kind.id()).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private List<Text> previewRuns(ChannelKind kind) {
        return lookup("#review-preview-" + kind.id()).tryQuery()
                .map(preview -> from(preview).lookup(".preview-run").<Text>queryAll().stream().toList())
                .orElse(List.of());
    }

    private String previewText(ChannelKind kind) {
        StringBuilder text = new StringBuilder();
        previewRuns(kind).forEach(run -> text.append(run.getText()));
        return text.toString();
    }
}
