package app.herold.ui.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.TargetState;
import app.herold.i18n.Messages;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import app.herold.ui.delivery.SendingFixture.Next;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import app.herold.ui.delivery.TargetsViewModel.Action;
import app.herold.ui.delivery.TargetsViewModel.Row;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The editor's "Versand" against the real H2 outbox: what a user reads per account and what the buttons do. */
class TargetsViewModelTest {

    private static final Instant TOMORROW_NINE = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dataDirectory;

    private SendingFixture sending;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");
    private TargetsViewModel targets;

    @BeforeEach
    void open() {
        sending = new SendingFixture(dataDirectory);
        targets = new TargetsViewModel(sending.plan, sending.database.accounts(), executor, dialogs, messages,
                sending.clock);
        targets.connect(sending.publishing(), () -> MissedTargets.DEFAULT);
    }

    @AfterEach
    void close() {
        targets.dispose();
        sending.close();
    }

    private Row only() {
        assertThat(targets.rows()).hasSize(1);
        return targets.rows().get(0);
    }

    @Test
    void aReadyPostTheOutboxHasNotTakenUpSaysWhenItGoes() {
        Post post = sending.ready("Adventsmarkt am Markt", TOMORROW_NINE, sending.mastodon);

        targets.show(post.id());

        assertThat(only().accountName()).isEqualTo("Stadt Meerane – Mastodon");
        assertThat(only().state()).isEqualTo("Bereit – wird am So., 29.11.2026 um 09:00 Uhr gesendet");
        assertThat(only().tone()).isEqualTo(Tone.UNDER_WAY);
        assertThat(only().actions()).isEmpty();
        assertThat(targets.noteProperty().get()).isEmpty();
    }

    @Test
    void aSentPostSaysWhenAndOpensItsLink() {
        Post post = sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();

        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Gesendet am Sa., 28.11.2026 um 11:00 Uhr");
        assertThat(only().tone()).isEqualTo(Tone.DONE);
        assertThat(only().link()).startsWith("https://social.example/@stadtmeerane/");
        targets.openLink(only().link());
        assertThat(dialogs.opened).containsExactly(sending.targetOf(post, sending.mastodon).remoteUrl());
    }

    @Test
    void aRefusedPostSaysWhyAndSendAgainPutsItBackInTheQueue() {
        sending.mastodonNetwork.then(Next.REFUSED);
        Post post = sending.ready("Weihnachtsbaum auf dem Markt", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Fehlgeschlagen – braucht Sie");
        assertThat(only().tone()).isEqualTo(Tone.NEEDS_USER);
        assertThat(only().problem()).isEqualTo("Mastodon hat den Beitrag abgelehnt: Der Text ist zu lang.");
        assertThat(only().actions()).containsExactly(Action.RETRY, Action.SKIP);

        targets.act(only(), Action.RETRY);

        assertThat(sending.targetOf(post, sending.mastodon).state()).isEqualTo(TargetState.QUEUED);
        assertThat(only().state()).isEqualTo("In der Warteschlange");
        assertThat(only().problem()).isEmpty();
        assertThat(only().actions()).isEmpty();
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aPassingFailureSaysWhenHeroldTriesAgain() {
        sending.mastodonNetwork.then(Next.RATE_LIMITED);
        Post post = sending.ready("Sperrung der Bahnhofstraße", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();

        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Fehlgeschlagen, wird um 11:10 Uhr erneut versucht");
        assertThat(only().tone()).isEqualTo(Tone.WAITING);
        assertThat(only().problem()).contains("bittet um eine Pause");
    }

    @Test
    void aPostANetworkCannotBeAskedAboutWaitsForTheUserWhoSaysItAppeared() {
        sending.mastodonNetwork.cannotBeAsked();
        sending.mastodonNetwork.then(Next.LOST);
        Post post = sending.ready("Öffnungszeiten des Bürgerbüros", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Bitte prüfen");
        assertThat(only().actions()).containsExactly(Action.ARRIVED, Action.MISSING);

        targets.act(only(), Action.ARRIVED, " https://social.example/@stadtmeerane/4711 ");

        assertThat(sending.targetOf(post, sending.mastodon).state()).isEqualTo(TargetState.SENT);
        assertThat(only().state()).startsWith("Gesendet am");
        assertThat(only().link()).isEqualTo("https://social.example/@stadtmeerane/4711");
    }

    @Test
    void whenThePostDidNotAppearItGoesBackInTheQueue() {
        sending.mastodonNetwork.cannotBeAsked();
        sending.mastodonNetwork.then(Next.LOST);
        Post post = sending.ready("Öffnungszeiten des Bürgerbüros", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());

        targets.act(only(), Action.MISSING);

        assertThat(sending.targetOf(post, sending.mastodon).state()).isEqualTo(TargetState.QUEUED);
        assertThat(only().state()).isEqualTo("In der Warteschlange");
    }

    @Test
    void aMissedPostIsSentLateOnlyWhenTheUserSaysSo() {
        Post post = sending.ready("Heute Abend: Lichterfest", SendingFixture.ELEVEN.minus(Duration.ofHours(5)),
                sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Verpasst – war für Sa., 28.11.2026 um 06:00 Uhr geplant");
        assertThat(only().problem()).startsWith("Herold war zur geplanten Zeit nicht geöffnet.");
        assertThat(only().actions()).containsExactly(Action.SEND_LATE, Action.SKIP);

        targets.act(only(), Action.SEND_LATE);
        assertThat(only().state()).isEqualTo("In der Warteschlange");
        assertThat(only().actions()).isEmpty();
        sending.outbox.run();

        assertThat(only().state()).startsWith("Gesendet am");
    }

    @Test
    void skippingAMissedPostKeepsItOffThatAccount() {
        Post post = sending.ready("Heute Abend: Lichterfest", SendingFixture.ELEVEN.minus(Duration.ofHours(5)),
                sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());

        targets.act(only(), Action.SKIP);
        sending.outbox.run();

        assertThat(only().state()).isEqualTo("Übersprungen");
        assertThat(only().tone()).isEqualTo(Tone.MUTED);
        assertThat(sending.targetOf(post, sending.mastodon).state()).isEqualTo(TargetState.SKIPPED);
    }

    @Test
    void aPostHandedToFacebooksSchedulingSaysSo() {
        Post post = sending.ready("Neujahrsempfang im Rathaus", TOMORROW_NINE, sending.facebook);
        sending.outbox.run();

        targets.show(post.id());

        assertThat(only().state()).isEqualTo("Bei Facebook eingeplant für So., 29.11.2026 um 09:00 Uhr");
        assertThat(only().link()).isEmpty();
    }

    @Test
    void theHistoryListsEveryAttemptWithItsOutcome() {
        sending.mastodonNetwork.then(Next.RATE_LIMITED);
        Post post = sending.ready("Sperrung der Bahnhofstraße", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        sending.clock.advance(Duration.ofMinutes(11));
        sending.outbox.run();
        targets.show(post.id());

        targets.toggleAttempts(only());

        assertThat(only().expanded()).isTrue();
        assertThat(only().attempts()).extracting(TargetsViewModel.AttemptLine::kind)
                .containsExactly("Senden", "Senden");
        assertThat(only().attempts()).extracting(TargetsViewModel.AttemptLine::outcome)
                .containsExactly("Fehler, wird wiederholt", "Gesendet");
        assertThat(only().attempts().get(0).problem()).contains("bittet um eine Pause");
        assertThat(only().attempts().get(1).link()).startsWith("https://social.example/");
        assertThat(only().attempts().get(0).when()).isEqualTo("28.11.2026 11:00");

        targets.toggleAttempts(only());

        assertThat(only().expanded()).isFalse();
        assertThat(only().attempts()).isEmpty();
    }

    @Test
    void anOutboxEventForTheOpenPostUpdatesTheRowsByItself() {
        AtomicInteger deliveriesReloaded = new AtomicInteger();
        targets.setAfterOutboxEvent(deliveriesReloaded::incrementAndGet);
        Post post = sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN, sending.mastodon);
        targets.show(post.id());
        assertThat(only().state()).isEqualTo("In der Warteschlange");

        sending.outbox.run();

        assertThat(only().state()).isEqualTo("Gesendet am Sa., 28.11.2026 um 11:00 Uhr");
        assertThat(deliveriesReloaded).hasValue(1);
    }

    @Test
    void anotherPostsEventsAndEventsAfterClosingAreNotFollowed() {
        AtomicInteger followed = new AtomicInteger();
        targets.setAfterOutboxEvent(followed::incrementAndGet);
        Post open = sending.ready("Wochenmarkt", TOMORROW_NINE, sending.mastodon);
        sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN, sending.mastodon);
        targets.show(open.id());

        sending.outbox.run();
        assertThat(followed).as("another post went out").hasValue(0);

        targets.show(null);
        sending.clock.set(TOMORROW_NINE);
        sending.outbox.run();

        assertThat(followed).as("the editor closed before this post went out").hasValue(0);
        assertThat(targets.rows()).isEmpty();
    }

    @Test
    void aDraftSaysItIsSentOnlyOnceReady() {
        Post draft = sending.post(PostStatus.DRAFT, "Sommerfest im Stadtpark", TOMORROW_NINE, sending.mastodon);

        targets.show(draft.id());

        assertThat(targets.rows()).isEmpty();
        assertThat(targets.noteProperty().get()).isEqualTo("Wird erst gesendet, wenn der Beitrag auf ‚Bereit‘ steht.");
    }

    @Test
    void aWhatsAppOnlyPostSaysItIsPostedByHand() {
        Post post = sending.ready("Gelbe Tonne: neue Abholtage", TOMORROW_NINE, sending.whatsapp);

        targets.show(post.id());

        assertThat(targets.rows()).isEmpty();
        assertThat(targets.noteProperty().get()).isEmpty();
        assertThat(targets.byHand()).singleElement().satisfies(line -> {
            assertThat(line.kind()).isEqualTo(ChannelKind.WHATSAPP);
            assertThat(line.name()).isEqualTo("Stadt Meerane – WhatsApp-Kanal");
            assertThat(line.text()).isEqualTo("Wird von Hand gepostet");
        });
    }

    @Test
    void aPostWithoutAccountsSaysWhereToChooseThem() {
        Post post = sending.ready("Ohne Kanal", TOMORROW_NINE);

        targets.show(post.id());

        assertThat(targets.rows()).isEmpty();
        assertThat(targets.byHand()).isEmpty();
        assertThat(targets.noteProperty().get()).startsWith("Noch kein Konto gewählt");
    }

    @Test
    void anActionOnATargetThatMovedOnMeanwhileSaysSoInOneSentence() {
        sending.mastodonNetwork.then(Next.REFUSED);
        Post post = sending.ready("Weihnachtsbaum auf dem Markt", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        targets.show(post.id());
        Row stale = only();
        sending.outbox.retry(stale.targetId());
        sending.outbox.run();

        targets.act(stale, Action.SKIP);

        assertThat(dialogs.errors).containsExactly(
                "Der Stand hat sich inzwischen geändert; Herold zeigt jetzt den aktuellen.");
        assertThat(only().state()).startsWith("Gesendet am");
    }

    @Test
    void withoutSendingWiredTheSectionStaysHiddenAndAsksNothing() {
        TargetsViewModel unconnected = new TargetsViewModel(sending.plan, sending.database.accounts(), executor,
                dialogs, messages, sending.clock);
        int asked = sending.servicesAsked.get();
        Post post = sending.ready("Wochenmarkt", TOMORROW_NINE, sending.mastodon);

        unconnected.show(post.id());

        assertThat(unconnected.availableProperty().get()).isFalse();
        assertThat(sending.servicesAsked).hasValue(asked);
    }
}
