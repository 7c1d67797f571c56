package app.herold.channels.telegram;

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
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What reaches a Telegram channel, and what the outbox is told, when a bot posts and things go wrong. */
class TelegramPublisherTest {

    private static final Instant NOW = Instant.parse("2026-07-01T08:00:00Z");
    private static final String HTML = "<b>Heute 18 Uhr:</b> Stadtratssitzung im Rathaus &amp; Livestream. "
            + "<a href=\"https://www.meerane.de/rat\">Tagesordnung</a>";
    private static final String VISIBLE = "Heute 18 Uhr: Stadtratssitzung im Rathaus & Livestream. Tagesordnung";
    /** One client for all tests, warmed up once, so loading the HTTP classes is not mistaken for a silent server. */
    private static final PlatformHttp HTTP = PlatformHttp.standard().withAnswerTimeout(Duration.ofSeconds(1));

    @TempDir
    Path folder;

    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private TelegramStandIn telegram;
    private TelegramPublisher publisher;
    private ChannelAccount account;
    private final Credentials credentials = new MapCredentials(Map.of("bot-token", TelegramStandIn.TOKEN));
    private final Map<String, String> journal = new HashMap<>();
    private final Journal notes = journal::put;

    @BeforeAll
    static void warmUp() {
        try (TelegramStandIn warmUp = new TelegramStandIn()) {
            new TelegramPublisher(HTTP, Clock.systemUTC()).test(channelAccount(warmUp, "@stadtmeerane"), Map.of(),
                    new MapCredentials(Map.of("bot-token", TelegramStandIn.TOKEN)));
        }
    }

    @BeforeEach
    void startServer() {
        telegram = new TelegramStandIn();
        publisher = new TelegramPublisher(HTTP, clock);
        account = channelAccount(telegram, "@stadtmeerane");
    }

    @AfterEach
    void stopServer() {
        telegram.close();
    }

    @Test
    void aTextGoesOutAsOneHtmlMessageWithItsPublicAddress() {
        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(), credentials, notes);

        TelegramStandIn.Message message = telegram.messages(TelegramStandIn.PUBLIC_CHANNEL_ID).get(0);
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(Long.toString(message.messageId()),
                "https://t.me/stadtmeerane/" + message.messageId()));
        assertThat(message.text()).isEqualTo(VISIBLE);
        assertThat(telegram.server().received()).singleElement().satisfies(request -> {
            assertThat(request.path()).isEqualTo("/bot" + TelegramStandIn.TOKEN + "/sendMessage");
            assertThat(request.bodyText()).contains("\"parse_mode\":\"HTML\"")
                    .contains("\"chat_id\":\"@stadtmeerane\"");
        });
        assertThat(journal).containsEntry(TelegramPublisher.SEND_NOTE, "sendMessage");
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void onePictureGoesOutWithTheTextAsItsCaption() throws IOException {
        PublishOutcome outcome = publisher.publish(submission(HTML, picture("markt.jpg")), Map.of(), credentials,
                notes);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(telegram.messages(TelegramStandIn.PUBLIC_CHANNEL_ID)).singleElement().satisfies(message -> {
            assertThat(message.caption()).isEqualTo(VISIBLE);
            assertThat(message.photoFileName()).isEqualTo("markt.jpg");
        });
        assertThat(journal).containsEntry(TelegramPublisher.SEND_NOTE, "sendPhoto");
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void severalPicturesGoOutAsOneAlbumWithTheCaptionUnderTheFirst() throws IOException {
        PublishOutcome outcome = publisher.publish(submission(HTML, picture("a.jpg"), picture("b.jpg"),
                picture("c.png")), Map.of(), credentials, notes);

        List<TelegramStandIn.Message> album = telegram.messages(TelegramStandIn.PUBLIC_CHANNEL_ID);
        assertThat(album).extracting(TelegramStandIn.Message::photoFileName).containsExactly("a.jpg", "b.jpg", "c.png");
        assertThat(album).extracting(TelegramStandIn.Message::caption).containsExactly(VISIBLE, "", "");
        long first = album.get(0).messageId();
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(Long.toString(first),
                "https://t.me/stadtmeerane/" + first));
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void aPrivateChannelIsPostedToByItsNumberAndHasNoPublicAddress() {
        ChannelAccount privateChannel = channelAccount(telegram, Long.toString(TelegramStandIn.PRIVATE_CHANNEL_ID));

        PublishOutcome outcome = publisher.publish(new Submission(privateChannel, HTML, List.of(), null, "key", NOW),
                Map.of(), credentials, notes);

        long id = telegram.messages(TelegramStandIn.PRIVATE_CHANNEL_ID).get(0).messageId();
        assertThat(outcome).isEqualTo(new PublishOutcome.Published(Long.toString(id), ""));
    }

    @Test
    void aChannelNameWithoutTheAtSignIsStillFound() {
        ChannelAccount typedWithoutAt = channelAccount(telegram, "stadtmeerane");

        PublishOutcome outcome = publisher.publish(new Submission(typedWithoutAt, HTML, List.of(), null, "key", NOW),
                Map.of(), credentials, notes);

        assertThat(outcome).isInstanceOf(PublishOutcome.Published.class);
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void anAnswerLostAfterTelegramPostedIsUnknownAndTheUserIsAskedBecauseTelegramCannotBe() {
        telegram.server().silentAfterWorkNext(path("POST", "/sendMessage"));
        Submission submission = submission(HTML);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.noAnswer", "Telegram")));
        assertThat(publisher.check(submission, Map.of(), credentials, journal, ""))
                .isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.askUser", "Telegram")));
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorAfterTheAlbumWentOutIsUnknownAndTheUserIsAsked() throws IOException {
        telegram.server().failAfterWorkNext(path("POST", "/sendMediaGroup"),
                TelegramStandIn.error(500, "Internal Server Error"));
        Submission submission = submission(HTML, picture("a.jpg"), picture("b.jpg"));

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Telegram", 500)));
        assertThat(publisher.check(submission, Map.of(), credentials, journal, ""))
                .isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.askUser", "Telegram")));
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void aServerErrorBeforeAnythingWentOutIsUnknownAndAfterTheUserSaysAbsentItGoesOutOnce() {
        telegram.server().refuseNext(path("POST", "/sendMessage"), TelegramStandIn.error(502, "Bad Gateway"));
        Submission submission = submission(HTML);

        PublishOutcome outcome = publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(outcome).isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.serverError", "Telegram", 502)));
        assertThat(publisher.check(submission, Map.of(), credentials, journal, ""))
                .isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.askUser", "Telegram")));
        assertThat(telegram.posts()).isZero();

        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void floodControlWaitsExactlyAsLongAsRetryAfterSaysAndBeforeAnyProxyHeader() {
        telegram.server().refuseNext(path("POST", "/sendMessage"), new Reply(429,
                TelegramStandIn.floodControl(17).body(),
                Map.of("Content-Type", "application/json", "Retry-After", "3")));

        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Retry(Problem.of("publish.rateLimited", "Telegram"),
                Duration.ofSeconds(17)));
        assertThat(telegram.posts()).isZero();
    }

    @Test
    void aRevokedTokenIsLostAccess() {
        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(),
                new MapCredentials(Map.of("bot-token", "7000000001:revoked-token")), notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", "Telegram")));
        assertThat(telegram.posts()).isZero();
    }

    @Test
    void somethingThatIsNoBotTokenIsRefusedBeforeItGoesIntoAnAddress() {
        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(),
                new MapCredentials(Map.of("bot-token", "my password/../x")), notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.telegram.badToken",
                "Stadt Meerane")));
        assertThat(telegram.server().received()).isEmpty();
    }

    @Test
    void htmlTelegramCannotParseIsRefusedWithTelegramsDescription() {
        PublishOutcome outcome = publisher.publish(submission("<b>Heute</b> <blink>18 Uhr</blink>"), Map.of(),
                credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", "Telegram",
                "Bad Request: can't parse entities: Unsupported start tag \"blink\" at byte offset 13")));
        assertThat(telegram.posts()).isZero();
    }

    @Test
    void aBotThatWasRemovedFromTheChannelMustBeMadeAnAdministratorAgain() {
        telegram.botBecomes(TelegramStandIn.PUBLIC_CHANNEL_ID, "left");

        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.telegram.notAdmin",
                "@stadtmeerane")));
        assertThat(telegram.posts()).isZero();
    }

    @Test
    void aBotWithoutTheRightToPostMustBeGivenIt() {
        telegram.botBecomes(TelegramStandIn.PUBLIC_CHANNEL_ID, "member");

        PublishOutcome outcome = publisher.publish(submission(HTML), Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.telegram.notAdmin",
                "@stadtmeerane")));
    }

    @Test
    void aChannelTelegramDoesNotKnowIsASettingToMend() {
        ChannelAccount misspelt = channelAccount(telegram, "@stadtmeeranne");

        PublishOutcome outcome = publisher.publish(new Submission(misspelt, HTML, List.of(), null, "key", NOW),
                Map.of(), credentials, notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.AccessLost(Problem.of("publish.telegram.chatNotFound",
                "@stadtmeeranne")));
    }

    @Test
    void withoutNetworkNothingLeavesAndWhenItIsBackThePostGoesOutOnce() {
        Submission submission = submission(HTML);
        telegram.server().down();

        PublishOutcome offline = publisher.publish(submission, Map.of(), credentials, notes);
        assertThat(offline).isEqualTo(new PublishOutcome.Offline(Problem.of("publish.offline", "Telegram")));

        telegram.server().up();
        assertThat(telegram.posts()).isZero();
        assertThat(publisher.publish(submission, Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void aCaptionLongerThanTelegramTakesUnderPicturesIsRefusedWithoutSendingAnything() throws IOException {
        String text = "<b>Weihnachtsmarkt</b> " + "x".repeat(1010);

        PublishOutcome outcome = publisher.publish(submission(text, picture("markt.jpg")), Map.of(), credentials,
                notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.telegram.captionTooLong", 1026,
                1024)));
        assertThat(telegram.server().received()).isEmpty();
    }

    @Test
    void theTextLimitCountsWhatTheReaderSeesNotTheTags() {
        String fits = "<b>" + "a".repeat(4000) + "</b>" + "&amp;".repeat(96);
        String tooLong = fits + "!";

        assertThat(publisher.publish(submission(fits), Map.of(), credentials, notes))
                .isInstanceOf(PublishOutcome.Published.class);
        assertThat(publisher.publish(submission(tooLong), Map.of(), credentials, notes))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.telegram.tooLong", 4097, 4096)));
        assertThat(telegram.posts()).isEqualTo(1);
    }

    @Test
    void moreThanTenPicturesAreRefusedBeforeAnythingIsSent() throws IOException {
        Picture[] eleven = new Picture[11];
        for (int i = 0; i < eleven.length; i++) {
            eleven[i] = picture("bild" + i + ".jpg");
        }

        PublishOutcome outcome = publisher.publish(submission("Bilder vom Stadtfest", eleven), Map.of(), credentials,
                notes);

        assertThat(outcome).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.telegram.tooManyPictures", 11,
                10)));
        assertThat(telegram.server().received()).isEmpty();
    }

    @Test
    void anAttemptThatSentNothingIsAbsentAndNothingIsEverHandedOverOrScheduled() {
        assertThat(publisher.check(submission(HTML), Map.of(), credentials, Map.of(), ""))
                .isEqualTo(new CheckOutcome.Absent());
        assertThat(publisher.withdraw(account, Map.of(), credentials, "41")).isEqualTo(new CheckOutcome.Absent());
        assertThat(publisher.nativeScheduling()).isEmpty();
        String key = publisher.newRequestKey(NOW);
        assertThat(UUID.fromString(key).toString()).isEqualTo(key);
        assertThat(publisher.secretNames()).containsExactly("bot-token");
        assertThat(telegram.server().received()).isEmpty();
    }

    @Test
    void theConnectionTestNamesTheChannelAndTheBot() {
        ConnectionCheck check = publisher.test(account, Map.of(), credentials);

        assertThat(check).isEqualTo(ConnectionCheck.ok("@stadtmeerane (Bot @herold_bot)", null));
        assertThat(telegram.server().received()).extracting(request -> request.path()
                .substring(request.path().lastIndexOf('/') + 1)).containsExactly("getMe", "getChat", "getChatMember");
    }

    @Test
    void theConnectionTestOfAPrivateChannelNamesItsTitle() {
        ChannelAccount privateChannel = channelAccount(telegram, Long.toString(TelegramStandIn.PRIVATE_CHANNEL_ID));

        assertThat(publisher.test(privateChannel, Map.of(), credentials))
                .isEqualTo(ConnectionCheck.ok("Stadtrat intern (Bot @herold_bot)", null));
    }

    @Test
    void theConnectionTestSaysWhenTheBotIsNoAdministratorThatMayPost() {
        telegram.botBecomes(TelegramStandIn.PUBLIC_CHANNEL_ID, "administrator");

        assertThat(publisher.test(account, Map.of(), credentials))
                .isEqualTo(ConnectionCheck.failed(Problem.of("publish.telegram.notAdmin", "@stadtmeerane")));
    }

    @Test
    void theConnectionTestWithARevokedTokenSaysTheAccessExpired() {
        ConnectionCheck check = publisher.test(account, Map.of(),
                new MapCredentials(Map.of("bot-token", "7000000001:revoked-token")));

        assertThat(check).isEqualTo(ConnectionCheck.failed(Problem.of("publish.accessExpired", "Telegram")));
    }

    @Test
    void anAccountWithoutChannelOrTokenIsNotSentTo() {
        ChannelAccount withoutChannel = channelAccount(telegram, "");

        assertThat(publisher.publish(new Submission(withoutChannel, HTML, List.of(), null, "key", NOW), Map.of(),
                credentials, notes))
                .isEqualTo(new PublishOutcome.Refused(Problem.of("publish.telegram.noChannel", "Stadt Meerane")));
        assertThat(publisher.publish(submission(HTML), Map.of(), new MapCredentials(Map.of()), notes))
                .isEqualTo(new PublishOutcome.AccessLost(Problem.missingSecret("Stadt Meerane",
                        "bot-token")));
        assertThat(telegram.server().received()).isEmpty();
    }

    @Test
    void theVisibleTextIsCountedAsTheStandInParsesIt() {
        String html = "<i>Grüße</i> &lt;an&gt; &quot;alle&quot; &#128512; "
                + "<a href=\"https://x.de/?a=1&amp;b=2\">Link</a>";

        assertThat(TelegramHtml.visible(html)).isEqualTo(TelegramStandIn.visible(html, "HTML"))
                .isEqualTo("Grüße <an> \"alle\" \uD83D\uDE00 Link");
        assertThat(TelegramHtml.length(html)).isEqualTo(25);
    }

    private Submission submission(String text, Picture... pictures) {
        return new Submission(account, text, List.of(pictures), null, publisher.newRequestKey(NOW), NOW);
    }

    private Picture picture(String name) throws IOException {
        Path file = Files.write(folder.resolve(name), ("picture " + name).getBytes());
        return new Picture(file, name.endsWith(".png") ? "image/png" : "image/jpeg", "", 1280, 853);
    }

    private static ChannelAccount channelAccount(TelegramStandIn standIn, String handle) {
        return new ChannelAccount(new AccountId(1), "Stadt Meerane", ChannelKind.TELEGRAM, "", standIn.baseUrl(),
                handle);
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
}
