package app.herold.channels.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.awt.Color;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublicPicturesTest {

    private static final String NOWHERE = "http://127.0.0.1:9/v21.0";
    private static final String ACCOUNT = "Stadt Meerane – Instagram";

    @TempDir
    Path temp;

    private PublicFolder web;
    private PublicPictures pictures;
    private final InstagramPublisherTest.Secrets secrets = new InstagramPublisherTest.Secrets();

    @BeforeEach
    void startWebServer() throws IOException {
        web = new PublicFolder(Files.createDirectory(temp.resolve("www")));
        pictures = new PublicPictures(PlatformHttp.standard().withAnswerTimeout(Duration.ofSeconds(5)),
                Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void stopWebServer() {
        web.close();
    }

    @Test
    void thePublicNameIsAsciiUnguessableAndTheSameForTheSamePicture() throws IOException {
        Path blue = InstagramPublisherTest.jpeg(temp.resolve("Marktplatz am Abend (Größe 2).jpg"), Color.BLUE);
        Path copy = Files.copy(blue, temp.resolve("kopie.jpg"));
        Path red = InstagramPublisherTest.jpeg(temp.resolve("rot.jpg"), Color.RED);

        assertThat(PublicPictures.publicName(blue)).matches("herold-[0-9a-f]{32}\\.jpg")
                .isEqualTo(PublicPictures.publicName(copy))
                .isNotEqualTo(PublicPictures.publicName(red));
    }

    @Test
    void thePictureIsCopiedOnceAndNoHalfFileIsLeft() throws Exception {
        Picture market = picture("markt.jpg", Color.BLUE);

        List<String> first = publish(market);
        Path copied = web.folder().resolve(PublicPictures.publicName(market.file()));
        FileTime before = FileTime.from(Instant.parse("2026-01-01T00:00:00Z"));
        Files.setLastModifiedTime(copied, before);
        List<String> second = publish(market);

        assertThat(first).containsExactly(web.url() + copied.getFileName()).isEqualTo(second);
        assertThat(Files.getLastModifiedTime(copied)).isEqualTo(before);
        try (Stream<Path> files = Files.list(web.folder())) {
            assertThat(files).containsExactly(copied);
        }
    }

    @Test
    void aWebServerAnsweringWithItsHomePageDoesNotServeThePicture() throws IOException {
        Picture market = picture("markt.jpg", Color.BLUE);
        web.servesHomePage();

        Optional<PublishOutcome> outcome = failureOf(market, webFolder(web.folder().toString(), web.url()));

        assertThat(outcome).contains(new PublishOutcome.Refused(Problem.of("publish.instagram.pictureNotPublic",
                web.url() + PublicPictures.publicName(market.file()), "text/html; charset=utf-8")));
    }

    @Test
    void aWebFolderThatIsNotThereIsRefusedBeforeAnythingIsCopied() throws IOException {
        String unplugged = temp.resolve("netzlaufwerk").toString();

        Optional<PublishOutcome> outcome = failureOf(picture("markt.jpg", Color.BLUE), webFolder(unplugged, web.url()));

        assertThat(outcome)
                .contains(new PublishOutcome.Refused(Problem.of("publish.instagram.webFolderMissing", unplugged)));
        assertThat(web.requests()).isEmpty();
    }

    @Test
    void theSettingsTellWhatIsMissingForEachRoute() {
        String folder = web.folder().toString();

        assertThat(pictures.settingsProblem(Map.of(), secrets, ACCOUNT))
                .contains(Problem.of("publish.instagram.choosePictureRoute"));
        assertThat(pictures.settingsProblem(Map.of("picture-route", "ftp"), secrets, ACCOUNT))
                .contains(Problem.of("publish.instagram.choosePictureRoute"));
        assertThat(pictures.settingsProblem(Map.of("picture-route", "web-folder", "web-folder", folder), secrets,
                ACCOUNT))
                .contains(Problem.of("publish.instagram.webFolderNotSet"));
        assertThat(pictures.settingsProblem(webFolder(folder, "https://www.stadt-zwönitz.de/herold/"), secrets,
                ACCOUNT))
                .contains(Problem.of("publish.instagram.webFolderUrlInvalid", "https://www.stadt-zwönitz.de/herold/"));
        assertThat(pictures.settingsProblem(webFolder(folder, "www.meerane.de/herold"), secrets, ACCOUNT))
                .contains(Problem.of("publish.instagram.webFolderUrlInvalid", "www.meerane.de/herold"));
        assertThat(pictures.settingsProblem(webFolder(folder, web.url()), secrets, ACCOUNT)).isEmpty();
        assertThat(pictures.settingsProblem(Map.of("picture-route", "facebook-page"), secrets, ACCOUNT))
                .contains(Problem.missingSecret(ACCOUNT, "page-access-token"));
        secrets.put("page-access-token", InstagramStandIn.PAGE_TOKEN);
        assertThat(pictures.settingsProblem(Map.of("picture-route", "facebook-page"), secrets, ACCOUNT)).isEmpty();
    }

    @Test
    void pagePhotosGoToFacebookEvenWhenTheAccountUsesInstagramLogin() {
        assertThat(PublicPictures.pageBase(Map.of(), "https://graph.instagram.com/v21.0"))
                .isEqualTo("https://graph.facebook.com/v21.0");
        assertThat(PublicPictures.pageBase(Map.of(), "https://graph.facebook.com/v21.0"))
                .isEqualTo("https://graph.facebook.com/v21.0");
        assertThat(PublicPictures.pageBase(Map.of("facebook-base-url", "https://graph.facebook.com/v22.0"),
                "https://graph.instagram.com/v21.0")).isEqualTo("https://graph.facebook.com/v22.0");
    }

    private List<String> publish(Picture picture) throws StepFailed {
        return pictures.publish(List.of(picture), webFolder(web.folder().toString(), web.url()), secrets, NOWHERE,
                ACCOUNT, Journal.NONE);
    }

    private Optional<PublishOutcome> failureOf(Picture picture, Map<String, String> options) {
        try {
            pictures.publish(List.of(picture), options, secrets, NOWHERE, ACCOUNT, Journal.NONE);
            return Optional.empty();
        } catch (StepFailed failed) {
            return Optional.of(failed.outcome());
        }
    }

    private static Map<String, String> webFolder(String folder, String url) {
        return Map.of("picture-route", "web-folder", "web-folder", folder, "web-folder-url", url);
    }

    private Picture picture(String name, Color color) throws IOException {
        return new Picture(InstagramPublisherTest.jpeg(temp.resolve(name), color), "image/jpeg", "", 400, 400);
    }
}
