package app.herold.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.PublishingWiring;
import app.herold.channels.facebook.FacebookStandIn;
import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccessExchange;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.TargetState;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PassphrasePrompt;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.settings.AccountAccessViewModel.Section;
import app.herold.ui.settings.ConnectionTestViewModel.TestState;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The "Zugang" section against the real publishers, outbox and H2, with the Mastodon and Facebook stand-ins,
 * and a secret store in memory (so a keychain that refuses can be played).
 */
class AccountAccessViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, BERLIN);

    @TempDir
    Path dataDirectory;

    private Database database;
    private final MemorySecrets secrets = new MemorySecrets();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MastodonStandIn mastodon = new MastodonStandIn(CLOCK);
    private final FacebookStandIn facebook = new FacebookStandIn(new FacebookStandIn.Time(NOW));
    private final Messages messages = Messages.forLanguage("de");
    private AccessExchange exchange;
    private PublishingServices services;
    private int servicesMade;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        List<Publisher> publishers = PublishingWiring.publishers(CLOCK);
        Outbox outbox = PublishingWiring.outbox(database, publishers, (post, account) -> {
            throw new IllegalStateException("nothing is sent in these tests");
        }, secrets, CLOCK, MissedTargets.DEFAULT);
        services = new PublishingServices(outbox, publishers, secrets,
                () -> Optional.of(dataDirectory.resolve("zugangsdaten.herold")), database.outbox(),
                (baseUrl, appId, appSecret, userToken, page) -> exchange.exchange(baseUrl, appId, appSecret, userToken,
                        page), new PassphrasePrompt(), app.herold.ui.common.SystemNotifier.NONE);
    }

    @AfterEach
    void close() {
        mastodon.close();
        facebook.close();
        database.close();
    }

    private AccountAccessViewModel access(TaskExecutor executor) {
        return new AccountAccessViewModel(() -> {
            servicesMade++;
            return services;
        }, executor, dialogs, messages, CLOCK);
    }

    private AccountAccessViewModel access() {
        return access(new SameThreadTaskExecutor());
    }

    private ChannelAccount account(String name, ChannelKind kind, String baseUrl) {
        return database.accounts().save(new ChannelAccount(null, name, kind, "", baseUrl, ""));
    }

    private static SecretEntry entry(AccountAccessViewModel access, String name) {
        return access.secrets().stream().filter(each -> each.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no row for " + name));
    }

    @Test
    void aNewAccountMustBeSavedBeforeSecretsCanBeEntered() {
        AccountAccessViewModel access = access();

        access.show(new ChannelAccount(null, "Stadt Meerane – Mastodon", ChannelKind.MASTODON, "", "", ""));

        assertThat(access.sectionProperty().get()).isEqualTo(Section.SAVE_FIRST);
        assertThat(access.secrets()).isEmpty();
        assertThat(servicesMade).as("nothing slow is made for an unsaved account").isZero();
    }

    @Test
    void whatsAppIsPostedByHandAndHasNoSecrets() {
        AccountAccessViewModel access = access();

        access.show(account("Stadt Meerane – WhatsApp-Kanal", ChannelKind.WHATSAPP, ""));

        assertThat(access.sectionProperty().get()).isEqualTo(Section.BY_HAND);
        assertThat(access.secrets()).isEmpty();
        assertThat(secrets.reads).as("the secret store is not even opened").isZero();
    }

    @Test
    void aPastedTokenIsStoredWithoutItsLineBreakAndShownMasked() {
        ChannelAccount account = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodon.baseUrl());
        AccountAccessViewModel access = access();
        access.show(account);
        SecretEntry token = entry(access, "access-token");
        assertThat(token.label()).isEqualTo("Zugangsschlüssel (Access Token)");
        assertThat(token.shownProperty().get()).isEqualTo("nicht hinterlegt");
        assertThat(access.whereKeptProperty().get()).isEqualTo("Die Zugangsdaten liegen in der verschlüsselten Datei "
                + dataDirectory.resolve("zugangsdaten.herold") + " – nie in der Datenbank, in Exporten oder Sicherungen.");

        token.enteredProperty().set("  " + MastodonStandIn.TOKEN + "\n");
        access.save(token);

        assertThat(new AccountCredentials(secrets, account.id()).get("access-token")).contains(MastodonStandIn.TOKEN);
        assertThat(token.shownProperty().get()).isEqualTo("••••••••hall");
        assertThat(token.enteredProperty().get()).as("the field is emptied").isEmpty();
        assertThat(access.noticeProperty().get())
                .isEqualTo("Zugangsschlüssel (Access Token) für „Stadt Meerane – Mastodon“ gespeichert.");
    }

    @Test
    void theConnectionTestNamesTheAccountOrSaysWhatIsWrong() {
        ChannelAccount account = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodon.baseUrl());
        AccountAccessViewModel access = access();
        access.show(account);
        SecretEntry token = entry(access, "access-token");
        token.enteredProperty().set(MastodonStandIn.TOKEN);
        access.save(token);

        access.testConnection();

        ConnectionTestViewModel connection = access.connection();
        assertThat(connection.stateProperty().get()).isEqualTo(TestState.CONNECTED);
        assertThat(connection.resultProperty().get()).startsWith("Verbunden als @stadtmeerane@");
        assertThat(connection.expiryProperty().get()).as("a Mastodon token does not end").isEmpty();

        token.enteredProperty().set("token-of-somebody-else");
        access.save(token);
        access.testConnection();

        assertThat(connection.stateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(connection.resultProperty().get()).isEqualTo(messages.describe(
                Problem.of("publish.accessExpired", "Mastodon")));
    }

    @Test
    void withoutAnyTokenTheTestSaysWhichSecretIsMissing() {
        AccountAccessViewModel access = access();
        access.show(account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodon.baseUrl()));

        access.testConnection();

        assertThat(access.connection().stateProperty().get()).isEqualTo(TestState.FAILED);
        assertThat(access.connection().resultProperty().get()).isEqualTo("Für das Konto „Stadt Meerane – Mastodon“ ist "
                + "kein Zugangsschlüssel (Access Token) hinterlegt. Bitte in Einstellungen › Kanalkonten eintragen.");
    }

    @Test
    void savingTheTokenLetsPostsThatWaitedForAccessGo() {
        ChannelAccount account = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodon.baseUrl());
        Post post = database.posts().save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 30), LocalTime.of(9, 0), BERLIN))
                .withTitle("Baustelle Lindenstraße").withText("Ab Montag ist die Lindenstraße gesperrt.")
                .withChannels(Set.of(ChannelKind.MASTODON)));
        PublishTarget waiting = database.outbox().create(post.id(), account.id(), NOW.plus(Duration.ofDays(2)), "key-1");
        // As the outbox leaves a target it could not send for lack of the token: ready, with the problem.
        database.outbox().update(waiting.withProblem(Problem.missingSecret(account.name(), "access-token")),
                TargetState.READY);
        AccountAccessViewModel access = access();
        access.show(account);

        SecretEntry token = entry(access, "access-token");
        token.enteredProperty().set(MastodonStandIn.TOKEN);
        access.save(token);

        PublishTarget after = database.outbox().find(waiting.id()).orElseThrow();
        assertThat(after.state()).isEqualTo(TargetState.READY);
        assertThat(after.problem()).as("no longer waiting for access").isNull();
        assertThat(access.noticeProperty().get()).endsWith("Ein Beitrag, der auf diesen Zugang wartete, wird erneut gesendet.");
    }

    @Test
    void removingASecretAsksFirst() {
        ChannelAccount account = account("Stadt Meerane – Telegram", ChannelKind.TELEGRAM, "");
        new AccountCredentials(secrets, account.id()).put("bot-token", "7301234567:AAH-meerane-bot-token");
        AccountAccessViewModel access = access();
        access.show(account);
        SecretEntry bot = entry(access, "bot-token");
        assertThat(bot.shownProperty().get()).isEqualTo("••••••••oken");

        dialogs.confirmAnswer = false;
        access.remove(bot);
        assertThat(new AccountCredentials(secrets, account.id()).get("bot-token")).isPresent();
        assertThat(dialogs.questions).containsExactly("Bot-Token von „Stadt Meerane – Telegram“ entfernen? Bis Sie "
                + "einen neuen Wert eintragen, sendet Herold nichts an dieses Konto.");

        dialogs.confirmAnswer = true;
        access.remove(bot);
        assertThat(new AccountCredentials(secrets, account.id()).get("bot-token")).isEmpty();
        assertThat(bot.shownProperty().get()).isEqualTo("nicht hinterlegt");
        assertThat(bot.storedProperty().get()).isFalse();
    }

    @Test
    void aKeychainThatRefusesIsOneSentenceAndNothingPretendsToBeStored() {
        ChannelAccount account = account("Stadt Meerane – Bluesky", ChannelKind.BLUESKY, "");
        secrets.refusing = true;
        AccountAccessViewModel access = access();

        access.show(account);

        assertThat(access.sectionProperty().get()).isEqualTo(Section.ACCESS);
        assertThat(access.problemProperty().get()).isEqualTo(messages.text("secrets.error.keychain"));
        assertThat(entry(access, "app-password").shownProperty().get()).isEqualTo("nicht lesbar");

        SecretEntry password = entry(access, "app-password");
        password.enteredProperty().set("abcd-efgh-ijkl-mnop");
        access.save(password);
        assertThat(access.problemProperty().get()).isEqualTo(messages.text("secrets.error.keychain"));
        assertThat(password.enteredProperty().get()).as("what was typed stays for another try").isEqualTo(
                "abcd-efgh-ijkl-mnop");

        secrets.refusing = false;
        access.save(password);
        assertThat(access.problemProperty().get()).isEmpty();
        assertThat(password.shownProperty().get()).isEqualTo("••••••••mnop");
        assertThat(access.whereKeptProperty().get()).contains("verschlüsselten Datei");
    }

    @Test
    void theTestKeepsWhenAFacebookAccessEndsAndWarnsAWeekAhead() {
        ChannelAccount account = facebookAccount();
        AccountCredentials credentials = new AccountCredentials(secrets, account.id());
        credentials.put("page-access-token", FacebookStandIn.PAGE_TOKEN);
        credentials.put("app-id", FacebookStandIn.APP_ID);
        credentials.put("app-secret", FacebookStandIn.APP_SECRET);
        database.outbox().saveOptions(account.id(), Map.of("unrelated", "kept"));
        Instant inThreeDays = NOW.plus(Duration.ofDays(3));
        facebook.pageTokenExpiresAt(inThreeDays);
        AccountAccessViewModel access = access();
        access.show(account);

        access.testConnection();

        assertThat(access.connection().resultProperty().get()).isEqualTo("Verbunden als Stadt Meerane");
        assertThat(database.outbox().optionsOf(account.id())).containsEntry("access-expires-at", inThreeDays.toString())
                .containsEntry("unrelated", "kept");
        assertThat(access.connection().expiryProperty().get())
                .isEqualTo("Der Zugang läuft in 3 Tagen ab – bitte erneuern.");
        assertThat(access.connection().expiryWarningProperty().get()).isTrue();

        facebook.pageTokenExpiresAt(Instant.parse("2027-01-28T12:00:00Z"));
        access.testConnection();

        assertThat(access.connection().expiryProperty().get()).isEqualTo("Zugang gültig bis 28.01.2027");
        assertThat(access.connection().expiryWarningProperty().get()).isFalse();
    }

    @Test
    void theStoredExpiryShowsWhenTheAccountIsChosenWithoutATest() {
        ChannelAccount account = facebookAccount();
        database.outbox().saveOptions(account.id(), Map.of("access-expires-at", "2026-12-05T08:00:00Z"));
        AccountAccessViewModel access = access();

        access.show(account);

        assertThat(access.connection().stateProperty().get()).isEqualTo(TestState.NOT_TESTED);
        assertThat(access.connection().expiryProperty().get())
                .isEqualTo("Der Zugang läuft in 7 Tagen ab – bitte erneuern.");
        assertThat(access.connection().expiryWarningProperty().get()).isTrue();

        database.outbox().saveOptions(account.id(), Map.of("access-expires-at", "2026-11-20T08:00:00Z"));
        access.show(null);
        access.show(account);
        assertThat(access.connection().expiryProperty().get())
                .isEqualTo("Der Zugang ist am 20.11.2026 abgelaufen – bitte erneuern.");
    }

    @Test
    void theFacebookExchangeStoresThePageTokenAndEmptiesItsFields() {
        ChannelAccount account = facebookAccount();
        Instant ends = Instant.parse("2027-01-28T12:00:00Z");
        List<String> asked = new ArrayList<>();
        exchange = (baseUrl, appId, appSecret, userToken, page) -> {
            asked.add(String.join("|", baseUrl, appId, appSecret, userToken, page));
            return new AccessExchange.PageAccess("104857600123", "Stadt Meerane", "EAAB-lasting-page-token-0042", ends);
        };
        AccountAccessViewModel access = access();
        access.show(account);

        FacebookExchangeViewModel dialog = access.facebookExchange();
        dialog.appIdProperty().set(" 987654321 ");
        dialog.appSecretProperty().set("a1b2c3d4e5f6\n");
        dialog.userTokenProperty().set("EAAB-short\nlived");
        dialog.pageProperty().set(" Stadt Meerane ");
        dialog.exchange();

        assertThat(asked).containsExactly(facebook.baseUrl() + "|987654321|a1b2c3d4e5f6|EAAB-shortlived|Stadt Meerane");
        AccountCredentials stored = new AccountCredentials(secrets, account.id());
        assertThat(stored.get("page-access-token")).contains("EAAB-lasting-page-token-0042");
        assertThat(stored.get("app-id")).contains("987654321");
        assertThat(stored.get("app-secret")).contains("a1b2c3d4e5f6");
        assertThat(database.outbox().optionsOf(account.id())).containsEntry("access-expires-at", ends.toString());
        assertThat(dialog.doneProperty().get()).isTrue();
        assertThat(List.of(dialog.appIdProperty().get(), dialog.appSecretProperty().get(),
                dialog.userTokenProperty().get(), dialog.pageProperty().get())).containsOnly("");
        assertThat(access.noticeProperty().get()).isEqualTo("Zugang für die Seite „Stadt Meerane“ gespeichert.");
        assertThat(entry(access, "page-access-token").shownProperty().get()).isEqualTo("••••••••0042");
        assertThat(entry(access, "app-secret").shownProperty().get()).isEqualTo("••••••••e5f6");
        assertThat(access.connection().expiryProperty().get()).isEqualTo("Zugang gültig bis 28.01.2027");
    }

    @Test
    void aRefusedExchangeIsOneSentenceAndStoresNothing() {
        ChannelAccount account = facebookAccount();
        exchange = (baseUrl, appId, appSecret, userToken, page) -> {
            throw new AccessExchange.ExchangeFailed(Problem.of("publish.facebook.appInvalid"));
        };
        AccountAccessViewModel access = access();
        access.show(account);
        FacebookExchangeViewModel dialog = access.facebookExchange();

        dialog.exchange();
        assertThat(dialog.problemProperty().get()).isEqualTo(messages.text("facebookExchange.error.missing"));

        dialog.appIdProperty().set("987654321");
        dialog.appSecretProperty().set("not-the-secret");
        dialog.userTokenProperty().set("EAAB-short-lived");
        dialog.exchange();

        assertThat(dialog.problemProperty().get()).isEqualTo(messages.text("publish.facebook.appInvalid"));
        assertThat(dialog.doneProperty().get()).isFalse();
        assertThat(dialog.runningProperty().get()).isFalse();
        assertThat(new AccountCredentials(secrets, account.id()).get("page-access-token")).isEmpty();
    }

    @Test
    void instagramsPictureOptionsAreSavedAndTheOtherOptionsKept() {
        ChannelAccount account = account("Stadt Meerane – Instagram", ChannelKind.INSTAGRAM, "");
        database.outbox().saveOptions(account.id(), Map.of("access-expires-at", "2027-01-28T12:00:00Z",
                "ig-user-id", "17841400000000001"));
        AccountAccessViewModel access = access();
        access.show(account);
        InstagramPicturesViewModel pictures = access.instagram();
        assertThat(pictures.accountProperty().get()).isEqualTo(account);
        assertThat(pictures.igUserIdProperty().get()).isEqualTo("17841400000000001");
        assertThat(pictures.routeProperty().get()).isNull();

        pictures.routeProperty().set(InstagramPicturesViewModel.PictureRoute.WEB_FOLDER);
        dialogs.folderToChoose = dataDirectory.resolve("webordner");
        pictures.chooseWebFolder();
        pictures.webFolderUrlProperty().set("www.meerane.de/herold/");
        pictures.save();
        assertThat(pictures.problemProperty().get()).isEqualTo(
                "www.meerane.de/herold/ ist keine Webadresse; sie sollte mit https:// beginnen.");

        pictures.webFolderUrlProperty().set("https://www.meerane.de/herold/");
        pictures.igUserIdProperty().set("");
        pictures.save();

        assertThat(database.outbox().optionsOf(account.id())).isEqualTo(Map.of(
                "access-expires-at", "2027-01-28T12:00:00Z",
                "picture-route", "web-folder",
                "web-folder", dataDirectory.resolve("webordner").toString(),
                "web-folder-url", "https://www.meerane.de/herold/"));
        assertThat(pictures.noticeProperty().get()).isEqualTo("Bild-Einstellungen für „Stadt Meerane – Instagram“ gespeichert.");
        assertThat(entry(access, "page-access-token").optional()).isTrue();
        assertThat(entry(access, "access-token").optional()).isFalse();
    }

    @Test
    void anAnswerForAnAccountNoLongerShownIsDropped() {
        ChannelAccount mastodonAccount = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodon.baseUrl());
        ChannelAccount telegram = account("Stadt Meerane – Telegram", ChannelKind.TELEGRAM, "");
        QueuedExecutor queued = new QueuedExecutor();
        AccountAccessViewModel access = access(queued);

        access.show(mastodonAccount);
        assertThat(access.sectionProperty().get()).isEqualTo(Section.LOADING);
        access.show(telegram);
        queued.runAll();

        assertThat(access.secrets()).extracting(SecretEntry::name).containsExactly("bot-token");
    }

    private ChannelAccount facebookAccount() {
        return account("Stadt Meerane – Facebook", ChannelKind.FACEBOOK, facebook.baseUrl());
    }

    /** The secret store in memory; {@code refusing} plays a keychain that says no. */
    private static final class MemorySecrets implements SecretStore {
        private final Map<SecretId, String> stored = new HashMap<>();
        boolean refusing;
        int reads;

        @Override
        public void put(SecretId id, String secret) {
            refuseIfAsked();
            stored.put(id, secret);
        }

        @Override
        public Optional<String> get(SecretId id) {
            refuseIfAsked();
            reads++;
            return Optional.ofNullable(stored.get(id));
        }

        @Override
        public void remove(SecretId id) {
            refuseIfAsked();
            stored.remove(id);
        }

        private void refuseIfAsked() {
            if (refusing) {
                throw new UserFacingException("secrets.error.keychain");
            }
        }
    }

    /** Keeps background work until the test lets it run, as a slow keychain or network would. */
    private static final class QueuedExecutor implements TaskExecutor {
        private final List<Runnable> waiting = new ArrayList<>();

        @Override
        public <T> void submit(Callable<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure) {
            waiting.add(() -> new SameThreadTaskExecutor().submit(work, onSuccess, onFailure));
        }

        void runAll() {
            while (!waiting.isEmpty()) {
                waiting.remove(0).run();
            }
        }

        @Override
        public void onUiThread(Runnable action) {
            action.run();
        }

        @Override
        public Cancellable schedule(Duration delay, Runnable action) {
            return () -> { };
        }
    }
}
