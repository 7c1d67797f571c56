package app.herold.channels.facebook;

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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Posting to a Facebook Page against a stand-in of the Graph API, with the faults that could post twice. */
class FacebookPublisherTest {

    private static final Instant NOW = Instant.parse("2026-12-01T09:00:00Z");

    private final FacebookStandIn.Time time = new FacebookStandIn.Time(NOW);
    private final FacebookStandIn facebook = new FacebookStandIn(time);
    private final PlatformHttp http = PlatformHttp.standard();
    /** Patient enough for a busy build machine; only a call meant to go unanswered waits briefly. */
    private final FacebookPublisher publisher = new FacebookPublisher(http.withAnswerTimeout(Duration.ofSeconds(10)), time);
    private final FacebookPublisher impatient = new FacebookPublisher(http.withAnswerTimeout(Duration.ofSeconds(1)), time);
    private final ChannelAccount account = new ChannelAccount(new AccountId(7), "Stadt Meerane – Facebook",
            ChannelKind.FACEBOOK, "https://www.facebook.com/stadtmeerane", facebook.baseUrl(), "stadtmeerane");
    private final Map<String, String> secrets = new HashMap<>(Map.of(FacebookPublisher.PAGE_ACCESS_TOKEN,
            FacebookStandIn.PAGE_TOKEN));
    private final Credentials credentials = new Credentials() {
        @Override
        public Optional<String> get(String name) {
            return Optional.ofNullable(secrets.get(name));
        }

        @Override
        public void put(String name, String value) {
            secrets.put(name, value);
        }
    };
    private final Map<String, String> notes = new LinkedHashMap<>();
    private final Journal journal = notes::put;

    @TempDir
    Path folder;

    @AfterEach
    void closeStandIn() {
        facebook.close();
    }

    @Test
    void aTextPostGoesToTheFeed() {
        PublishOutcome outcome = publish(submission("Heute Abend: Weihnachtsmarkt auf dem Markt."));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        PublishOutcome.Published published = (PublishOutcome.Published) outcome;
        assertThat(facebook.postCount()).isEqualTo(1);
        FacebookStandIn.Post post = facebook.posts().get(0);
        assertThat(published.remoteId()).isEqualTo(post.id());
        assertThat(published.url()).isEqualTo("https://www.facebook.com/" + post.id());
        assertThat(post.message()).isEqualTo("Heute Abend: Weihnachtsmarkt auf dem Markt.");
        assertThat(notes).containsEntry(FacebookPublisher.NOTE_REQUESTED_AT, NOW.toString());
        assertThat(facebook.server().received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/v21.0/me/feed");
            assertThat(request.header("Authorization")).isEqualTo("Bearer " + FacebookStandIn.PAGE_TOKEN);
        });
    }

    @Test
    void aNumericHandleIsThePageIdInsteadOfMe() {
        ChannelAccount byId = new ChannelAccount(new AccountId(8), "Stadt Meerane", ChannelKind.FACEBOOK, "",
                facebook.baseUrl(), FacebookStandIn.PAGE_ID);

        PublishOutcome outcome = publisher.publish(new Submission(byId, "Rathaus geschlossen.", List.of(), null,
                "key", NOW), Map.of(), credentials, journal);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(facebook.server().received().get(0).path()).isEqualTo("/v21.0/" + FacebookStandIn.PAGE_ID + "/feed");
    }

    @Test
    void onePictureWithItsAltTextIsOnePhotoPost() throws IOException {
        Picture picture = picture("markt.jpg", "Buden und Lichter auf dem Marktplatz am Abend");

        PublishOutcome outcome = publish(submission("Der Markt ist offen.", picture));

        assertThat(facebook.postCount()).isEqualTo(1);
        FacebookStandIn.Post post = facebook.posts().get(0);
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(post.id(), "https://www.facebook.com/" + post.id()));
        assertThat(post.message()).isEqualTo("Der Markt ist offen.");
        FacebookStandIn.Photo photo = facebook.photo(post.photoIds().get(0));
        assertThat(photo.altText()).isEqualTo("Buden und Lichter auf dem Marktplatz am Abend");
        assertThat(photo.bytes()).isEqualTo((int) Files.size(picture.file()));
    }

    @Test
    void severalPicturesAreUploadedUnpublishedNotedAndAttachedToOnePost() throws IOException {
        Picture first = picture("eins.jpg", "Die Bühne");
        Picture second = picture("zwei.png", "Der Chor");
        Picture third = picture("drei.jpg", "");

        PublishOutcome outcome = publish(submission("Bilder vom Fest", first, second, third));

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(facebook.postCount()).isEqualTo(1);
        FacebookStandIn.Post post = facebook.posts().get(0);
        assertThat(post.photoIds()).hasSize(3);
        assertThat(notes).containsEntry("photo.0", post.photoIds().get(0)).containsEntry("photo.1", post.photoIds().get(1))
                .containsEntry("photo.2", post.photoIds().get(2)).containsKey(FacebookPublisher.NOTE_REQUESTED_AT);
        assertThat(post.photoIds()).extracting(id -> facebook.photo(id).altText()).containsExactly("Die Bühne", "Der Chor", "");
        assertThat(post.photoIds()).extracting(id -> facebook.photo(id).temporary()).containsOnly(false);
    }

    @Test
    void aHandoverIsScheduledOnFacebookAndCheckSaysStillScheduledThenLive() {
        Instant due = NOW.plus(Duration.ofHours(2));

        PublishOutcome outcome = publish(handover("Morgen: Stadtratssitzung um 18 Uhr.", due));

        assertThat(outcome).isInstanceOf(PublishOutcome.HandedOver.class);
        String remoteId = ((PublishOutcome.HandedOver) outcome).remoteId();
        assertThat(facebook.scheduledCount()).isEqualTo(1);
        assertThat(facebook.posts().get(0).scheduledAt()).isEqualTo(due);
        assertThat(check(handover("Morgen: Stadtratssitzung um 18 Uhr.", due), remoteId))
                .isEqualTo(new CheckOutcome.Found(remoteId, permalink(remoteId), true));

        time.advance(Duration.ofHours(3));

        assertThat(check(handover("Morgen: Stadtratssitzung um 18 Uhr.", due), remoteId))
                .isEqualTo(new CheckOutcome.Found(remoteId, permalink(remoteId), false));
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void aHandedOverPictureIsATemporaryPhotoAttachedToTheScheduledPost() throws IOException {
        PublishOutcome outcome = publish(new Submission(account, "Laternenumzug", List.of(picture("laterne.jpg", "Kinder")),
                NOW.plus(Duration.ofDays(3)), "key", NOW));

        assertThat(outcome).isInstanceOf(PublishOutcome.HandedOver.class);
        assertThat(facebook.scheduledCount()).isEqualTo(1);
        FacebookStandIn.Post post = facebook.posts().get(0);
        assertThat(facebook.photo(post.photoIds().get(0)).temporary()).isTrue();
        assertThat(((PublishOutcome.HandedOver) outcome).remoteId()).isEqualTo(post.id());
    }

    @Test
    void aTimeOutsideFacebooksWindowIsRefusedWithFacebooksSentence() {
        PublishOutcome outcome = publish(handover("Gleich geht es los.", NOW.plus(Duration.ofMinutes(5))));

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", "Facebook",
                "The publish date must be between 10 minutes and 30 days from the time of the API request.")));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void noAnswerAfterThePostWasMadeIsUnknownAndTheCheckFindsIt() {
        facebook.server().silentAfterWorkNext(path("POST", "/feed"));
        Submission submission = submission("Wasserrohrbruch in der Bahnhofstraße.");

        PublishOutcome outcome = publishUnanswered(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.noAnswer", "Facebook")));
        String id = facebook.posts().get(0).id();
        assertThat(check(submission, "")).isEqualTo(new CheckOutcome.Found(id, permalink(id), false));
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void koala699AServerErrorAfterThePhotoWasPostedIsUnknownAndTheCheckFindsIt() throws IOException {
        facebook.server().failAfterWorkNext(path("POST", "/photos"), FacebookStandIn.unexpectedError());
        Submission submission = submission("Neue Bänke im Stadtpark.", picture("bank.jpg", "Eine Holzbank"));

        PublishOutcome outcome = publish(submission);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Facebook", 500)));
        String id = facebook.posts().get(0).id();
        assertThat(check(submission, "")).isEqualTo(new CheckOutcome.Found(id, permalink(id), false));
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void aServerErrorBeforeAnythingWasMadeIsUnknownThenAbsentThenSentOnce() {
        facebook.server().refuseNext(path("POST", "/feed"), FacebookStandIn.unexpectedError());
        Submission submission = submission("Sperrmüll am Montag.");

        assertThat(publish(submission)).isInstanceOf(PublishOutcome.Unknown.class);
        assertThat(check(submission, "")).isEqualTo(new CheckOutcome.Absent());
        assertThat(publish(submission)).isInstanceOf(PublishOutcome.Published.class);

        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void code2OnAPictureUploadCreatesNoPostAndIsRetried() throws IOException {
        facebook.server().refuseNext(path("POST", "/photos"), FacebookStandIn.unexpectedError());

        PublishOutcome outcome = publish(submission("Zwei Bilder", picture("a.jpg", "A"), picture("b.jpg", "B")));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.serverError", "Facebook", 500), null));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void pageThrottlingWaitsAsLongAsTheUsageHeaderSays() {
        Reply throttled = FacebookStandIn.error(400, "(#32) Page request limit reached", "OAuthException", 32, 0);
        facebook.server().refuseNext(path("POST", "/feed"), new Reply(400, throttled.body(), Map.of(
                "Content-Type", "application/json", "X-Business-Use-Case-Usage",
                "{\"" + FacebookStandIn.PAGE_ID + "\":[{\"type\":\"pages\",\"call_count\":100,\"total_cputime\":12,"
                        + "\"total_time\":20,\"estimated_time_to_regain_access\":7}]}")));

        PublishOutcome outcome = publish(submission("Zu viele Anfragen"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Facebook"),
                Duration.ofMinutes(7)));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void a429WithRetryAfterWaitsThatLong() {
        Reply throttled = FacebookStandIn.error(429, "(#4) Application request limit reached", "OAuthException", 4, 0);
        facebook.server().refuseNext(path("POST", "/feed"), new Reply(429, throttled.body(),
                Map.of("Content-Type", "application/json", "Retry-After", "120")));

        PublishOutcome outcome = publish(submission("Bitte warten"));

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Facebook"),
                Duration.ofSeconds(120)));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void anExpiredTokenIsLostAccess() {
        facebook.expireToken();

        assertThat(publish(submission("Abgelaufen")))
                .isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", "Facebook")));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void aTokenWithoutTheRightToPostIsItsOwnProblem() {
        facebook.withdrawPostingRight();

        assertThat(publish(submission("Ohne Recht")))
                .isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.facebook.permission")));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void withoutAPageTokenNothingIsSent() {
        secrets.clear();

        assertThat(publish(submission("Kein Schlüssel"))).isEqualTo(new PublishOutcome.AccessLost(
                Problem.missingSecret("Stadt Meerane – Facebook", "page-access-token")));
        assertThat(facebook.server().received()).isEmpty();
    }

    @Test
    void theSameTextTwiceInARowIsRefusedAsDuplicate() {
        assertThat(publish(submission("Bürgerbüro heute geschlossen."))).isInstanceOf(PublishOutcome.Published.class);

        assertThat(publish(submission("Bürgerbüro heute geschlossen.")))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.facebook.duplicate")));
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void refusedContentCarriesFacebooksSentenceForPeople() {
        facebook.server().refuseNext(path("POST", "/feed"), FacebookStandIn.error(400, "(#100) Invalid parameter",
                "OAuthException", 100, 1349125, "Dieser Beitrag verstößt gegen die Gemeinschaftsstandards."));

        assertThat(publish(submission("Etwas Unerlaubtes"))).isEqualTo(new PublishOutcome.Refused(Problem.of(
                "publish.refused", "Facebook", "Dieser Beitrag verstößt gegen die Gemeinschaftsstandards.")));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void aLinkFacebookCannotPostIsRefusedAsSuch() {
        facebook.server().refuseNext(path("POST", "/feed"), FacebookStandIn.error(400, "Error posting link",
                "OAuthException", 1609005, 0));

        assertThat(publish(submission("Siehe https://kaputt.example/")))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.facebook.link", "Error posting link")));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void aBlockForPolicyViolationsIsWaitedOut() {
        facebook.server().refuseNext(path("POST", "/feed"), FacebookStandIn.error(400,
                "(#368) The action attempted has been deemed abusive or is otherwise disallowed", "OAuthException", 368, 0));

        assertThat(publish(submission("Gesperrt"))).isEqualTo(new PublishOutcome.Retry(Problem.of(
                "publish.facebook.blocked", "(#368) The action attempted has been deemed abusive or is otherwise disallowed"),
                null));
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void withoutNetworkItIsOfflineAndWhenTheNetworkIsBackItIsSentOnce() {
        Submission submission = submission("Netz weg");
        facebook.server().down();

        assertThat(publish(submission)).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", "Facebook")));
        assertThat(facebook.postCount()).isZero();
        assertThat(check(submission, "")).isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.offline", "Facebook")));

        facebook.server().up();

        assertThat(publish(submission)).isInstanceOf(PublishOutcome.Published.class);
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void theCheckMatchesTheTextWithFoldedSpacesAndIgnoresOtherPosts() {
        facebook.postedElsewhere("Ein anderer Beitrag");
        facebook.server().silentAfterWorkNext(path("POST", "/feed"));
        publishUnanswered(submission("Erste Zeile\nzweite Zeile"));

        CheckOutcome found = check(submission("Erste Zeile \n\n zweite   Zeile "), "");

        String id = facebook.posts().get(1).id();
        assertThat(found).isEqualTo(new CheckOutcome.Found(id, permalink(id), false));
        assertThat(check(submission("Ganz anders"), "")).isEqualTo(new CheckOutcome.Absent());
    }

    @Test
    void theCheckLooksOnlyFromShortlyBeforeTheFirstAttempt() {
        facebook.postedElsewhere("Wochenmarkt am Samstag");
        time.advance(Duration.ofHours(1));
        Submission sameTextLater = new Submission(account, "Wochenmarkt am Samstag", List.of(), null, "key", time.instant());

        assertThat(check(sameTextLater, "")).isEqualTo(new CheckOutcome.Absent());
        assertThat(facebook.server().received().get(0).query()).contains("since=" + NOW.plus(Duration.ofMinutes(58))
                .getEpochSecond());
    }

    @Test
    void theCheckReadsOnThroughTheFeedWithoutPuttingTheTokenInAnAddress() {
        facebook.server().silentAfterWorkNext(path("POST", "/feed"));
        publishUnanswered(submission("Der älteste Beitrag"));
        for (int other = 0; other < 130; other++) {
            time.advance(Duration.ofSeconds(1));
            facebook.postedElsewhere("Beitrag " + other);
        }

        CheckOutcome found = check(submission("Der älteste Beitrag"), "");

        String id = facebook.posts().get(0).id();
        assertThat(found).isEqualTo(new CheckOutcome.Found(id, permalink(id), false));
        assertThat(facebook.server().received()).filteredOn(request -> request.path().endsWith("/feed")
                && "GET".equals(request.method())).hasSize(2);
        assertThat(facebook.server().received()).allSatisfy(request ->
                assertThat(String.valueOf(request.query())).doesNotContain(FacebookStandIn.PAGE_TOKEN));
    }

    @Test
    void aLostHandoverIsFoundAmongTheScheduledPosts() {
        facebook.server().silentAfterWorkNext(path("POST", "/feed"));
        Submission handover = handover("Adventskonzert in St. Martin", NOW.plus(Duration.ofDays(2)));

        assertThat(publishUnanswered(handover)).isInstanceOf(PublishOutcome.Unknown.class);

        String id = facebook.posts().get(0).id();
        assertThat(check(handover, "")).isEqualTo(new CheckOutcome.Found(id, permalink(id), true));
        assertThat(facebook.postCount()).isEqualTo(1);
    }

    @Test
    void aPostOfPicturesOnlyCannotBeToldByItsTextSoTheUserIsAsked() throws IOException {
        facebook.server().silentAfterWorkNext(path("POST", "/photos"));
        Submission picturesOnly = submission("", picture("nur.jpg", "Nur ein Bild"));

        assertThat(publishUnanswered(picturesOnly)).isInstanceOf(PublishOutcome.Unknown.class);

        assertThat(check(picturesOnly, "")).isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.askUser", "Facebook")));
        assertThat(publisher.check(picturesOnly, Map.of(), credentials, Map.of(), "")).isEqualTo(new CheckOutcome.Absent());
    }

    @Test
    void aDeletedPostIsAbsentWhenCheckedByItsId() {
        String id = ((PublishOutcome.HandedOver) publish(handover("Wird gelöscht", NOW.plus(Duration.ofDays(1))))).remoteId();
        assertThat(publisher.withdraw(account, Map.of(), credentials, id)).isEqualTo(new CheckOutcome.Absent());

        assertThat(check(handover("Wird gelöscht", NOW.plus(Duration.ofDays(1))), id)).isEqualTo(new CheckOutcome.Absent());
        assertThat(facebook.postCount()).isZero();
    }

    @Test
    void aPublishedPostIsNotWithdrawnButReportedAsLive() {
        String id = ((PublishOutcome.HandedOver) publish(handover("Schon draußen", NOW.plus(Duration.ofHours(1))))).remoteId();
        time.advance(Duration.ofHours(2));

        assertThat(publisher.withdraw(account, Map.of(), credentials, id))
                .isEqualTo(new CheckOutcome.Found(id, permalink(id), false));
        assertThat(facebook.postCount()).isEqualTo(1);
        assertThat(facebook.server().received()).noneMatch(request -> request.method().equals("DELETE"));
    }

    @Test
    void aPostAboutToGoLiveIsNotWithdrawnButLookedAtAgainLater() {
        String id = ((PublishOutcome.HandedOver) publish(handover("Gleich live", NOW.plus(Duration.ofMinutes(20))))).remoteId();
        time.advance(Duration.ofMinutes(19));

        assertThat(publisher.withdraw(account, Map.of(), credentials, id))
                .isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.facebook.withdrawTooLate")));
        assertThat(facebook.scheduledCount()).isEqualTo(1);
    }

    @Test
    void withdrawingWhatIsNotThereIsAbsent() {
        assertThat(publisher.withdraw(account, Map.of(), credentials, FacebookStandIn.PAGE_ID + "_1"))
                .isEqualTo(new CheckOutcome.Absent());
    }

    @Test
    void theConnectionTestNamesThePageAndWithoutTheAppSaysNoExpiry() {
        assertThat(publisher.test(account, Map.of(), credentials)).isEqualTo(ConnectionCheck.ok("Stadt Meerane", null));
    }

    @Test
    void theConnectionTestReadsTheExpiryWithTheAppsIdAndSecret() {
        secrets.put(FacebookPublisher.APP_ID, FacebookStandIn.APP_ID);
        secrets.put(FacebookPublisher.APP_SECRET, FacebookStandIn.APP_SECRET);
        Instant expiry = Instant.parse("2027-01-30T12:00:00Z");

        assertThat(publisher.test(account, Map.of(), credentials)).isEqualTo(ConnectionCheck.ok("Stadt Meerane", null));
        facebook.pageTokenExpiresAt(expiry);
        assertThat(publisher.test(account, Map.of(), credentials)).isEqualTo(ConnectionCheck.ok("Stadt Meerane", expiry));
        assertThat(facebook.server().received()).allSatisfy(request ->
                assertThat(String.valueOf(request.query())).doesNotContain(FacebookStandIn.APP_SECRET));
    }

    @Test
    void theConnectionTestFailsWithTheReason() {
        secrets.put(FacebookPublisher.APP_ID, FacebookStandIn.APP_ID);
        secrets.put(FacebookPublisher.APP_SECRET, "falsch");
        assertThat(publisher.test(account, Map.of(), credentials))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.facebook.appInvalid")));

        facebook.expireToken();
        assertThat(publisher.test(account, Map.of(), credentials))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.accessExpired", "Facebook")));

        facebook.server().down();
        assertThat(publisher.test(account, Map.of(), credentials))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.offline", "Facebook")));
    }

    @Test
    void facebookSchedulesWithAMarginInsideItsTenMinutesToThirtyDays() {
        assertThat(publisher.nativeScheduling()).hasValueSatisfying(window -> {
            assertThat(window.takes(NOW.plus(Duration.ofMinutes(15)), NOW)).isTrue();
            assertThat(window.takes(NOW.plus(Duration.ofMinutes(12)), NOW)).isFalse();
            assertThat(window.takes(NOW.plus(Duration.ofDays(29)), NOW)).isTrue();
            assertThat(window.takes(NOW.plus(Duration.ofDays(29).plusHours(1)), NOW)).isFalse();
        });
        assertThat(publisher.newRequestKey(NOW)).isNotEqualTo(publisher.newRequestKey(NOW))
                .matches("[0-9a-f-]{36}");
    }

    // ---------------------------------------------------------------- helpers

    private PublishOutcome publish(Submission submission) {
        return publisher.publish(submission, Map.of(), credentials, journal);
    }

    /** For the call the stand-in will leave unanswered. */
    private PublishOutcome publishUnanswered(Submission submission) {
        return impatient.publish(submission, Map.of(), credentials, journal);
    }

    private CheckOutcome check(Submission submission, String remoteId) {
        return publisher.check(submission, Map.of(), credentials, Map.copyOf(notes), remoteId);
    }

    private Submission submission(String text, Picture... pictures) {
        return new Submission(account, text, List.of(pictures), null, "key", NOW);
    }

    private Submission handover(String text, Instant due) {
        return new Submission(account, text, List.of(), due, "key", NOW);
    }

    private Picture picture(String name, String altText) throws IOException {
        Path file = folder.resolve(name);
        byte[] content = new byte[2048 + name.length()];
        for (int index = 0; index < content.length; index++) {
            content[index] = (byte) (index * 31 + name.hashCode());
        }
        Files.write(file, content);
        return new Picture(file, name.endsWith(".png") ? "image/png" : "image/jpeg", altText, 1080, 1080);
    }

    private static String permalink(String postId) {
        return "https://www.facebook.com/" + FacebookStandIn.PAGE_ID + "/posts/" + postId.substring(postId.indexOf('_') + 1);
    }
}
