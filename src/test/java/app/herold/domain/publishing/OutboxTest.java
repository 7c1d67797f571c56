package app.herold.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.ScriptedPlatform.Next;
import app.herold.domain.secrets.MemorySecretStore;
import app.herold.domain.secrets.SecretId;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against the real H2 and a scripted platform: what goes out, when, and never twice. */
class OutboxTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Instant NINE = Instant.parse("2026-12-08T08:00:00Z");

    @TempDir
    Path dataDirectory;

    private final MutableClock clock = new MutableClock(NINE.minus(Duration.ofMinutes(1)), BERLIN);
    private final MemorySecretStore secrets = new MemorySecretStore();
    private Database database;
    private ChannelAccount mastodon;
    private ChannelAccount facebook;
    private ScriptedPlatform mastodonPlatform;
    private ScriptedPlatform facebookPlatform;
    private Outbox outbox;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, clock);
        mastodon = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Mastodon", ChannelKind.MASTODON,
                "", "https://social.example", "@stadt"));
        facebook = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Facebook", ChannelKind.FACEBOOK,
                "", "", "stadtmeerane"));
        secrets.put(new SecretId(AccountCredentials.ownerOf(mastodon.id()), "access-token"), "token-m");
        secrets.put(new SecretId(AccountCredentials.ownerOf(facebook.id()), "access-token"), "token-f");
        mastodonPlatform = new ScriptedPlatform(ChannelKind.MASTODON, null);
        facebookPlatform = new ScriptedPlatform(ChannelKind.FACEBOOK,
                new SchedulingWindow(Duration.ofMinutes(15), Duration.ofDays(29)));
        outbox = newOutbox();
    }

    private Outbox newOutbox() {
        return new Outbox(database.outbox(), database.posts(), database.accounts(), database.deliveries(),
                List.of(mastodonPlatform, facebookPlatform),
                (post, account) -> new Preparation.Prepared(post.textFor(account.kind()), List.of()),
                secrets, clock, RetryPolicy.DEFAULT, MissedTargets.DEFAULT, () -> 0.5);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private Post plan(PostStatus status, Instant at, ChannelAccount... accounts) {
        Post post = new Post(null, "Weihnachtsmarkt", "Der Weihnachtsmarkt öffnet heute um 16 Uhr.",
                new Schedule(at, BERLIN), status, Set.of(ChannelKind.MASTODON, ChannelKind.FACEBOOK), List.of(), "",
                List.of(), null, null);
        return database.posts().save(post.withChannels(java.util.Arrays.stream(accounts).map(ChannelAccount::kind)
                .toList()).withAccounts(java.util.Arrays.stream(accounts).map(ChannelAccount::id).toList()));
    }

    private PublishTarget targetOf(Post post, ChannelAccount account) {
        return outbox.targetsOf(post.id()).stream().filter(target -> target.account().equals(account.id()))
                .findFirst().orElseThrow();
    }

    @Test
    void aDraftNeverLeavesTheLaptop() {
        Post draft = plan(PostStatus.DRAFT, NINE, mastodon);
        clock.set(NINE.plusSeconds(30));

        Outbox.Report report = outbox.run();

        assertThat(report.events()).isEmpty();
        assertThat(mastodonPlatform.calls).isEmpty();
        assertThat(outbox.targetsOf(draft.id())).isEmpty();
    }

    @Test
    void aReadyPostGoesOutWhenDueOnceAndIsLoggedAndMarkedPublished() {
        Post post = plan(PostStatus.READY, NINE, mastodon);

        assertThat(outbox.run().events()).as("not yet due").isEmpty();
        clock.set(NINE.plusSeconds(20));
        Outbox.Report report = outbox.run();
        outbox.run();

        assertThat(report.of(Outbox.Event.Kind.SENT)).hasSize(1);
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        PublishTarget target = targetOf(post, mastodon);
        assertThat(target.state()).isEqualTo(TargetState.SENT);
        assertThat(target.remoteUrl()).startsWith("https://social.example/@stadt/");
        assertThat(database.deliveries().deliveriesOf(post.id())).singleElement().satisfies(delivery -> {
            assertThat(delivery.method()).isEqualTo(Delivery.Method.API);
            assertThat(delivery.link()).isEqualTo(target.remoteUrl());
        });
        assertThat(database.posts().find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
        assertThat(outbox.attemptsOf(target.id())).singleElement()
                .satisfies(attempt -> assertThat(attempt.outcome()).isEqualTo(TargetState.SENT));
    }

    @Test
    void anAnswerLostAfterThePostWasCreatedIsCheckedNotSentAgain() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.then(Next.LOST_AFTER_CREATING);
        clock.set(NINE.plusSeconds(5));

        outbox.run();
        outbox.run();

        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(mastodonPlatform.calls).containsExactly("publish", "check");
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SENT);
        assertThat(outbox.attemptsOf(targetOf(post, mastodon).id())).extracting(PublishAttempt::kind)
                .containsExactly(AttemptKind.PUBLISH, AttemptKind.CHECK);
    }

    @Test
    void anAnswerLostBeforeAnythingWasCreatedIsSentAgainAfterThePlatformSaidItHasNothing() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.then(Next.LOST_BEFORE_CREATING);
        clock.set(NINE.plusSeconds(5));

        outbox.run();

        assertThat(mastodonPlatform.calls).containsExactly("publish", "check", "publish");
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SENT);
    }

    @Test
    void aCrashDuringTheCallIsCheckedWithThePlatformAtTheNextStart() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plusSeconds(5));
        // What a crash leaves behind: the target sending, its attempt on disk, the post on the platform.
        PublishTarget target = database.outbox().create(post.id(), mastodon.id(), NINE, "key-1");
        target = database.outbox().update(target.movedTo(TargetState.QUEUED), TargetState.READY);
        database.outbox().begin(target, TargetState.SENDING, AttemptKind.PUBLISH, clock.instant());
        mastodonPlatform.posts.put("key-1", new ScriptedPlatform.Held(post.text(), null, true));

        Outbox restarted = newOutbox();
        restarted.run();

        assertThat(mastodonPlatform.calls).containsExactly("check");
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SENT);
    }

    @Test
    void aRateLimitWaitsAsLongAsThePlatformAsked() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.then(Next.RATE_LIMITED);
        clock.set(NINE.plusSeconds(5));

        outbox.run();
        PublishTarget waiting = targetOf(post, mastodon);
        clock.advance(Duration.ofMinutes(9));
        outbox.run();

        assertThat(waiting.state()).isEqualTo(TargetState.FAILED_RETRYABLE);
        assertThat(waiting.nextAttemptAt()).isEqualTo(NINE.plusSeconds(5).plus(Duration.ofMinutes(10)));
        assertThat(waiting.problem().key()).isEqualTo("publish.rateLimited");
        assertThat(mastodonPlatform.calls).as("not before the ten minutes").containsExactly("publish");

        clock.advance(Duration.ofMinutes(2));
        outbox.run();
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SENT);
    }

    @Test
    void withoutNetworkNothingCountsAndThePostGoesWhenTheNetworkIsBack() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.then(Next.OFFLINE, Next.OFFLINE);
        clock.set(NINE.plusSeconds(5));

        outbox.run();
        clock.advance(Duration.ofSeconds(31));
        outbox.run();
        PublishTarget offline = targetOf(post, mastodon);
        clock.advance(Duration.ofSeconds(31));
        outbox.run();

        assertThat(offline.state()).isEqualTo(TargetState.FAILED_RETRYABLE);
        assertThat(offline.failedAttempts()).isZero();
        assertThat(offline.problem().key()).isEqualTo("publish.offline");
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(outbox.attemptsOf(offline.id())).as("only the attempt that reached the platform").hasSize(1);
    }

    @Test
    void refusedContentWaitsForTheUserAndGoesOnceTheTextIsChanged() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.then(Next.REFUSED);
        clock.set(NINE.plusSeconds(5));

        outbox.run();
        outbox.run();
        PublishTarget refused = targetOf(post, mastodon);
        database.posts().save(database.posts().find(post.id()).orElseThrow().withText("Kürzer: Weihnachtsmarkt ab 16 Uhr."));
        outbox.run();

        assertThat(refused.state()).isEqualTo(TargetState.FAILED_PERMANENT);
        assertThat(refused.problem()).isEqualTo(Problem.of("publish.refused", "Mastodon", "Text too long"));
        assertThat(mastodonPlatform.calls).containsExactly("publish", "publish");
        assertThat(mastodonPlatform.posts.values()).singleElement()
                .satisfies(held -> assertThat(held.text()).startsWith("Kürzer"));
    }

    @Test
    void aPostMissedWhileTheLaptopWasClosedIsNotSentWithoutAsking() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plus(Duration.ofHours(3)));

        Outbox.Report report = outbox.run();

        assertThat(report.of(Outbox.Event.Kind.MISSED)).singleElement()
                .satisfies(event -> assertThat(event.postTitle()).isEqualTo("Weihnachtsmarkt"));
        assertThat(mastodonPlatform.calls).isEmpty();

        outbox.approveLate(targetOf(post, mastodon).id());
        outbox.run();
        assertThat(mastodonPlatform.live()).isEqualTo(1);
    }

    @Test
    void aSkippedMissedPostStaysUnsent() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plus(Duration.ofHours(3)));
        outbox.run();

        outbox.skip(targetOf(post, mastodon).id());
        Outbox.Report after = outbox.run();

        assertThat(after.events()).isEmpty();
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SKIPPED);
        assertThat(mastodonPlatform.calls).isEmpty();
    }

    @Test
    void aPostAnHourLateStillGoesOutByItself() {
        plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plus(Duration.ofHours(1)));

        outbox.run();

        assertThat(mastodonPlatform.live()).isEqualTo(1);
    }

    @Test
    void aPostWithinThePlatformsWindowIsHandedOverAndAChangeIsHandedOverAnew() {
        Instant inTwoDays = NINE.plus(Duration.ofDays(2));
        Post post = plan(PostStatus.READY, inTwoDays, facebook);

        Outbox.Report handedOver = outbox.run();
        database.posts().save(database.posts().find(post.id()).orElseThrow()
                .withText("Der Weihnachtsmarkt öffnet schon um 15 Uhr."));
        outbox.run();

        assertThat(handedOver.of(Outbox.Event.Kind.HANDED_OVER)).hasSize(1);
        assertThat(facebookPlatform.calls).containsExactly("publish", "withdraw", "publish");
        assertThat(facebookPlatform.scheduled()).isEqualTo(1);
        assertThat(facebookPlatform.posts.values()).singleElement()
                .satisfies(held -> assertThat(held.text()).contains("15 Uhr"));
        assertThat(targetOf(post, facebook).state()).isEqualTo(TargetState.SCHEDULED_ON_PLATFORM);

        // The laptop is closed; Facebook publishes at the time; Herold later learns the link.
        facebookPlatform.timeIs(inTwoDays);
        clock.set(inTwoDays.plus(Duration.ofHours(5)));
        outbox.run();
        PublishTarget sent = targetOf(post, facebook);
        assertThat(sent.state()).isEqualTo(TargetState.SENT);
        assertThat(facebookPlatform.live()).isEqualTo(1);
        assertThat(database.deliveries().deliveriesOf(post.id())).hasSize(1);
    }

    @Test
    void aHandedOverPostTakenBackFromReadyIsWithdrawnFromThePlatform() {
        Post post = plan(PostStatus.READY, NINE.plus(Duration.ofDays(2)), facebook);
        outbox.run();

        database.posts().save(database.posts().find(post.id()).orElseThrow().withStatus(PostStatus.DRAFT));
        outbox.run();

        assertThat(facebookPlatform.posts).isEmpty();
        assertThat(outbox.targetsOf(post.id())).singleElement()
                .satisfies(target -> assertThat(target.state()).isEqualTo(TargetState.READY));
    }

    @Test
    void aDeletedHandedOverPostIsWithdrawnFromThePlatform() {
        Post post = plan(PostStatus.READY, NINE.plus(Duration.ofDays(2)), facebook);
        outbox.run();

        database.posts().delete(post.id());
        outbox.run();

        assertThat(facebookPlatform.posts).isEmpty();
        assertThat(facebookPlatform.calls).containsExactly("publish", "withdraw");
    }

    @Test
    void withoutAnAccessTokenNothingIsSentAndTheUserIsToldWhichOneIsMissing() {
        secrets.remove(new SecretId(AccountCredentials.ownerOf(mastodon.id()), "access-token"));
        Post post = plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plusSeconds(5));

        Outbox.Report report = outbox.run();

        assertThat(report.anythingFailed()).isTrue();
        assertThat(targetOf(post, mastodon).problem())
                .isEqualTo(Problem.missingSecret(mastodon.name(), "access-token"));
        assertThat(mastodonPlatform.calls).isEmpty();

        secrets.put(new SecretId(AccountCredentials.ownerOf(mastodon.id()), "access-token"), "new-token");
        outbox.run();
        assertThat(mastodonPlatform.live()).isEqualTo(1);
    }

    @Test
    void aPlatformThatCannotBeAskedWaitsForTheUsersAnswer() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        mastodonPlatform.cannotBeAsked();
        mastodonPlatform.then(Next.LOST_BEFORE_CREATING);
        clock.set(NINE.plusSeconds(5));

        outbox.run();
        outbox.run();
        PublishTarget waiting = targetOf(post, mastodon);
        assertThat(waiting.state()).isEqualTo(TargetState.NEEDS_CHECK);
        assertThat(waiting.waitingForUser()).isTrue();
        assertThat(mastodonPlatform.calls).as("asked once, then waits for the user").containsExactly("publish", "check");

        outbox.confirmMissing(waiting.id());
        outbox.run();
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(targetOf(post, mastodon).state()).isEqualTo(TargetState.SENT);
    }

    @Test
    void afterEightFailedAttemptsTheTargetWaitsForTheUser() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        for (int i = 0; i < 8; i++) {
            mastodonPlatform.then(Next.RATE_LIMITED);
        }
        clock.set(NINE.plusSeconds(5));
        for (int i = 0; i < 8; i++) {
            outbox.run();
            clock.advance(Duration.ofHours(1));
        }

        PublishTarget given = targetOf(post, mastodon);
        assertThat(given.state()).isEqualTo(TargetState.FAILED_PERMANENT);
        assertThat(given.failedAttempts()).isEqualTo(8);
        assertThat(mastodonPlatform.live()).isZero();
    }

    @Test
    void afterARestoreWhatMayHaveGoneOutSinceTheBackupWaitsForTheOfficersLook() {
        Post due = plan(PostStatus.READY, NINE, mastodon);
        Post later = plan(PostStatus.READY, NINE.plus(Duration.ofDays(2)), facebook);
        java.nio.file.Path backup = database.backups("test").create(app.herold.domain.backup.BackupKind.MANUAL).file();
        clock.set(NINE.plusSeconds(20));
        outbox.run();
        assertThat(mastodonPlatform.live()).isEqualTo(1);
        assertThat(facebookPlatform.scheduled()).isEqualTo(1);

        database.close();
        app.herold.storage.ZipBackups.restore(backup, dataDirectory,
                app.herold.storage.ZipBackups.folderOf(dataDirectory, ""), clock, "test", false);
        database = Database.open(dataDirectory, clock);
        outbox = newOutbox();
        clock.advance(Duration.ofMinutes(1));
        outbox.run();

        assertThat(mastodonPlatform.live()).as("not sent a second time").isEqualTo(1);
        assertThat(facebookPlatform.posts).as("not handed over a second time").hasSize(1);
        assertThat(List.of(targetOf(due, mastodon), targetOf(later, facebook))).allSatisfy(target -> {
            assertThat(target.state()).isEqualTo(TargetState.NEEDS_CHECK);
            assertThat(target.waitingForUser()).isTrue();
            assertThat(target.problem().key()).isEqualTo("publish.restored");
        });

        outbox.confirmArrived(targetOf(due, mastodon).id(), "https://social.example/@stadt/1");
        outbox.confirmMissing(targetOf(later, facebook).id());
        outbox.run();
        assertThat(targetOf(due, mastodon).state()).isEqualTo(TargetState.SENT);
        assertThat(facebookPlatform.posts).as("handed over again only because the officer said it is not there")
                .hasSize(2);
    }

    @Test
    void aPlanImportedInPlaceOfTheOldOneDoesNotHandOverAgainWhatWasHandedOverBefore() {
        Post later = plan(PostStatus.READY, NINE.plus(Duration.ofDays(2)), facebook);
        outbox.run();
        assertThat(facebookPlatform.scheduled()).isEqualTo(1);

        // What "Plan importieren – ersetzen" does with the file of this very plan.
        app.herold.domain.exchange.PlanData data = database.transfer().read();
        database.transfer().apply(new app.herold.domain.exchange.PlanChanges(true, data.accounts(), List.of(),
                List.of(), List.of(), null, data.posts(), List.of(), List.of(), List.of(), null));
        outbox.run();

        assertThat(facebookPlatform.posts).as("not handed over a second time").hasSize(1);
        assertThat(targetOf(later, facebook).state()).isEqualTo(TargetState.NEEDS_CHECK);
        assertThat(targetOf(later, facebook).problem().key()).isEqualTo("publish.imported");
    }

    @Test
    void aDryRunSaysWhatWouldGoAndChangesNothing() {
        Post post = plan(PostStatus.READY, NINE, mastodon);
        clock.set(NINE.plusSeconds(5));

        Outbox.Report report = outbox.dryRun();

        assertThat(report.of(Outbox.Event.Kind.WOULD_SEND)).hasSize(1);
        assertThat(mastodonPlatform.calls).isEmpty();
        assertThat(outbox.targetsOf(post.id())).isEmpty();
    }
}
