package app.herold.ui.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.i18n.Messages;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import app.herold.ui.delivery.DeliveryLogViewModel.Entry;
import app.herold.ui.delivery.SendingFixture.Next;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The "Zustellprotokoll" against the real H2 outbox: what each row says, the filter, and following the outbox. */
class DeliveryLogViewModelTest {

    private static final Instant TOMORROW_NINE = Instant.parse("2026-11-29T08:00:00Z");

    @TempDir
    Path dataDirectory;

    private SendingFixture sending;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");
    private final List<PostId> opened = new ArrayList<>();
    private DeliveryLogViewModel log;

    @BeforeEach
    void open() {
        sending = new SendingFixture(dataDirectory);
        log = new DeliveryLogViewModel(sending.publishing(), sending.database.accounts(), sending.plan, executor,
                dialogs, messages, opened::add);
    }

    @AfterEach
    void close() {
        log.close();
        sending.close();
    }

    @Test
    void beforeAnythingWasSentTheLogSaysWhatWillHappen() {
        log.load();

        assertThat(log.shown()).isEmpty();
        assertThat(log.placeholderProperty().get()).isEqualTo(
                "Noch nichts gesendet. Beiträge auf ‚Bereit‘ mit Kanalkonto gehen zur geplanten Zeit hinaus.");
        assertThat(log.summaryProperty().get()).isEqualTo("keine Einträge");
    }

    @Test
    void eachAttemptShowsItsPostAccountOutcomeMessageAndLinkNewestFirst() {
        sending.mastodonNetwork.then(Next.RATE_LIMITED);
        Post roadworks = sending.ready("Sperrung der Bahnhofstraße", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        sending.clock.advance(Duration.ofMinutes(11));
        sending.outbox.run();

        log.load();

        assertThat(log.shown()).hasSize(2);
        Entry sent = log.shown().get(0);
        assertThat(sent.time()).isEqualTo("28.11.2026 11:11");
        assertThat(sent.postTitle()).isEqualTo("Sperrung der Bahnhofstraße");
        assertThat(sent.accountName()).isEqualTo("Stadt Meerane – Mastodon");
        assertThat(sent.kind()).isEqualTo(ChannelKind.MASTODON);
        assertThat(sent.action()).isEqualTo("Senden");
        assertThat(sent.outcome()).isEqualTo("Gesendet");
        assertThat(sent.tone()).isEqualTo(Tone.DONE);
        assertThat(sent.link()).isEqualTo(sending.targetOf(roadworks, sending.mastodon).remoteUrl());
        Entry failed = log.shown().get(1);
        assertThat(failed.outcome()).isEqualTo("Fehler, wird wiederholt");
        assertThat(failed.tone()).isEqualTo(Tone.WAITING);
        assertThat(failed.message()).startsWith("Mastodon bittet um eine Pause");
        assertThat(log.summaryProperty().get()).isEqualTo("2 Einträge");
    }

    @Test
    void theFilterKeepsRowsWithEveryWordAndOnlyProblemsKeepsWhatWentWrong() {
        sending.mastodonNetwork.then(Next.REFUSED);
        sending.ready("Weihnachtsbaum auf dem Markt", SendingFixture.ELEVEN, sending.mastodon);
        sending.ready("Neujahrsempfang im Rathaus", TOMORROW_NINE, sending.facebook);
        sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN.minus(Duration.ofMinutes(30)),
                sending.facebook);
        sending.outbox.run();
        log.load();
        assertThat(log.shown()).hasSize(3);

        log.filterProperty().set("rathaus FACEBOOK");
        assertThat(log.shown()).extracting(Entry::postTitle).containsExactly("Neujahrsempfang im Rathaus");
        assertThat(log.shown().get(0).action()).isEqualTo("Übergabe");
        assertThat(log.shown().get(0).outcome()).isEqualTo("Eingeplant");
        assertThat(log.summaryProperty().get()).isEqualTo("1 von 3 Einträgen");

        log.filterProperty().set("");
        log.onlyProblemsProperty().set(true);
        assertThat(log.shown()).extracting(Entry::postTitle).containsExactly("Weihnachtsbaum auf dem Markt");
        assertThat(log.shown().get(0).tone()).isEqualTo(Tone.NEEDS_USER);

        log.filterProperty().set("Wochenmarkt");
        assertThat(log.shown()).isEmpty();
        assertThat(log.placeholderProperty().get()).isEqualTo("Kein Eintrag passt zum Filter.");
    }

    @Test
    void aDoubleClickOpensThePostAndTheLinkOpensTheLivePost() {
        Post post = sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        log.load();

        log.open(log.shown().get(0));
        log.openLink(log.shown().get(0));

        assertThat(opened).containsExactly(post.id());
        assertThat(dialogs.opened).containsExactly(sending.targetOf(post, sending.mastodon).remoteUrl());
    }

    @Test
    void aDeletedPostStaysInTheLogButCannotBeOpened() {
        Post post = sending.ready("Abgesagt: Konzert in der Stadtkirche", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();
        sending.plan.delete(post.id());

        log.load();

        assertThat(log.shown()).singleElement().satisfies(entry -> {
            assertThat(entry.postTitle()).isEqualTo("(gelöschter Beitrag)");
            assertThat(entry.post()).isNull();
        });
        log.open(log.shown().get(0));
        assertThat(opened).isEmpty();
    }

    @Test
    void whatTheOutboxDoesWhileTheLogIsOpenAppearsByItselfUntilItCloses() {
        log.load();
        sending.ready("Stadtratssitzung am Dienstag", SendingFixture.ELEVEN, sending.mastodon);

        sending.outbox.run();
        assertThat(log.shown()).hasSize(1);

        log.close();
        sending.ready("Wochenmarkt", SendingFixture.ELEVEN, sending.mastodon);
        sending.outbox.run();

        assertThat(log.shown()).hasSize(1);
    }

    @Test
    void whenSendingCannotBeReachedTheTableSaysSoInOneSentence() {
        DeliveryLogViewModel broken = new DeliveryLogViewModel(() -> {
            throw new app.herold.domain.UserFacingException("secrets.error.noPassphrase");
        }, sending.database.accounts(), sending.plan, executor, dialogs, messages, opened::add);

        broken.load();

        assertThat(broken.placeholderProperty().get()).startsWith("Der Versand lässt sich gerade nicht anzeigen: ")
                .doesNotContain("[");
    }
}
