package app.herold.channels.mastodon;

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
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches a Mastodon server, and what the outbox is told, when posts go out and things go wrong. */
class MastodonPublisherTest {

    private static final Instant START = Instant.parse("2026-07-01T08:00:00Z");
    private static final String TEXT = "Heute 18 Uhr: Stadtratssitzung im Rathaus.";
    /**
     * Short, so that an answer that never comes is noticed quickly; one client for all tests, warmed up once, so
     * that loading the HTTP classes in the first test is not mistaken for a silent server.
     */
    private static final PlatformHttp HTTP = PlatformHttp.standard().withAnswerTimeout(Duration.ofSeconds(1));

    @TempDir
    Path folder;

    private final TestClock clock = new TestClock(START);
    private final AtomicInteger sleeps = new AtomicInteger();
    private MastodonStandIn mastodon;
    private MastodonPublisher publisher;
    private ChannelAccount account;
    private final MapCredentials credentials = new MapCredentials(Map.of("access-token", MastodonStandIn.TOKEN));
    private final Map<String, String> journal = new HashMap<>();
    private final Journal notes = journal::put;

    @BeforeAll
    static void warmUp() {
        TestClock clock = new TestClock(START);
        try (MastodonStandIn warmUp = new MastodonStandIn(clock)) {
            ChannelAccount account = new ChannelAccount(new AccountId(9), "Warm-up", ChannelKind.MASTODON, "",
                    warmUp.baseUrl(), "@stadtmeerane");
            new MastodonPublisher(HTTP, clock).test(account, Map.of(),
                    new MapCredentials(Map.of("access-token", MastodonStandIn.TOKEN)));
        }
    }

    @BeforeEach
    void startServer() {
        mastodon = new MastodonStandIn(clock);
        publisher = new MastodonPublisher(HTTP, clock, wait -> sleeps.incrementAndGet());
        account = new ChannelAccount(new AccountId(1), "Stadt Meerane", ChannelKind.MASTODON, "", mastodon.baseUrl(),
                "@stadtmeerane");
    }

    @AfterEach
    void stopServer() {
        mastodon.close();
    }

    @Test
    void aPlainTextGoesOutPublicInGermanUnderTheTargetsKey() {
        Submission submission = now(TEXT);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        PublishOutcome.Published published = (PublishOutcome.Published) outcome;
        MastodonStandIn.Status status = mastodon.statuses().get(0);
        assertThat(published.remoteId()).isEqualTo(status.id());
        assertThat(published.url()).isEqualTo(mastodon.baseUrl() + "/@stadtmeerane/" + status.id());
        assertThat(status.text()).isEqualTo(TEXT);
        assertThat(status.visibility()).isEqualTo("public");
        assertThat(status.language()).isEqualTo("de");
        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(mastodon.server().received()).filteredOn(request -> request.path().equals("/api/v1/statuses"))
                .singleElement().satisfies(request -> {
                    assertThat(request.header("Idempotency-Key")).isEqualTo(submission.requestKey());
                    assertThat(request.header("Authorization")).isEqualTo("Bearer " + MastodonStandIn.TOKEN);
                });
    }

    @Test
    void picturesGoUpWithTheirDescriptionsAndTheStatusCarriesThemInOrder() throws IOException {
        List<Picture> pictures = List.of(picture("markt.jpg", "Der Marktplatz mit Weihnachtsbäumen"),
                picture("rathaus.png", "Das Rathaus bei Nacht"));

        PublishOutcome outcome = publisher.publish(now(TEXT, pictures), Map.of(), credentials, notes);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        MastodonStandIn.Status status = mastodon.statuses().get(0);
        assertThat(status.mediaIds()).hasSize(2);
        assertThat(status.mediaIds()).extracting(id -> mastodon.media().get(id).description())
                .containsExactly("Der Marktplatz mit Weihnachtsbäumen", "Das Rathaus bei Nacht");
        assertThat(status.mediaIds()).extracting(id -> mastodon.media().get(id).fileName())
                .containsExactly("markt.jpg", "rathaus.png");
        assertThat(journal).containsEntry(MastodonCheck.MEDIA_IDS_NOTE, String.join(",", status.mediaIds()));
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aPictureStillProcessingIsAwaitedBeforeTheStatusIsSent() throws IOException {
        mastodon.processPicturesFor(2);

        PublishOutcome outcome = publisher.publish(now(TEXT, List.of(picture("markt.jpg", "Markt"))), Map.of(),
                credentials, notes);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(sleeps.get()).isEqualTo(3);
        assertThat(mastodon.statuses().get(0).mediaIds()).hasSize(1);
    }

    @Test
    void anAnswerLostAfterTheServerMadeTheStatusIsUnknownAndTheCheckFindsIt() {
        mastodon.server().silentAfterWorkNext(path("POST", "/api/v1/statuses"));
        Submission submission = now(TEXT);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.noAnswer", "Mastodon")));
        clock.advance(Duration.ofMinutes(10));
        CheckOutcome check = publisher.check(submission, Map.of(), credentials, journal, "");
        String id = mastodon.statuses().get(0).id();
        assertThat(check).isEqualTo(new CheckOutcome.Found(id, mastodon.baseUrl() + "/@stadtmeerane/" + id, false));
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterTheStatusWasMadeIsUnknownAndTheCheckFindsIt() {
        mastodon.server().failAfterWorkNext(path("POST", "/api/v1/statuses"), Reply.json(500, "{\"error\":\"oops\"}"));
        Submission submission = now(TEXT);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Mastodon", 500)));
        CheckOutcome check = publisher.check(submission, Map.of(), credentials, journal, "");
        assertThat(check).isInstanceOf(CheckOutcome.Found.class);
        assertThat(((CheckOutcome.Found) check).remoteId()).isEqualTo(mastodon.statuses().get(0).id());
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorBeforeAnythingWasMadeIsAbsentAfterTheKeysHourAndThePostGoesOutOnce() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"), Reply.json(503, "{\"error\":\"busy\"}"));
        Submission submission = now(TEXT);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Mastodon", 503)));
        assertThat(mastodon.posts()).isZero();

        clock.advance(Duration.ofHours(2));
        assertThat(publisher.check(submission, Map.of(), credentials, journal, ""))
                .isEqualTo(new CheckOutcome.Absent());
        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void withinTheKeysHourTheCheckMakesAStatusTheServerNeverMadeExactlyOnce() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"), Reply.json(503, "{\"error\":\"busy\"}"));
        Submission submission = now(TEXT);
        publisher.publish(submission, Map.of(), credentials, notes);

        CheckOutcome first = publisher.check(submission, Map.of(), credentials, journal, "");
        CheckOutcome second = publisher.check(submission, Map.of(), credentials, journal, "");

        assertThat(first).isInstanceOf(CheckOutcome.Found.class).isEqualTo(second);
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void sendingAgainUnderTheSameKeyAfterAnUnknownOutcomeYieldsExactlyOneStatus() {
        mastodon.server().failAfterWorkNext(path("POST", "/api/v1/statuses"), Reply.json(500, "{\"error\":\"oops\"}"));
        Submission submission = now(TEXT);

        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Unknown.class);
        PublishOutcome again = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(again).isInstanceOf(PublishOutcome.Published.class);
        assertThat(((PublishOutcome.Published) again).remoteId()).isEqualTo(mastodon.statuses().get(0).id());
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void theStandInHonoursTheIdempotencyKeyForAnHourAndOnlyForTheSameKey() {
        Submission submission = now(TEXT);
        PublishOutcome first = publisher.publish(submission, Map.of(), credentials, notes);
        clock.advance(Duration.ofMinutes(59));
        PublishOutcome repeated = publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(repeated).isEqualTo(first);
        assertThat(mastodon.posts()).isEqualTo(1);

        publisher.publish(now(TEXT), Map.of(), credentials, notes);
        assertThat(mastodon.posts()).isEqualTo(2);
        clock.advance(Duration.ofMinutes(2));
        publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(mastodon.posts()).isEqualTo(3);
    }

    @Test
    void aRateLimitWaitsUntilTheResetTheServerNames() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"), new Reply(429,
                "{\"error\":\"Too many requests\"}", Map.of("Content-Type", "application/json",
                        "X-RateLimit-Reset", "2026-07-01T08:04:30.123Z", "Retry-After", "7")));

        PublishOutcome outcome = publisher.publish(now(TEXT), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Mastodon"),
                Duration.ofSeconds(270).plusMillis(123)));
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void aRateLimitWithoutResetTimeWaitsAsRetryAfterSays() throws IOException {
        mastodon.server().refuseNext(path("POST", "/api/v2/media"), new Reply(429,
                "{\"error\":\"Too many requests\"}", Map.of("Content-Type", "application/json", "Retry-After", "90")));

        PublishOutcome outcome = publisher.publish(now(TEXT, List.of(picture("markt.jpg", "Markt"))), Map.of(),
                credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Mastodon"),
                Duration.ofSeconds(90)));
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void aWithdrawnTokenIsLostAccess() {
        PublishOutcome outcome = publisher.publish(now(TEXT), Map.of(),
                new MapCredentials(Map.of("access-token", "revoked")), notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", "Mastodon")));
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void aTokenWithoutTheRightScopeIsLostAccessWithTheServersReason() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"),
                Reply.json(403, "{\"error\":\"This action is outside the authorized scopes\"}"));

        PublishOutcome outcome = publisher.publish(now(TEXT), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.mastodon.forbidden",
                "This action is outside the authorized scopes")));
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void aRefusedStatusCarriesTheServersReason() {
        PublishOutcome outcome = publisher.publish(now("   "), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", "Mastodon",
                "Validation failed: Text can't be blank")));
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void withoutNetworkNothingLeavesAndWhenItIsBackThePostGoesOutOnce() {
        Submission submission = now(TEXT);
        mastodon.server().down();

        PublishOutcome offline = publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(offline).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", "Mastodon")));

        mastodon.server().up();
        assertThat(mastodon.posts()).isZero();
        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aTextLongerThanTheServerTakesIsRefusedBeforeAnythingIsUploaded() throws IOException {
        mastodon.limits(100, 4, 1500);
        String text = "Ä".repeat(90) + " https://www.meerane.de/veranstaltungen/weihnachtsmarkt-2026";

        PublishOutcome outcome = publisher.publish(now(text, List.of(picture("markt.jpg", "Markt"))), Map.of(),
                credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.mastodon.tooLong", 114, 100)));
        assertThat(mastodon.media()).isEmpty();
        assertThat(mastodon.posts()).isZero();
    }

    @Test
    void moreImagesThanTheServerTakesAreRefusedBeforeAnythingIsUploaded() throws IOException {
        mastodon.limits(500, 2, 1500);
        List<Picture> three = List.of(picture("a.jpg", "A"), picture("b.jpg", "B"), picture("c.jpg", "C"));

        PublishOutcome outcome = publisher.publish(now(TEXT, three), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.mastodon.tooManyPictures", 3, 2)));
        assertThat(mastodon.media()).isEmpty();
    }

    @Test
    void aDescriptionLongerThanTheServerTakesIsRefusedWithThePicturesNumber() throws IOException {
        mastodon.limits(500, 4, 20);
        List<Picture> pictures = List.of(picture("a.jpg", "Kurz"), picture("b.jpg", "Eine viel zu lange Beschreibung"));

        PublishOutcome outcome = publisher.publish(now(TEXT, pictures), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.mastodon.altTooLong", 2, 31, 20)));
        assertThat(mastodon.media()).isEmpty();
    }

    @Test
    void theServersLimitsAreReadOncePerAccountAndServer() {
        publisher.publish(now(TEXT), Map.of(), credentials, notes);
        publisher.publish(now(TEXT + " Alle sind eingeladen."), Map.of(), credentials, notes);

        assertThat(mastodon.server().received()).filteredOn(request -> request.path().equals("/api/v2/instance"))
                .hasSize(1);
        assertThat(mastodon.posts()).isEqualTo(2);
    }

    @Test
    void whenTheServerGivesNoLimitsTheDefaultsApply() {
        mastodon.breakInstanceEndpoint();
        mastodon.limits(1000, 4, 1500);

        PublishOutcome outcome = publisher.publish(now("x".repeat(501)), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.mastodon.tooLong", 501, 500)));
        assertThat(publisher.publish(now("x".repeat(500)), Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
    }

    @Test
    void aPostForLaterIsHandedOverAndFoundScheduledThenLive() {
        Submission submission = at(START.plus(Duration.ofDays(1)), TEXT);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        String scheduledId = mastodon.scheduled().get(0).id();
        String profile = mastodon.baseUrl() + "/@stadtmeerane";
        assertThat(outcome).isEqualTo(new PublishOutcome.HandedOver(scheduledId, profile));
        assertThat(mastodon.scheduled().get(0).scheduledAt()).isEqualTo(submission.publishAt());
        assertThat(publisher.check(submission, Map.of(), credentials, journal, scheduledId))
                .isEqualTo(new CheckOutcome.Found(scheduledId, profile, true));

        clock.advance(Duration.ofDays(1));
        mastodon.publishDueStatuses();
        String liveId = mastodon.statuses().get(0).id();
        assertThat(publisher.check(submission, Map.of(), credentials, journal, scheduledId))
                .isEqualTo(new CheckOutcome.Found(liveId, profile + "/" + liveId, false));
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aHandoverThatLeftTheScheduleAfterItsTimeCountsAsPublishedEvenUnmatched() {
        Submission submission = at(START.plus(Duration.ofDays(1)), TEXT);
        PublishOutcome.HandedOver handedOver = (PublishOutcome.HandedOver) publisher.publish(submission, Map.of(),
                credentials, notes);
        mastodon.deleteScheduledOnTheServer(handedOver.remoteId());
        clock.advance(Duration.ofDays(1));

        assertThat(publisher.check(submission, Map.of(), credentials, journal, handedOver.remoteId()))
                .isEqualTo(new CheckOutcome.Found(handedOver.remoteId(), handedOver.url(), false));
    }

    @Test
    void aHandoverGoneFromTheScheduleBeforeItsTimeIsForTheUserToLookAt() {
        Submission submission = at(START.plus(Duration.ofDays(1)), TEXT);
        PublishOutcome.HandedOver handedOver = (PublishOutcome.HandedOver) publisher.publish(submission, Map.of(),
                credentials, notes);
        mastodon.deleteScheduledOnTheServer(handedOver.remoteId());

        assertThat(publisher.check(submission, Map.of(), credentials, journal, handedOver.remoteId()))
                .isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.mastodon.scheduledGone", "Stadt Meerane")));
    }

    @Test
    void aHandoverWhoseAnswerWasLostIsFoundInTheScheduleThoughTheServerAnswersTheRepeatedKeyWith404() {
        mastodon.server().silentAfterWorkNext(path("POST", "/api/v1/statuses"));
        Submission submission = at(START.plus(Duration.ofDays(3)), TEXT);

        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Unknown.class);
        CheckOutcome check = publisher.check(submission, Map.of(), credentials, journal, "");

        assertThat(check).isEqualTo(new CheckOutcome.Found(mastodon.scheduled().get(0).id(),
                mastodon.baseUrl() + "/@stadtmeerane", true));
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void aHandoverTooCloseToItsTimeIsRetriedAtItsTimeWithoutAnythingMade() throws IOException {
        Submission submission = at(START.plus(Duration.ofMinutes(3)), TEXT, List.of(picture("markt.jpg", "Markt")));

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.mastodon.tooLateToHandOver"),
                Duration.ofMinutes(3)));
        assertThat(mastodon.posts()).isZero();
        assertThat(mastodon.media()).isEmpty();
    }

    @Test
    void withdrawingTakesTheHandoverOutOfTheSchedule() {
        PublishOutcome.HandedOver handedOver = (PublishOutcome.HandedOver) publisher.publish(
                at(START.plus(Duration.ofDays(2)), TEXT), Map.of(), credentials, notes);

        assertThat(publisher.withdraw(account, Map.of(), credentials, handedOver.remoteId()))
                .isEqualTo(new CheckOutcome.Absent());
        assertThat(mastodon.posts()).isZero();
        assertThat(publisher.withdraw(account, Map.of(), credentials, handedOver.remoteId()))
                .isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.mastodon.scheduledGone", "Stadt Meerane")));
    }

    @Test
    void afterTheKeysHourTheCheckFindsTheStatusByItsTextDespiteMastodonsHtml() {
        String text = "Weihnachtsmarkt & Konzert <drinnen>!\n"
                + "\"Alle\" sind eingeladen, sagt @buergermeister@sachsen.social.\n\n"
                + "Mehr: https://www.meerane.de/veranstaltungen/weihnachtsmarkt-2026?tag=1";
        mastodon.server().silentAfterWorkNext(path("POST", "/api/v1/statuses"));
        Submission submission = now(text);
        publisher.publish(submission, Map.of(), credentials, notes);
        mastodon.addStatus("Ein anderer Beitrag danach", START.plus(Duration.ofMinutes(30)));

        clock.advance(Duration.ofHours(3));
        CheckOutcome check = publisher.check(submission, Map.of(), credentials, journal, "");

        String id = mastodon.statuses().get(0).id();
        assertThat(check).isEqualTo(new CheckOutcome.Found(id, mastodon.baseUrl() + "/@stadtmeerane/" + id, false));
        assertThat(mastodon.posts()).isEqualTo(2);
    }

    @Test
    void afterTheKeysHourTheSameTextPostedBeforeTheFirstAttemptDoesNotCount() {
        mastodon.addStatus(TEXT, START.minus(Duration.ofDays(7)));
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"), Reply.json(502, ""));
        Submission submission = now(TEXT);
        publisher.publish(submission, Map.of(), credentials, notes);

        clock.advance(Duration.ofHours(2));

        assertThat(publisher.check(submission, Map.of(), credentials, journal, ""))
                .isEqualTo(new CheckOutcome.Absent());
    }

    @Test
    void anAttemptThatNeverAskedForTheStatusIsAbsentWithoutAskingTheServer() {
        CheckOutcome check = publisher.check(now(TEXT), Map.of(), credentials, Map.of(), "");

        assertThat(check).isEqualTo(new CheckOutcome.Absent());
        assertThat(mastodon.server().received()).isEmpty();
    }

    @Test
    void aCheckWithoutNetworkCannotTell() {
        Submission submission = now(TEXT);
        mastodon.server().down();

        assertThat(publisher.check(submission, Map.of(), credentials, Map.of(MastodonCheck.MEDIA_IDS_NOTE, ""), ""))
                .isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.offline", "Mastodon")));
    }

    @Test
    void theConnectionTestNamesTheAccountOnItsServer() {
        ConnectionCheck check = publisher.test(account, Map.of(), credentials);

        assertThat(check).isEqualTo(ConnectionCheck.ok("@stadtmeerane@127.0.0.1", null));
    }

    @Test
    void theConnectionTestWithAWithdrawnTokenSaysTheAccessExpired() {
        ConnectionCheck check = publisher.test(account, Map.of(), new MapCredentials(Map.of("access-token", "old")));

        assertThat(check).isEqualTo(ConnectionCheck.failed(Problem.of("publish.accessExpired", "Mastodon")));
    }

    @Test
    void anAccountWithoutServerOrTokenIsNotSentTo() {
        ChannelAccount withoutServer = new ChannelAccount(new AccountId(2), "Stadt", ChannelKind.MASTODON, "", "",
                "@stadt");
        Submission submission = new Submission(withoutServer, TEXT, List.of(), null, "key", START);

        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.noBaseUrl", "Stadt")));
        assertThat(publisher.publish(now(TEXT), Map.of(), new MapCredentials(Map.of()), notes))
                .isEqualTo(new PublishOutcome.AccessLost(Problem.missingSecret("Stadt Meerane",
                        "access-token")));
        assertThat(mastodon.server().received()).isEmpty();
    }

    @Test
    void theWindowAndTheKeysAreMastodons() {
        assertThat(publisher.nativeScheduling())
                .contains(new SchedulingWindow(Duration.ofMinutes(6), Duration.ofDays(30)));
        String key = publisher.newRequestKey(START);
        assertThat(UUID.fromString(key).toString()).isEqualTo(key);
        assertThat(publisher.newRequestKey(START)).isNotEqualTo(key);
        assertThat(publisher.secretNames()).containsExactly("access-token");
    }

    private Submission now(String text) {
        return now(text, List.of());
    }

    private Submission now(String text, List<Picture> pictures) {
        return new Submission(account, text, pictures, null, publisher.newRequestKey(clock.instant()), clock.instant());
    }

    private Submission at(Instant publishAt, String text) {
        return at(publishAt, text, List.of());
    }

    private Submission at(Instant publishAt, String text, List<Picture> pictures) {
        return new Submission(account, text, pictures, publishAt, publisher.newRequestKey(clock.instant()),
                clock.instant());
    }

    private Picture picture(String name, String altText) throws IOException {
        Path file = Files.write(folder.resolve(name), ("picture " + name).getBytes());
        return new Picture(file, name.endsWith(".png") ? "image/png" : "image/jpeg", altText, 1200, 800);
    }

    /** The secrets of one account, held in memory. */
    private static final class MapCredentials implements Credentials {
        private final Map<String, String> secrets;

        MapCredentials(Map<String, String> secrets) {
            this.secrets = new HashMap<>(secrets);
        }

        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(secrets.get(name));
        }

        @Override
        public void put(String name, String value) {
            secrets.put(name, value);
        }
    }

    /** A clock the test moves forward: an hour passes without waiting for it. */
    static final class TestClock extends Clock {
        private volatile Instant now;

        TestClock(Instant start) {
            now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
