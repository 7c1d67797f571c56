package app.herold.channels.instagram;

import static app.herold.channels.common.StandInServer.path;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.StandInServer.Reply;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Submission;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InstagramPublisherTest {

    private static final Instant NOW = Instant.parse("2026-11-29T09:00:00Z");
    private static final String CAPTION = "Stadtfest am Samstag auf dem Markt! #Meerane #Stadtfest";
    private static final Problem NO_ANSWER = Problem.of("publish.noAnswer", "Instagram");

    @TempDir
    Path temp;

    private PublicFolder web;
    private PublicFolder facebookCdn;
    private InstagramStandIn instagram;
    private FlakyNetwork network;
    private final List<Duration> waits = new CopyOnWriteArrayList<>();
    private final Map<String, String> journal = new LinkedHashMap<>();
    private final Secrets secrets = new Secrets();
    private InstagramPublisher publisher;
    private ChannelAccount account;
    private Map<String, String> options;

    @BeforeEach
    void startStandIns() throws IOException {
        web = new PublicFolder(Files.createDirectory(temp.resolve("www")));
        facebookCdn = new PublicFolder(Files.createDirectory(temp.resolve("cdn")));
        instagram = new InstagramStandIn(facebookCdn);
        network = new FlakyNetwork();
        publisher = publisherWaiting(Duration.ofSeconds(10));
        secrets.put("access-token", InstagramStandIn.TOKEN);
        account = new ChannelAccount(new AccountId(7), "Stadt Meerane – Instagram", ChannelKind.INSTAGRAM, "",
                instagram.baseUrl(), "@stadt.meerane");
        options = Map.of("picture-route", "web-folder", "web-folder", web.folder().toString(),
                "web-folder-url", web.url());
    }

    @AfterEach
    void stopStandIns() {
        instagram.close();
        web.close();
        facebookCdn.close();
    }

    @Test
    void aPictureWithCaptionAndAltTextBecomesOnePost() throws IOException {
        Picture market = picture("markt.jpg", Color.BLUE, "Der Marktplatz mit Buden am Abend");

        PublishOutcome outcome = publish(post(CAPTION, market));

        assertThat(instagram.posts()).hasSize(1);
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(post.caption()).isEqualTo(CAPTION);
        assertThat(post.altTexts()).containsExactly("Der Marktplatz mit Buden am Abend");
        String name = PublicPictures.publicName(market.file());
        assertThat(post.imageUrls()).containsExactly(web.url() + name);
        assertThat(name).matches("herold-[0-9a-f]{32}\\.jpg");
        assertThat(web.folder().resolve(name)).hasSameBinaryContentAs(market.file());
        assertThat(journal).containsEntry("container", post.containerId());
    }

    @Test
    void theContainerIsNotedBeforeAnythingElseIsAsked() throws IOException {
        Map<String, Integer> requestsWhenNoted = new HashMap<>();
        Journal watching = (key, value) -> {
            requestsWhenNoted.put(key, instagram.server().received().size());
            journal.put(key, value);
        };

        publisher.publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")), options, secrets, watching);

        int creation = indexOfRequest("POST", "/" + InstagramStandIn.IG_USER_ID + "/media");
        assertThat(requestsWhenNoted).containsOnlyKeys("container").containsEntry("container", creation + 1);
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void aPostWithoutPictureIsRefusedBeforeAnythingIsSent() {
        PublishOutcome outcome = publish(post("Nur Text geht auf Instagram nicht."));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.needsPicture")));
        assertThat(instagram.server().received()).isEmpty();
    }

    @Test
    void threePicturesBecomeOneCarouselWithTheirAltTexts() throws IOException {
        Picture first = picture("eins.jpg", Color.RED, "Die Bühne");
        Picture second = picture("zwei.jpg", Color.GREEN, "Das Feuerwerk");
        Picture third = picture("drei.jpg", Color.ORANGE, "Der Umzug");

        PublishOutcome outcome = publish(post(CAPTION, first, second, third));

        assertThat(instagram.posts()).hasSize(1);
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(post.altTexts()).containsExactly("Die Bühne", "Das Feuerwerk", "Der Umzug");
        assertThat(post.caption()).isEqualTo(CAPTION);
        InstagramStandIn.Container carousel = instagram.container(post.containerId());
        assertThat(carousel.children).containsExactly(journal.get("carousel-item-1"), journal.get("carousel-item-2"),
                journal.get("carousel-item-3"));
        assertThat(instagram.container(carousel.children.get(0)).caption).isEmpty();
        assertThat(journal).containsEntry("container", post.containerId());
    }

    @Test
    void elevenPicturesAndAPngAreRefusedBeforeAnythingIsSent() throws IOException {
        Picture one = picture("eins.jpg", Color.RED, "");
        Picture[] eleven = IntStream.range(0, 11).mapToObj(i -> one).toArray(Picture[]::new);
        Picture png = new Picture(one.file(), "image/png", "", 400, 400);

        assertThat(publish(post(CAPTION, eleven)))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.tooManyPictures", 10, 11)));
        assertThat(publish(post(CAPTION, png)))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.onlyJpeg", "eins.jpg")));
        assertThat(instagram.server().received()).isEmpty();
    }

    @Test
    void aTimeoutAfterInstagramPublishedIsUnknownAndTheCheckFindsThePost() throws IOException {
        publisher = publisherWaiting(Duration.ofMillis(1500));
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().silentAfterWorkNext(path("POST", "/media_publish"));

        PublishOutcome outcome = publish(submission);
        CheckOutcome check = check(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(NO_ANSWER));
        assertThat(instagram.posts()).hasSize(1);
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(check).isEqualTo(new CheckOutcome.Found(post.mediaId(), post.permalink(), false));
    }

    @Test
    void aServerErrorAfterInstagramPublishedIsUnknownAndTheCheckFindsThePost() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().failAfterWorkNext(path("POST", "/media_publish"),
                Reply.json(500, InstagramStandIn.error(2, 0, "Service temporarily unavailable", "", true)));

        PublishOutcome outcome = publish(submission);
        CheckOutcome check = check(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Instagram", 500)));
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(check).isEqualTo(new CheckOutcome.Found(post.mediaId(), post.permalink(), false));
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void aServerErrorBeforePublishingIsUnknownThenAbsentAndTheSameContainerIsPublished() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().refuseNext(path("POST", "/media_publish"), Reply.json(500, "<html>Bad gateway</html>"));

        PublishOutcome first = publish(submission);
        CheckOutcome check = check(submission);
        PublishOutcome again = publish(submission);

        assertThat(first).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Instagram", 500)));
        assertThat(check).isEqualTo(new CheckOutcome.Absent());
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(again).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(instagram.posts()).hasSize(1);
        assertThat(instagram.containers()).hasSize(1);
    }

    @Test
    void restrictedActivityWhileThePostWentLiveIsUnknownAndTheCheckFindsIt() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().failAfterWorkNext(path("POST", "/media_publish"), Reply.json(400, InstagramStandIn.error(4,
                2207051, "Application request limit reached", "We restrict certain activity to protect our community.",
                false)));

        PublishOutcome outcome = publish(submission);
        CheckOutcome check = check(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.instagram.restricted")));
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(check).isEqualTo(new CheckOutcome.Found(post.mediaId(), post.permalink(), false));
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void restrictedActivityWithoutAPostIsLeftToTheOfficerInsteadOfSentAgain() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().refuseNext(path("POST", "/media_publish"), Reply.json(400, InstagramStandIn.error(4,
                2207051, "Application request limit reached", "We restrict certain activity to protect our community.",
                false)));

        PublishOutcome outcome = publish(submission);
        CheckOutcome check = check(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.instagram.restricted")));
        assertThat(check).isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.instagram.restricted")));
        assertThat(journal).containsEntry("restricted", journal.get("container"));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void aPublishCallThatNeverLeftIsOfflineAndTheNextAttemptPublishesTheSameContainer() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        network.dropNext(request -> request.uri().getPath().endsWith("/media_publish"));

        PublishOutcome first = publish(submission);
        String container = journal.get("container");
        assertThat(instagram.container(container).status).isEqualTo("FINISHED");
        PublishOutcome again = publish(submission);

        assertThat(first).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", "Instagram")));
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(again).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(post.containerId()).isEqualTo(container);
        assertThat(instagram.containers()).hasSize(1);
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void theStandInNeverMakesTwoPostsOfOneContainer() throws Exception {
        publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));
        HttpRequest again = HttpRequest.newBuilder(URI.create(instagram.baseUrl() + "/" + InstagramStandIn.IG_USER_ID
                        + "/media_publish"))
                .header("Authorization", "Bearer " + InstagramStandIn.TOKEN)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("creation_id=" + journal.get("container"))).build();

        HttpResponse<String> answer = HttpClient.newHttpClient().send(again, HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(400);
        assertThat(answer.body()).contains("\"error\"", "\"code\":100");
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void aChangedPostGetsANewContainerInsteadOfTheOldOne() throws IOException {
        Picture market = picture("markt.jpg", Color.BLUE, "");
        Submission submission = post(CAPTION, market);
        network.dropNext(request -> request.uri().getPath().endsWith("/media_publish"));
        publish(submission);

        Submission changed = new Submission(account, CAPTION + " Ab 14 Uhr.", List.of(market), null,
                submission.requestKey(), NOW);
        PublishOutcome outcome = publish(changed);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(instagram.containers()).hasSize(2);
        assertThat(instagram.posts()).extracting(InstagramStandIn.Post::caption)
                .containsExactly(CAPTION + " Ab 14 Uhr.");
    }

    @Test
    void aTimeoutWhileTheContainerIsMadeIsRetriedBecauseAContainerIsNoPost() throws IOException {
        publisher = publisherWaiting(Duration.ofMillis(1500));
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().silentAfterWorkNext(path("POST", "/" + InstagramStandIn.IG_USER_ID + "/media"));

        PublishOutcome first = publish(submission);
        PublishOutcome again = publish(submission);

        assertThat(first).isEqualTo(new PublishOutcome.Retry(
                Problem.of("publish.instagram.preparationNoAnswer", "Instagram"), null));
        assertThat(again).isInstanceOf(PublishOutcome.Published.class);
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void theDailyPublishingLimitWaitsAnHourWithoutAPost() throws IOException {
        instagram.publishingLimit(0);

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.instagram.publishingLimit"),
                Duration.ofHours(1)));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void tooManyRequestsWaitAsLongAsInstagramAsks() throws IOException {
        instagram.server().refuseNext(path("POST", "/media"), new Reply(429,
                InstagramStandIn.error(4, 0, "(#4) Application request limit reached", "", true),
                Map.of("Content-Type", "application/json", "Retry-After", "120")));

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Instagram"),
                Duration.ofSeconds(120)));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void anExpiredTokenIsLostAccessAndAMissingOneNamesTheSecret() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.expireToken();

        PublishOutcome expired = publish(submission);
        secrets.values.clear();
        PublishOutcome missing = publish(submission);

        assertThat(expired).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", "Instagram")));
        assertThat(missing).isEqualTo(new PublishOutcome.AccessLost(
                Problem.missingSecret("Stadt Meerane – Instagram", "access-token")));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void aRefusedCaptionCarriesInstagramsOwnWords() throws IOException {
        instagram.server().refuseNext(path("POST", "/media"), Reply.json(400, InstagramStandIn.error(100, 2207010,
                "Invalid parameter", "The caption is too long. Captions can have at most 2,200 characters.", false)));

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", "Instagram",
                "The caption is too long. Captions can have at most 2,200 characters.")));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void aPictureTooLargeForInstagramIsRefused() throws IOException {
        instagram.server().refuseNext(path("POST", "/media"), Reply.json(400, InstagramStandIn.error(36000, 2207004,
                "The image is too large to download.", "The image size must be less than 8 MiB.", false)));

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.pictureTooLarge")));
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void withoutNetworkNothingLeavesAndWhenItIsBackThePostGoesOut() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.server().down();
        web.down();

        PublishOutcome offline = publish(submission);
        instagram.server().up();
        web.up();
        PublishOutcome back = publish(submission);

        assertThat(offline).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", "Instagram")));
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(back).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void aContainerMetaGivesUpOnIsNotedDeadAndTheNextAttemptMakesANewOne() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.nextContainerEndsAs("ERROR");

        PublishOutcome failed = publish(submission);
        String dead = journal.get("container");
        CheckOutcome check = check(submission);
        PublishOutcome again = publish(submission);

        assertThat(failed).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.instagram.containerFailed"), null));
        assertThat(journal).containsEntry("container-dead", dead);
        assertThat(check).isEqualTo(new CheckOutcome.Absent());
        assertThat(again).isInstanceOf(PublishOutcome.Published.class);
        assertThat(instagram.posts()).extracting(InstagramStandIn.Post::containerId).doesNotContain(dead).hasSize(1);
    }

    @Test
    void aContainerStillProcessingAfterTheLastWaitIsRetriedAndPublishedLater() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));
        instagram.nextContainerEndsAs("IN_PROGRESS");

        PublishOutcome first = publish(submission);
        instagram.finishProcessing(journal.get("container"));
        PublishOutcome again = publish(submission);

        assertThat(first).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.instagram.stillProcessing"), null));
        assertThat(waits).containsExactlyElementsOf(MediaContainers.POLL_WAITS);
        assertThat(again).isInstanceOf(PublishOutcome.Published.class);
        assertThat(instagram.containers()).hasSize(1);
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void theCheckWithoutAContainerIsAbsentAndAskingWithoutNetworkCannotTell() throws IOException {
        Submission submission = post(CAPTION, picture("markt.jpg", Color.BLUE, ""));

        assertThat(check(submission)).isEqualTo(new CheckOutcome.Absent());
        journal.put("container", "17900000000000999");
        instagram.server().down();

        assertThat(check(submission))
                .isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.offline", "Instagram")));
        assertThat(publisher.withdraw(account, options, secrets, "1")).isEqualTo(new CheckOutcome.Absent());
    }

    @Test
    void picturesReachInstagramThroughUnpublishedPhotosOfTheFacebookPage() throws IOException {
        secrets.put("page-access-token", InstagramStandIn.PAGE_TOKEN);
        options = Map.of("picture-route", "facebook-page");

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "Der Markt")));

        assertThat(instagram.posts()).hasSize(1);
        InstagramStandIn.Post post = instagram.posts().get(0);
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(post.mediaId(), post.permalink()));
        assertThat(instagram.pagePhotos()).singleElement().satisfies(photo -> {
            assertThat(photo.published()).isEqualTo("false");
            assertThat(journal).containsEntry("page-photo-1", photo.id());
            assertThat(post.imageUrls()).containsExactly(facebookCdn.url() + "fb-" + photo.id() + "-1080.jpg");
        });
        assertThat(web.requests()).isEmpty();
    }

    @Test
    void withFacebookLoginTheEnteredAccountIdIsUsedWithoutAskingWhoTheTokenIs() throws IOException {
        instagram.facebookLogin();
        Map<String, String> withoutId = options;
        options = new HashMap<>(options);
        options.put("ig-user-id", InstagramStandIn.IG_USER_ID);

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));
        boolean askedWhoTheTokenIs = instagram.server().received().stream()
                .anyMatch(request -> request.path().endsWith("/me"));
        PublishOutcome without = publisher.publish(post(CAPTION, picture("zwei.jpg", Color.RED, "")), withoutId,
                secrets, journal::put);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(askedWhoTheTokenIs).isFalse();
        assertThat(without).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.needsUserId")));
        assertThat(instagram.posts()).hasSize(1);
    }

    @Test
    void onGraphFacebookComTheTokenIsNeverTakenForTheInstagramAccount() throws IOException {
        ChannelAccount facebookLogin = new ChannelAccount(new AccountId(8), "Stadt Meerane – Instagram",
                ChannelKind.INSTAGRAM, "", "", "");
        Submission submission = new Submission(facebookLogin, CAPTION, List.of(picture("markt.jpg", Color.BLUE, "")),
                null, publisher.newRequestKey(NOW), NOW);

        PublishOutcome outcome = publisher.publish(submission, options, secrets, journal::put);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.instagram.needsUserId")));
        assertThat(network.sent()).isEmpty();
        assertThat(web.folder()).isEmptyDirectory();
    }

    @Test
    void theConnectionTestNamesTheAccount() {
        ConnectionCheck check = publisher.test(account, options, secrets);

        assertThat(check).isEqualTo(ConnectionCheck.ok("@stadt.meerane", null));
    }

    @Test
    void theConnectionTestSaysWhatIsWrong() {
        instagram.expireToken();
        assertThat(publisher.test(account, options, secrets))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.accessExpired", "Instagram")));

        InstagramStandIn other = new InstagramStandIn(facebookCdn);
        other.facebookLogin();
        ChannelAccount facebookLogin = new ChannelAccount(new AccountId(8), "Stadt Meerane – Instagram",
                ChannelKind.INSTAGRAM, "", other.baseUrl(), "");
        assertThat(publisher.test(facebookLogin, options, secrets)).isEqualTo(ConnectionCheck.failed(
                Problem.of("publish.instagram.enterUserId", InstagramStandIn.IG_USER_ID + " (@stadt.meerane)")));
        other.close();

        InstagramStandIn working = new InstagramStandIn(facebookCdn);
        ChannelAccount withoutRoute = new ChannelAccount(new AccountId(9), "Stadt Meerane – Instagram",
                ChannelKind.INSTAGRAM, "", working.baseUrl(), "");
        assertThat(publisher.test(withoutRoute, Map.of(), secrets))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.instagram.choosePictureRoute")));
        working.close();
    }

    @Test
    void aPictureNotYetSyncedToTheWebServerIsTriedAgainInAMinute() throws IOException {
        Picture market = picture("markt.jpg", Color.BLUE, "");
        web.notSyncedYet();

        PublishOutcome outcome = publish(post(CAPTION, market));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.instagram.pictureNotOnlineYet",
                web.url() + PublicPictures.publicName(market.file())), Duration.ofMinutes(1)));
        assertThat(instagram.containers()).isEmpty();
        assertThat(instagram.posts()).isEmpty();
    }

    @Test
    void aWebServerUnreachableWhileInstagramAnswersIsForTheOfficerToMend() throws IOException {
        web.down();

        PublishOutcome outcome = publish(post(CAPTION, picture("markt.jpg", Color.BLUE, "")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(
                Problem.of("publish.instagram.pictureHostUnreachable", "127.0.0.1")));
        assertThat(instagram.containers()).isEmpty();
    }

    /**
     * A publisher that gives up on an answer after {@code answerTimeout}: short where the stand-in goes
     * silent, generous elsewhere, as Meta's fetch of the picture takes a moment on a busy test machine.
     */
    private InstagramPublisher publisherWaiting(Duration answerTimeout) {
        return new InstagramPublisher(new PlatformHttp(network, answerTimeout), Clock.fixed(NOW, ZoneOffset.UTC),
                waits::add);
    }

    private PublishOutcome publish(Submission submission) {
        return publisher.publish(submission, options, secrets, journal::put);
    }

    private CheckOutcome check(Submission submission) {
        return publisher.check(submission, options, secrets, Map.copyOf(journal), "");
    }

    private Submission post(String text, Picture... pictures) {
        return new Submission(account, text, List.of(pictures), null, publisher.newRequestKey(NOW), NOW);
    }

    private int indexOfRequest(String method, String pathEnd) {
        var received = instagram.server().received();
        for (int i = 0; i < received.size(); i++) {
            if (received.get(i).method().equals(method) && received.get(i).path().endsWith(pathEnd)) {
                return i;
            }
        }
        throw new AssertionError("no " + method + " …" + pathEnd);
    }

    private Picture picture(String name, Color color, String altText) throws IOException {
        return new Picture(jpeg(temp.resolve(name), color), "image/jpeg", altText, 400, 400);
    }

    /** A real JPEG file, as the picture pipeline leaves it for Instagram. */
    static Path jpeg(Path file, Color color) throws IOException {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D graphics = image.createGraphics();
        graphics.setColor(color);
        graphics.fillRect(0, 0, 400, 400);
        graphics.dispose();
        ImageIO.write(image, "jpg", file.toFile());
        return file;
    }

    /** The secret store as a publisher sees it. */
    static final class Secrets implements Credentials {
        final Map<String, String> values = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(values.get(name));
        }

        @Override
        public void put(String name, String value) {
            values.put(name, value);
        }
    }
}
