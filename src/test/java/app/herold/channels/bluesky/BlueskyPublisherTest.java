package app.herold.channels.bluesky;

import static app.herold.channels.bluesky.BlueskyStandIn.method;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.StandInServer.Received;
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
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Posting to Bluesky against a stand-in server: what goes out, what the outbox is told when something
 * fails on the way, and that a post never goes out twice.
 */
class BlueskyPublisherTest {

    private static final Instant NOW = Instant.parse("2026-05-04T08:15:30.250Z");
    private static final String NETWORK = "Bluesky";
    /**
     * Short, so that "the server wrote the post, then went silent" takes a second; long enough for a loaded
     * build machine, once {@link #warmUp()} has loaded the classes both sides need.
     */
    private static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path pictures;

    private BlueskyStandIn bluesky;
    private BlueskyPublisher publisher;
    private ChannelAccount account;
    private final StoredSecrets credentials = new StoredSecrets();
    private final Map<String, String> journal = new LinkedHashMap<>();

    /** The first call of a run loads HTTP client, server and JSON classes, which can outlast the short timeout. */
    @BeforeAll
    static void warmUp() {
        try (BlueskyStandIn warming = new BlueskyStandIn()) {
            BlueskyPublisher patient = new BlueskyPublisher(PlatformHttp.standard(), Clock.fixed(NOW, ZoneOffset.UTC));
            ChannelAccount town = new ChannelAccount(new AccountId(1), "Warm-up", ChannelKind.BLUESKY, "",
                    warming.baseUrl(), BlueskyStandIn.HANDLE);
            StoredSecrets secrets = new StoredSecrets();
            secrets.put(BlueskySessions.APP_PASSWORD, BlueskyStandIn.APP_PASSWORD);
            patient.publish(new Submission(town, "Guten Morgen @stadt.bsky.social #Meerane https://meerane.de",
                    List.of(), null, patient.newRequestKey(NOW), null), Map.of(), secrets, Journal.NONE);
        }
    }

    @BeforeEach
    void startBluesky() {
        bluesky = new BlueskyStandIn();
        publisher = new BlueskyPublisher(PlatformHttp.standard().withAnswerTimeout(ANSWER_TIMEOUT),
                Clock.fixed(NOW, ZoneOffset.UTC));
        account = new ChannelAccount(new AccountId(7), "Stadt Meerane – Bluesky", ChannelKind.BLUESKY, "",
                bluesky.baseUrl(), "@" + BlueskyStandIn.HANDLE);
        credentials.put(BlueskySessions.APP_PASSWORD, BlueskyStandIn.APP_PASSWORD);
    }

    @AfterEach
    void stopBluesky() {
        bluesky.close();
    }

    @Test
    void aPlainTextPostGoesOutOnceInGermanWithItsLinksAndTime() {
        Submission submission = submission("Heute Bürgersprechstunde 🏛️ im Rathaus: https://meerane.de/termine #Meerane");

        PublishOutcome outcome = publish(submission);

        String recordKey = submission.requestKey();
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(
                "at://" + BlueskyStandIn.DID + "/app.bsky.feed.post/" + recordKey,
                "https://bsky.app/profile/stadt.bsky.social/post/" + recordKey));
        assertThat(bluesky.posts()).isEqualTo(1);
        JsonNode record = bluesky.post(recordKey);
        assertThat(record.path("text").asText()).isEqualTo(submission.text());
        assertThat(record.path("createdAt").asText()).isEqualTo("2026-05-04T08:15:30.250Z");
        assertThat(record.path("langs").toString()).isEqualTo("[\"de\"]");
        assertThat(record.path("facets")).hasSize(2);
        // "Heute Bürgersprechstunde 🏛️ im Rathaus: " is 46 bytes: ü takes 2, the emoji with its variation selector 7.
        assertThat(record.path("facets").get(0).path("index").path("byteStart").asInt()).isEqualTo(46);
        assertThat(record.has("embed")).isFalse();
        assertThat(journal).containsEntry("did", BlueskyStandIn.DID).containsEntry("rkey", recordKey);
    }

    @Test
    void picturesGoUpAsTheyAreWithTheirAltTextAndShape() throws IOException {
        Picture market = picture("markt.jpg", 40_000, "Der Wochenmarkt auf dem Platz der Einheit", 1600, 1200);
        Picture withoutText = picture("plakat.png", 20_000, "", 0, 0);

        PublishOutcome outcome = publish(submission("Markttag!", market, withoutText));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.posts()).isEqualTo(1);
        List<Received> uploads = bluesky.server().received().stream()
                .filter(method("POST", "com.atproto.repo.uploadBlob")).toList();
        assertThat(uploads).extracting(upload -> upload.header("Content-Type")).containsExactly("image/jpeg", "image/png");
        assertThat(uploads.get(0).body()).isEqualTo(Files.readAllBytes(market.file()));
        JsonNode embed = onlyPost().path("embed");
        assertThat(embed.path("$type").asText()).isEqualTo("app.bsky.embed.images");
        JsonNode first = embed.path("images").get(0);
        assertThat(first.path("alt").asText()).isEqualTo("Der Wochenmarkt auf dem Platz der Einheit");
        assertThat(first.path("aspectRatio").path("width").asInt()).isEqualTo(1600);
        assertThat(first.path("aspectRatio").path("height").asInt()).isEqualTo(1200);
        assertThat(bluesky.blob(first.path("image").path("ref").path("$link").asText()))
                .isEqualTo(Files.readAllBytes(market.file()));
        JsonNode second = embed.path("images").get(1);
        assertThat(second.path("alt").isTextual()).as("alt is required, empty allowed").isTrue();
        assertThat(second.path("alt").asText()).isEmpty();
        assertThat(second.has("aspectRatio")).isFalse();
    }

    @Test
    void aMentionedHandleLinksItsAccountAndAnUnknownOneStaysText() {
        bluesky.addHandle("feuerwehr-meerane.bsky.social", "did:plc:feuerwehr");

        publish(submission("Danke an @feuerwehr-meerane.bsky.social und @niemand.example.org!"));

        JsonNode facets = onlyPost().path("facets");
        assertThat(facets).hasSize(1);
        assertThat(facets.get(0).path("features").get(0).path("did").asText()).isEqualTo("did:plc:feuerwehr");
        assertThat(facets.get(0).path("index").path("byteStart").asInt()).isEqualTo(9);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aTimeoutAfterThePostWasWrittenIsUnknownAndTheCheckFindsIt() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().silentAfterWorkNext(method("POST", "com.atproto.repo.createRecord"));

        PublishOutcome outcome = publish(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.noAnswer", NETWORK)));
        assertThat(check(submission)).isEqualTo(new CheckOutcome.Found(
                "at://" + BlueskyStandIn.DID + "/app.bsky.feed.post/" + submission.requestKey(),
                "https://bsky.app/profile/stadt.bsky.social/post/" + submission.requestKey(), false));
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterThePostWasWrittenIsUnknownAndTheCheckFindsIt() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().failAfterWorkNext(method("POST", "com.atproto.repo.createRecord"),
                BlueskyStandIn.error(500, "InternalServerError", "Internal Server Error"));

        PublishOutcome outcome = publish(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", NETWORK, 500)));
        assertThat(check(submission)).isInstanceOf(CheckOutcome.Found.class);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorBeforeAnythingWasWrittenIsUnknownTheCheckFindsNothingAndTheRetryPostsOnce() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().refuseNext(method("POST", "com.atproto.repo.createRecord"),
                BlueskyStandIn.error(502, "UpstreamFailure", "Upstream Failure"));

        assertThat(publish(submission)).isEqualTo(new PublishOutcome.Unknown(
                Problem.of("publish.serverError", NETWORK, 502)));
        assertThat(check(submission)).isEqualTo(new CheckOutcome.Absent());
        assertThat(bluesky.posts()).isZero();

        assertThat(publish(submission)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void sendingAgainUnderTheSameKeyReportsTheEarlierPostInsteadOfASecond() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().silentAfterWorkNext(method("POST", "com.atproto.repo.createRecord"));
        PublishOutcome lost = publish(submission);

        PublishOutcome again = publish(submission);

        assertThat(lost).isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(again).isEqualTo(new PublishOutcome.Published(
                "at://" + BlueskyStandIn.DID + "/app.bsky.feed.post/" + submission.requestKey(),
                "https://bsky.app/profile/stadt.bsky.social/post/" + submission.requestKey()));
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aServerThatAnswersATakenKeyWithAnErrorLeavesItUnknownAndTheCheckFindsThePost() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.answerTakenKeysWithServerError();
        bluesky.server().silentAfterWorkNext(method("POST", "com.atproto.repo.createRecord"));
        publish(submission);

        assertThat(publish(submission)).isEqualTo(new PublishOutcome.Unknown(
                Problem.of("publish.serverError", NETWORK, 500)));
        assertThat(check(submission)).isInstanceOf(CheckOutcome.Found.class);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aRateLimitWaitsUntilTheResetBlueskyNames() {
        bluesky.server().refuseNext(method("POST", "com.atproto.repo.createRecord"), new Reply(429,
                "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}",
                Map.of("Content-Type", "application/json", "ratelimit-limit", "5000", "ratelimit-remaining", "0",
                        "ratelimit-reset", Long.toString(NOW.getEpochSecond() + 120))));

        PublishOutcome outcome = publish(submission("Stadtfest am Samstag"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", NETWORK),
                Duration.ofMillis(119_750)));
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void aRateLimitOnAnUploadWaitsAsRetryAfterSays() throws IOException {
        bluesky.server().refuseNext(method("POST", "com.atproto.repo.uploadBlob"), new Reply(429,
                "{\"error\":\"RateLimitExceeded\",\"message\":\"Rate Limit Exceeded\"}",
                Map.of("Content-Type", "application/json", "Retry-After", "30")));

        PublishOutcome outcome = publish(submission("Markttag!", picture("markt.jpg", 1_000, "Markt", 800, 600)));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", NETWORK),
                Duration.ofSeconds(30)));
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void aServerErrorOnAnUploadIsRetriedBecauseNoPostCanExistYet() throws IOException {
        bluesky.server().failAfterWorkNext(method("POST", "com.atproto.repo.uploadBlob"),
                BlueskyStandIn.error(503, "ServiceUnavailable", "Service Unavailable"));

        PublishOutcome outcome = publish(submission("Markttag!", picture("markt.jpg", 1_000, "Markt", 800, 600)));

        assertThat(outcome).isInstanceOf(PublishOutcome.Retry.class);
        assertThat(((PublishOutcome.Retry) outcome).problem()).isEqualTo(Problem.of("publish.serverError", NETWORK, 503));
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void aWrongAppPasswordIsLostAccessWithBlueskysWords() {
        credentials.put(BlueskySessions.APP_PASSWORD, "falsch-falsch-falsch");

        PublishOutcome outcome = publish(submission("Stadtfest am Samstag"));

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.bluesky.signInRefused",
                BlueskyStandIn.HANDLE, "Invalid identifier or password")));
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void aRevokedAppPasswordIsLostAccessOnceTheSessionEnds() {
        assertThat(publish(submission("Erster Beitrag"))).isInstanceOf(PublishOutcome.Published.class);
        bluesky.changeAppPassword("neue-neue-neue-neue");

        PublishOutcome outcome = publish(submission("Zweiter Beitrag"));

        assertThat(outcome).isInstanceOf(PublishOutcome.AccessLost.class);
        assertThat(((PublishOutcome.AccessLost) outcome).problem().key()).isEqualTo("publish.bluesky.signInRefused");
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void withoutAnAppPasswordTheUserIsAskedForOne() {
        StoredSecrets empty = new StoredSecrets();

        PublishOutcome outcome = publisher.publish(submission("Stadtfest"), Map.of(), empty, journal::put);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(
                Problem.missingSecret("Stadt Meerane – Bluesky", "app-password")));
        assertThat(bluesky.server().received()).isEmpty();
    }

    @Test
    void contentTheServerRefusesIsRefusedWithItsMessage() {
        // A server that counts each UTF-16 unit as a grapheme: 150 emoji are 150 for Herold, 300+ for it.
        bluesky.countGraphemesWith(String::length);
        String text = "🎉".repeat(150) + " Feuerwerk";

        PublishOutcome outcome = publish(submission(text));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", NETWORK,
                "Invalid app.bsky.feed.post record: Record/text must not be longer than 300 graphemes")));
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void aTextOverThreeHundredCharactersIsRefusedBeforeAnythingIsSent() {
        PublishOutcome outcome = publish(submission("ä".repeat(301)));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.bluesky.textTooLong", 301, 300)));
        assertThat(bluesky.server().received()).isEmpty();
    }

    @Test
    void aTextOverThreeThousandBytesIsRefusedThoughItHasFewCharacters() {
        // The family emoji is one character and 18 bytes: 200 of them are 3,600 bytes.
        PublishOutcome outcome = publish(submission("👨‍👩‍👧".repeat(200)));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(
                Problem.of("publish.bluesky.textTooManyBytes", 3600, 3000)));
        assertThat(bluesky.server().received()).isEmpty();
    }

    @Test
    void tooManyOrTooLargePicturesAreRefusedBeforeAnythingIsSent() throws IOException {
        Picture small = picture("klein.jpg", 1_000, "", 10, 10);
        Picture large = picture("gross.jpg", 1_000_001, "Luftbild", 3000, 2000);

        assertThat(publish(submission("Bilder", small, small, small, small, small))).isEqualTo(
                new PublishOutcome.Refused(Problem.of("publish.bluesky.tooManyPictures", 5, 4)));
        assertThat(publish(submission("Bilder", small, large))).isEqualTo(
                new PublishOutcome.Refused(Problem.of("publish.bluesky.pictureTooLarge", 2, 1_000_001, 1_000_000)));
        assertThat(publish(submission("", List.of()))).isEqualTo(
                new PublishOutcome.Refused(Problem.of("publish.bluesky.empty")));
        assertThat(bluesky.server().received()).isEmpty();
    }

    @Test
    void withoutNetworkNothingLeavesAndWhenItIsBackThePostGoesOutOnce() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().down();

        assertThat(publish(submission)).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", NETWORK)));
        assertThat(bluesky.posts()).isZero();

        bluesky.server().up();
        assertThat(publish(submission)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void aCheckWithoutNetworkCannotTell() {
        Submission submission = submission("Stadtfest am Samstag");
        bluesky.server().silentAfterWorkNext(method("POST", "com.atproto.repo.createRecord"));
        publish(submission);
        bluesky.server().down();

        assertThat(check(submission)).isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.offline", NETWORK)));
        bluesky.server().up();
        assertThat(check(submission)).isInstanceOf(CheckOutcome.Found.class);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void anExpiredAccessTokenIsRefreshedWithoutSigningInAgainAndThePostGoesOutOnce() {
        assertThat(publisher.test(account, Map.of(), credentials).ok()).isTrue();
        bluesky.expireAccessTokens();

        PublishOutcome outcome = publish(submission("Stadtfest am Samstag"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.sessionsCreated()).isEqualTo(1);
        assertThat(bluesky.sessionsRefreshed()).isEqualTo(1);
        assertThat(bluesky.posts()).isEqualTo(1);
        assertThat(bluesky.server().received().stream().filter(method("POST", "com.atproto.repo.createRecord")))
                .as("refused once with ExpiredToken, then written").hasSize(2);
        assertThat(credentials.get(BlueskySessions.ACCESS)).contains("access-2");
    }

    @Test
    void theStoredSessionIsUsedForTheNextPosts() {
        assertThat(publish(submission("Erster Beitrag"))).isInstanceOf(PublishOutcome.Published.class);
        assertThat(publish(submission("Zweiter Beitrag"))).isInstanceOf(PublishOutcome.Published.class);

        assertThat(bluesky.sessionsCreated()).isEqualTo(1);
        assertThat(bluesky.sessionsRefreshed()).isZero();
        assertThat(bluesky.posts()).isEqualTo(2);
    }

    @Test
    void whenTheRefreshTokenIsNoLongerTakenHeroldSignsInAgain() {
        assertThat(publish(submission("Erster Beitrag"))).isInstanceOf(PublishOutcome.Published.class);
        bluesky.expireAccessTokens();
        bluesky.expireRefreshTokens();

        PublishOutcome outcome = publish(submission("Zweiter Beitrag"));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.sessionsCreated()).isEqualTo(2);
        assertThat(bluesky.posts()).isEqualTo(2);
    }

    @Test
    void theConnectionTestNamesTheAccountWithoutAnEndDate() {
        ConnectionCheck first = publisher.test(account, Map.of(), credentials);
        ConnectionCheck again = publisher.test(account, Map.of(), credentials);

        assertThat(first).isEqualTo(ConnectionCheck.ok("@stadt.bsky.social", null));
        assertThat(again).isEqualTo(ConnectionCheck.ok("@stadt.bsky.social", null));
        assertThat(bluesky.sessionsCreated()).as("the second test refreshes the stored session").isEqualTo(1);
        assertThat(bluesky.posts()).isZero();
    }

    @Test
    void theConnectionTestFailsWithAWrongAppPassword() {
        credentials.put(BlueskySessions.APP_PASSWORD, "falsch-falsch-falsch");

        ConnectionCheck check = publisher.test(account, Map.of(), credentials);

        assertThat(check.ok()).isFalse();
        assertThat(check.problem()).isEqualTo(Problem.of("publish.bluesky.signInRefused", BlueskyStandIn.HANDLE,
                "Invalid identifier or password"));
    }

    @Test
    void aSessionStoredForAnotherHandleIsNeverUsedToPost() {
        assertThat(publish(submission("Erster Beitrag"))).isInstanceOf(PublishOutcome.Published.class);
        ChannelAccount other = new ChannelAccount(new AccountId(8), "Rathaus – Bluesky", ChannelKind.BLUESKY, "",
                bluesky.baseUrl(), "@rathaus-meerane.de");

        PublishOutcome outcome = publisher.publish(new Submission(other, "Zweiter Beitrag", List.of(), null,
                publisher.newRequestKey(NOW), null), Map.of(), credentials, journal::put);

        // The stand-in knows only the town's account: signing in as another handle is refused, and the stored
        // session of the town's account did not post in its place.
        assertThat(outcome).isInstanceOf(PublishOutcome.AccessLost.class);
        assertThat(bluesky.sessionsCreated()).isEqualTo(1);
        assertThat(bluesky.posts()).isEqualTo(1);
    }

    @Test
    void theHandleIsTheSameWrittenInCapitals() {
        assertThat(publish(submission("Erster Beitrag"))).isInstanceOf(PublishOutcome.Published.class);
        ChannelAccount capitals = new ChannelAccount(new AccountId(7), "Stadt Meerane – Bluesky", ChannelKind.BLUESKY,
                "", bluesky.baseUrl(), "STADT.bsky.social");

        PublishOutcome outcome = publisher.publish(new Submission(capitals, "Zweiter Beitrag", List.of(), null,
                publisher.newRequestKey(NOW), null), Map.of(), credentials, journal::put);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(bluesky.sessionsCreated()).isEqualTo(1);
        assertThat(bluesky.posts()).isEqualTo(2);
    }

    @Test
    void nothingIsEverHandedOverSoNothingIsWithdrawnAndNothingScheduled() {
        assertThat(publisher.withdraw(account, Map.of(), credentials, "at://x")).isEqualTo(new CheckOutcome.Absent());
        assertThat(publisher.nativeScheduling()).isEmpty();
        assertThat(publisher.secretNames()).containsExactly("app-password");
        assertThat(publisher.kind()).isEqualTo(ChannelKind.BLUESKY);
    }

    @Test
    void aRequestKeyThatIsNoTidIsAMistakeOfTheCaller() {
        Submission withoutKey = new Submission(account, "Text", List.of(), null, "idempotency-123", null);

        assertThatThrownBy(() -> publisher.publish(withoutKey, Map.of(), credentials, Journal.NONE))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private PublishOutcome publish(Submission submission) {
        return publisher.publish(submission, Map.of(), credentials, journal::put);
    }

    private CheckOutcome check(Submission submission) {
        return publisher.check(submission, Map.of(), credentials, Map.copyOf(journal), "");
    }

    private Submission submission(String text, Picture... attached) {
        return submission(text, List.of(attached));
    }

    private Submission submission(String text, List<Picture> attached) {
        return new Submission(account, text, attached, null, publisher.newRequestKey(NOW), null);
    }

    private JsonNode onlyPost() {
        assertThat(bluesky.posts()).isEqualTo(1);
        String recordKey = journal.get("rkey");
        return bluesky.post(recordKey);
    }

    private Picture picture(String name, int size, String altText, int width, int height) throws IOException {
        byte[] content = new byte[size];
        for (int index = 0; index < size; index++) {
            content[index] = (byte) (index * 31 + name.length());
        }
        Path file = Files.write(pictures.resolve(name), content);
        return new Picture(file, name.endsWith(".png") ? "image/png" : "image/jpeg", altText, width, height);
    }

    /** The secret store as the publisher sees it, in memory. */
    private static final class StoredSecrets implements Credentials {
        private final Map<String, String> secrets = new HashMap<>();

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(secrets.get(name));
        }

        @Override
        public void put(String name, String value) {
            secrets.put(name, value);
        }
    }
}
