package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.AttemptKind;
import app.herold.domain.publishing.OutboxStore;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.TargetState;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.delivery.DeliveryLogDialog;
import app.herold.ui.delivery.DeliveryLogViewModel;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.function.UnaryOperator;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.image.WritableImage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Sending as the officer sees it: a post sent to Mastodon (a local stand-in) shows "Gesendet" with its link in
 * the editor's "Versand" and as a row of the "Zustellprotokoll"; a refused one offers "Erneut senden", which
 * puts it back in the queue.
 */
class DeliveryLogFlowTest extends HeroldUiTest {

    private static final Instant NOW = CLOCK.instant();

    /**
     * The test drives the outbox by hand and writes history into it, so the window's own passes are paused,
     * as the officer can pause them (Datei › Versand anhalten).
     */
    private void pauseTheWindowsOwnSending() {
        interact(() -> window.viewModel().sendingPausedProperty().set(true));
    }

    private PublishingServices sending() {
        return window.viewModel().context().publishing().get();
    }

    private Post ready(String title, String text, Instant at, ChannelAccount... accounts) {
        Post post = Post.newPost(new Schedule(at, BERLIN)).withTitle(title).withText(text)
                .withStatus(PostStatus.READY)
                .withChannels(java.util.Arrays.stream(accounts).map(ChannelAccount::kind).toList())
                .withAccounts(java.util.Arrays.stream(accounts).map(ChannelAccount::id).toList());
        return plan.save(post);
    }

    private ChannelAccount account(String name, ChannelKind kind, String baseUrl) {
        return database.accounts().save(new ChannelAccount(null, name, kind, "", baseUrl, "@stadtmeerane"));
    }

    private void openInEditor(Post post) {
        waitUntil(() -> cardOf(post.id()).isPresent());
        clickOn(card(post));
        waitUntil(() -> post.id().equals(window.viewModel().editor().postIdProperty().get()));
    }

    /** The label's text; empty while the section is being redrawn (the robot looks from its own thread). */
    private String textOf(String query) {
        return lookup(query).<Label>tryQuery().map(Label::getText).orElse("");
    }

    private DeliveryLogDialog openLog() {
        AtomicReference<DeliveryLogDialog> log = new AtomicReference<>();
        WaitForAsyncUtils.asyncFx(() -> {
            DeliveryLogDialog dialog = new DeliveryLogDialog(window.stage(), window.viewModel().messages(), executor,
                    window.viewModel().dialogs(), window.viewModel().context().publishing(),
                    window.viewModel().context().channels().accounts(), plan, window.viewModel().editor()::open);
            dialog.show();
            log.set(dialog);
        });
        WaitForAsyncUtils.waitForFxEvents();
        return log.get();
    }

    @Test
    void aSentPostShowsItsLinkInTheEditorAndTheLogAndAFailedOneCanBeSentAgain() throws Exception {
        try (MastodonStandIn mastodonServer = new MastodonStandIn(clock())) {
            ChannelAccount town = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, mastodonServer.baseUrl());
            ChannelAccount archive = account("Stadtarchiv Meerane – Mastodon", ChannelKind.MASTODON,
                    mastodonServer.baseUrl());
            new AccountCredentials(sending().secrets(), town.id()).put("access-token", MastodonStandIn.TOKEN);
            new AccountCredentials(sending().secrets(), archive.id()).put("access-token", "a-token-long-revoked");
            Post post = ready("Stadtrat tagt öffentlich", "Der Stadtrat tagt am Dienstag um 18 Uhr im Ratssaal.",
                    NOW, town, archive);
            sending().outbox().run();
            assertThat(mastodonServer.posts()).isEqualTo(1);
            pauseTheWindowsOwnSending();

            openInEditor(post);
            revealed("#editor-sending");
            waitUntil(() -> lookup("#target-state-" + town.id()).tryQuery().isPresent()
                    && lookup("#target-state-" + archive.id()).tryQuery().isPresent());

            assertThat(textOf("#target-state-" + town.id())).isEqualTo("Gesendet am Sa., 28.11.2026 um 11:00 Uhr");
            Hyperlink link = lookup("#target-link-" + town.id()).query();
            assertThat(link.getText()).isEqualTo("Beitrag ansehen");
            assertThat(link.getTooltip().getText()).startsWith(mastodonServer.baseUrl());
            assertThat(textOf("#target-state-" + archive.id())).isEqualTo("Fehlgeschlagen – braucht Sie");
            assertThat(lookup("#target-problem-" + archive.id()).<Label>query().getText()).isNotBlank();

            DeliveryLogDialog log = openLog();
            TableView<DeliveryLogViewModel.Entry> table = lookup("#delivery-log-table").query();
            waitUntil(() -> table.getItems().size() == 2);
            assertThat(table.getItems()).extracting(DeliveryLogViewModel.Entry::postTitle)
                    .containsOnly("Stadtrat tagt öffentlich");
            assertThat(table.getItems()).extracting(DeliveryLogViewModel.Entry::outcome)
                    .containsExactlyInAnyOrder("Gesendet", "Fehlgeschlagen");
            assertThat(table.getItems()).filteredOn(entry -> entry.outcome().equals("Gesendet"))
                    .extracting(DeliveryLogViewModel.Entry::link).singleElement().asString()
                    .startsWith(mastodonServer.baseUrl());
            WaitForAsyncUtils.asyncFx(() -> log.dialog().close());
            WaitForAsyncUtils.waitForFxEvents();

            clickOn(revealed("#target-retry-" + archive.id()));

            waitUntil(() -> textOf("#target-state-" + archive.id()).equals("In der Warteschlange"));
            PublishTarget requeued = sending().outbox().targetsOf(post.id()).stream()
                    .filter(target -> target.account().equals(archive.id())).findFirst().orElseThrow();
            assertThat(requeued.state()).isEqualTo(TargetState.QUEUED);
            assertThat(lookup("#target-retry-" + archive.id()).tryQuery()).isEmpty();
        }
    }

    @Test
    void theSendingSectionAndTheLogAsTheOfficerSeesThem() throws IOException {
        ChannelAccount mastodon = account("Stadt Meerane – Mastodon", ChannelKind.MASTODON, "https://meerane.social");
        ChannelAccount instagram = account("Stadt Meerane – Instagram", ChannelKind.INSTAGRAM, "");
        ChannelAccount facebook = account("Stadt Meerane – Facebook", ChannelKind.FACEBOOK, "");
        ChannelAccount telegram = account("Stadt Meerane – Telegram", ChannelKind.TELEGRAM, "");
        ChannelAccount bluesky = account("Stadt Meerane – Bluesky", ChannelKind.BLUESKY, "");
        ChannelAccount whatsapp = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – WhatsApp-Kanal",
                ChannelKind.WHATSAPP, "https://whatsapp.com/channel/0029VaMeerane", "", ""));
        History history = new History(database.outbox());
        Post bloodDrive = ready("Blutspende im Rathaus", "Am Dienstag ist Blutspende im Rathaus, 15 bis 19 Uhr.",
                at(24, 10, 0), telegram);
        history.sent(bloodDrive, telegram, at(24, 10, 0), "https://t.me/stadtmeerane/409");
        Post council = ready("Stadtrat tagt öffentlich", "Der Stadtrat tagt am Donnerstag um 18 Uhr im Ratssaal.",
                at(26, 9, 0), mastodon, facebook);
        PublishTarget councilOnFacebook = history.handedOver(council, facebook, at(25, 16, 12));
        history.sent(council, mastodon, at(26, 9, 0), "https://meerane.social/@stadt/113551");
        history.checkedLive(councilOnFacebook, council, facebook, at(26, 9, 5),
                "https://www.facebook.com/stadtmeerane/posts/pfbid02xKmeerane");
        Post roadworks = ready("Sperrung der Bahnhofstraße", "Ab Montag ist die Bahnhofstraße voll gesperrt.",
                at(27, 14, 0), instagram, bluesky);
        PublishTarget roadworksOnInstagram = history.failedForNow(roadworks, instagram, at(27, 14, 0),
                Problem.of("publish.instagram.publishingLimit"), at(27, 15, 0));
        history.sent(roadworks, bluesky, at(27, 14, 0), "https://bsky.app/profile/meerane.de/post/3kf2a");
        history.sentAgain(roadworksOnInstagram, roadworks, instagram, at(27, 15, 0),
                "https://www.instagram.com/p/C0xMeerane/");
        Post concert = ready("Adventskonzert in St. Martin", "Am 5. Dezember singt der Kammerchor in St. Martin.",
                Instant.parse("2026-12-05T17:00:00Z"), facebook);
        history.handedOver(concert, facebook, at(28, 9, 30));
        Post market = ready("Der Weihnachtsmarkt öffnet",
                "Heute um 11 Uhr öffnet der Weihnachtsmarkt auf dem Marktplatz. Glühwein, Stollen und Musik bis 20 Uhr.",
                NOW, mastodon, instagram, facebook, telegram, whatsapp);
        history.sent(market, mastodon, at(28, 11, 0), "https://meerane.social/@stadt/113562");
        history.failed(market, instagram, at(28, 11, 0), Problem.of("publish.accessExpired", "Instagram"));
        history.failedForNow(market, facebook, at(28, 11, 0), Problem.of("publish.serverError", "Facebook", "503"),
                at(28, 11, 20));
        history.needsCheck(market, telegram, at(28, 11, 0), Problem.of("publish.askUser", "Telegram"));
        pauseTheWindowsOwnSending();

        openInEditor(market);
        waitUntil(() -> lookup("#target-state-" + telegram.id()).tryQuery().isPresent());
        clickOn(revealed("#target-history-" + facebook.id()));
        waitUntil(() -> lookup("#target-attempts-" + facebook.id()).tryQuery().isPresent());
        revealed("#editor-sending");
        assertThat(textOf("#target-state-" + facebook.id())).isEqualTo("Fehlgeschlagen, wird um 11:20 Uhr erneut versucht");
        assertThat(textOf("#target-state-" + telegram.id())).isEqualTo("Bitte prüfen");
        assertThat(lookup("#sending-by-hand-whatsapp").<Hyperlink>query().getText())
                .isEqualTo("Jetzt posten (Assistent)");
        screenshot("delivery-editor-sending");
        snapshotOf(lookup("#editor-sending").query(), "delivery-editor-sending-section");

        DeliveryLogDialog log = openLog();
        TableView<DeliveryLogViewModel.Entry> table = lookup("#delivery-log-table").query();
        waitUntil(() -> table.getItems().size() == 12);
        screenshotOf(log.dialog().getDialogPane().getScene(), "delivery-log");
        clickOn("#delivery-log-only-problems");
        waitUntil(() -> table.getItems().size() == 4);
        screenshotOf(log.dialog().getDialogPane().getScene(), "delivery-log-problems");
        clickOn("#delivery-log-only-problems");
        clickOn("#delivery-log-filter").write("Adventskonzert");
        waitUntil(() -> table.getItems().size() == 1);
        doubleClickOn(lookup("#delivery-log-table .table-row-cell").<Node>query());
        waitUntil(() -> concert.id().equals(window.viewModel().editor().postIdProperty().get()));
        WaitForAsyncUtils.asyncFx(() -> log.dialog().close());
        WaitForAsyncUtils.waitForFxEvents();

        openInEditor(market);
        waitUntil(() -> lookup("#target-arrived-" + telegram.id()).tryQuery().isPresent());
        clickOn(revealed("#target-arrived-link-" + telegram.id())).write("https://t.me/stadtmeerane/412");
        clickOn(lookup("#target-arrived-" + telegram.id()).<Button>query());

        waitUntil(() -> textOf("#target-state-" + telegram.id()).startsWith("Gesendet am"));
        assertThat(lookup("#target-link-" + telegram.id()).<Hyperlink>query().getTooltip().getText())
                .isEqualTo("https://t.me/stadtmeerane/412");
        assertThat(lookup("#target-arrived-link-" + telegram.id()).<TextField>tryQuery()).isEmpty();
    }

    private static Instant at(int day, int hour, int minute) {
        return LocalDate.of(2026, 11, day).atTime(LocalTime.of(hour, minute)).atZone(BERLIN).toInstant();
    }

    /** Saves one node (the section, not the whole window) as a PNG under target/screenshots. */
    private void snapshotOf(Node node, String name) throws IOException {
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = node.snapshot(null, null));
        WaitForAsyncUtils.waitForFxEvents();
        Files.createDirectories(SCREENSHOTS);
        BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
        ImageIO.write(buffered, "png", SCREENSHOTS.resolve(name + ".png").toFile());
    }

    /**
     * Targets and attempts written through the outbox's storage as the outbox writes them, for a history of
     * several days that the stand-ins could not produce at one fixed time.
     */
    private record History(OutboxStore store) {

        PublishTarget sent(Post post, ChannelAccount account, Instant at, String url) {
            return attempt(queued(post, account), AttemptKind.PUBLISH, at, null, post, account,
                    sending -> sending.movedTo(TargetState.SENT).withRemote(idOf(url), url));
        }

        PublishTarget handedOver(Post post, ChannelAccount account, Instant at) {
            return attempt(queued(post, account), AttemptKind.HANDOVER, at, null, post, account,
                    sending -> sending.movedTo(TargetState.SCHEDULED_ON_PLATFORM)
                            .withRemote("1207" + post.id().value(), "").withNextAttemptAt(post.schedule().at()));
        }

        PublishTarget checkedLive(PublishTarget scheduled, Post post, ChannelAccount account, Instant at, String url) {
            PublishAttempt check = store.begin(scheduled, TargetState.SCHEDULED_ON_PLATFORM, AttemptKind.CHECK, at);
            PublishTarget sent = scheduled.movedTo(TargetState.SENT).withRemote(scheduled.remoteId(), url)
                    .withNextAttemptAt(null);
            return store.finish(check.finished(TargetState.SENT, sent.remoteId(), url, null, at.plusSeconds(1)), sent,
                    TargetState.SCHEDULED_ON_PLATFORM, delivery(post, account, at, url));
        }

        PublishTarget failed(Post post, ChannelAccount account, Instant at, Problem problem) {
            return attempt(queued(post, account), AttemptKind.PUBLISH, at, problem, post, account,
                    sending -> sending.movedTo(TargetState.FAILED_PERMANENT).withProblem(problem)
                            .withFailedAttempts(1));
        }

        PublishTarget failedForNow(Post post, ChannelAccount account, Instant at, Problem problem, Instant again) {
            return attempt(queued(post, account), AttemptKind.PUBLISH, at, problem, post, account,
                    sending -> sending.movedTo(TargetState.FAILED_RETRYABLE).withProblem(problem)
                            .withFailedAttempts(1).withNextAttemptAt(again));
        }

        PublishTarget sentAgain(PublishTarget failed, Post post, ChannelAccount account, Instant at, String url) {
            PublishTarget queued = store.update(failed.movedTo(TargetState.QUEUED), TargetState.FAILED_RETRYABLE);
            return attempt(queued, AttemptKind.PUBLISH, at, null, post, account,
                    sending -> sending.movedTo(TargetState.SENT).withProblem(null).withNextAttemptAt(null)
                            .withRemote(idOf(url), url));
        }

        PublishTarget needsCheck(Post post, ChannelAccount account, Instant at, Problem problem) {
            return attempt(queued(post, account), AttemptKind.PUBLISH, at, problem, post, account,
                    sending -> sending.movedTo(TargetState.NEEDS_CHECK).withProblem(problem).withWaitingForUser(true));
        }

        private PublishTarget queued(Post post, ChannelAccount account) {
            PublishTarget ready = store.create(post.id(), account.id(), post.schedule().at(),
                    UUID.randomUUID().toString());
            return store.update(ready.movedTo(TargetState.QUEUED), TargetState.READY);
        }

        private PublishTarget attempt(PublishTarget queued, AttemptKind kind, Instant at, Problem problem, Post post,
                                      ChannelAccount account, UnaryOperator<PublishTarget> outcome) {
            PublishAttempt attempt = store.begin(queued.movedTo(TargetState.SENDING), TargetState.SENDING, kind, at);
            PublishTarget result = outcome.apply(store.find(queued.id()).orElseThrow());
            return store.finish(attempt.finished(result.state(), result.remoteId(), result.remoteUrl(), problem,
                    at.plusSeconds(2)), result, TargetState.SENDING, result.state() == TargetState.SENT
                    ? delivery(post, account, at, result.remoteUrl()) : null);
        }

        private static Delivery delivery(Post post, ChannelAccount account, Instant at, String url) {
            return new Delivery(0, post.id(), account.kind(), account.id(), account.name(), Delivery.Method.API,
                    at.plusSeconds(2), url, null);
        }

        private static String idOf(String url) {
            return url.substring(url.lastIndexOf('/') + 1);
        }
    }
}
