package app.herold.channels;

import static app.herold.channels.common.StandInServer.path;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.StandInServer.Reply;
import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.Preparation;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.RetryPolicy;
import app.herold.domain.publishing.TargetState;
import app.herold.domain.secrets.MemorySecretStore;
import app.herold.domain.secrets.SecretStore;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The faults end to end: the outbox on the real H2, the real Mastodon adapter over HTTP, and a
 * local Mastodon that fails as platforms do. Each test asserts how many posts the server holds (never
 * two), where the target ends with what message, and that the post itself is untouched.
 */
class OutboxAgainstStandInTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String TEXT = "Die Lindenstraße ist ab Montag voll gesperrt. Umleitung über den Markt. #Meerane";

    @TempDir
    Path dataDirectory;

    private final MastodonStandIn mastodon = new MastodonStandIn(Clock.systemUTC());
    private final MovingClock clock = new MovingClock(Instant.now());
    private Database database;
    private Outbox outbox;
    private Post post;

    @BeforeEach
    void plan() {
        database = Database.open(dataDirectory, clock);
        ChannelAccount account = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Mastodon",
                ChannelKind.MASTODON, "", mastodon.baseUrl(), "@stadtmeerane"));
        SecretStore secrets = new MemorySecretStore();
        new AccountCredentials(secrets, account.id()).put("access-token", MastodonStandIn.TOKEN);
        post = database.posts().save(new Post(null, "Sperrung Lindenstraße", TEXT,
                new Schedule(clock.instant().minusSeconds(30), BERLIN), PostStatus.READY, Set.of(ChannelKind.MASTODON),
                List.of(), "", List.of(), null, null).withAccounts(List.of(account.id())));
        // A short wait for answers, so "the server took the post and went silent" is quick to test.
        PlatformHttp http = PlatformHttp.standard().withAnswerTimeout(Duration.ofSeconds(2));
        outbox = new Outbox(database.outbox(), database.posts(), database.accounts(), database.deliveries(),
                Publishers.all(http, clock), (planned, to) -> new Preparation.Prepared(planned.text(), List.of()),
                secrets, clock, RetryPolicy.DEFAULT, MissedTargets.DEFAULT, () -> 0.5);
    }

    @AfterEach
    void close() {
        database.close();
        mastodon.close();
    }

    private PublishTarget target() {
        return outbox.targetsOf(post.id()).get(0);
    }

    private void postUntouched() {
        assertThat(database.posts().find(post.id()).orElseThrow().text()).isEqualTo(TEXT);
    }

    @Test
    void theServerTakesThePostAndGoesSilent() {
        mastodon.server().silentAfterWorkNext(path("POST", "/api/v1/statuses"));

        outbox.run();
        outbox.run();

        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(target().state()).isEqualTo(TargetState.SENT);
        assertThat(target().remoteUrl()).contains("/@stadtmeerane/");
        postUntouched();
    }

    @Test
    void theServerAnswers500AfterCreatingThePost() {
        mastodon.server().failAfterWorkNext(path("POST", "/api/v1/statuses"), Reply.json(500, "{\"error\":\"oops\"}"));

        outbox.run();
        outbox.run();

        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(target().state()).isEqualTo(TargetState.SENT);
        postUntouched();
    }

    @Test
    void aRateLimitIsWaitedOutAsTheServerAsks() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"),
                new Reply(429, "{\"error\":\"Too many requests\"}", Map.of("Retry-After", "120")));

        outbox.run();
        PublishTarget waiting = target();
        clock.advance(Duration.ofSeconds(90));
        outbox.run();
        assertThat(mastodon.posts()).as("not before the two minutes").isZero();
        clock.advance(Duration.ofSeconds(40));
        outbox.run();

        assertThat(waiting.state()).isEqualTo(TargetState.FAILED_RETRYABLE);
        assertThat(waiting.problem()).isEqualTo(Problem.of("publish.rateLimited", "Mastodon"));
        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(target().state()).isEqualTo(TargetState.SENT);
        postUntouched();
    }

    @Test
    void anExpiredTokenWaitsForNewAccessWithWhatToDo() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"),
                Reply.json(401, "{\"error\":\"The access token is invalid\"}"));

        Outbox.Report report = outbox.run();
        outbox.run();

        assertThat(mastodon.posts()).isZero();
        assertThat(report.anythingFailed()).isTrue();
        assertThat(target().state()).isEqualTo(TargetState.FAILED_PERMANENT);
        assertThat(target().problem()).isEqualTo(Problem.of("publish.accessExpired", "Mastodon"));
        postUntouched();
    }

    @Test
    void refusedContentWaitsForTheUserWithTheServersReason() {
        mastodon.server().refuseNext(path("POST", "/api/v1/statuses"),
                Reply.json(422, "{\"error\":\"Validation failed: Text character limit of 500 exceeded\"}"));

        outbox.run();

        assertThat(mastodon.posts()).isZero();
        assertThat(target().state()).isEqualTo(TargetState.FAILED_PERMANENT);
        assertThat(target().problem()).isEqualTo(Problem.of("publish.refused", "Mastodon",
                "Validation failed: Text character limit of 500 exceeded"));
        postUntouched();
    }

    @Test
    void withoutNetworkThePostWaitsAndGoesOnceTheNetworkIsBack() {
        mastodon.server().down();

        outbox.run();
        PublishTarget offline = target();
        mastodon.server().up();
        clock.advance(Duration.ofSeconds(31));
        outbox.run();
        outbox.run();

        assertThat(offline.state()).isEqualTo(TargetState.FAILED_RETRYABLE);
        assertThat(offline.problem()).isEqualTo(Problem.of("publish.offline", "Mastodon"));
        assertThat(offline.failedAttempts()).as("no network is no attempt").isZero();
        assertThat(mastodon.posts()).isEqualTo(1);
        assertThat(target().state()).isEqualTo(TargetState.SENT);
        postUntouched();
    }

    /** Time that the test moves on, as the minutes pass between two passes. */
    private static final class MovingClock extends Clock {
        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return BERLIN;
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
