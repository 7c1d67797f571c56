package app.herold.channels.mastodon;

import app.herold.channels.common.ChannelLimitsFile;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Publishes to a Mastodon account through its server's REST API (platforms.md, "Mastodon (REST API)"):
 * pictures with their descriptions to {@code POST /api/v2/media}, then {@code POST /api/v1/statuses},
 * public and in German, with {@code scheduled_at} when the post is handed over to the server's own
 * scheduling.
 *
 * <p>Mastodon is the one network with a real guard against doubles: every attempt at a target sends the
 * same {@code Idempotency-Key} (the target's request key, a random UUID), and for an hour the server
 * answers a repeated key with the status it already made instead of making another.
 *
 * <p>Reads no options: visibility and language are those of a town's public announcements.
 */
public final class MastodonPublisher implements Publisher {

    private static final System.Logger LOG = System.getLogger(MastodonPublisher.class.getName());
    private static final String NETWORK = ChannelKind.MASTODON.brandName();

    /**
     * "scheduled_at must be at least 5 minutes in the future" (platforms.md); half a minute more so that a server
     * clock slightly ahead of the laptop's does not refuse the handover.
     */
    private static final Duration SHORTEST_HANDOVER = Duration.ofMinutes(5).plusSeconds(30);

    /**
     * At least 6 minutes ahead: Mastodon's 5 plus one for the uploads before the status is sent. Mastodon names no
     * latest time; Herold hands over at most 30 days ahead, because a server holds at most 300 scheduled posts and
     * 50 for any one day (mastodon/mastodon PR 9706), and a post handed over months ahead is more often changed
     * and must then be withdrawn from the server and handed over anew.
     */
    private static final SchedulingWindow WINDOW = new SchedulingWindow(Duration.ofMinutes(6), Duration.ofDays(30));

    private final PlatformHttp http;
    private final Clock clock;
    private final PublishFailures failures;
    private final MastodonAnswers answers;
    private final MastodonMedia media;
    private final MastodonCheck statusCheck;
    private final MastodonInstanceLimits defaults;
    /** Each server's limits, read once per account and server address for as long as this publisher lives. */
    private final Map<LimitsKey, MastodonInstanceLimits> serverLimits = new ConcurrentHashMap<>();

    private record LimitsKey(AccountId account, String server) {
    }

    public MastodonPublisher(PlatformHttp http, Clock clock) {
        this(http, clock, Sleeper.REAL);
    }

    /** @param sleeper waits between looks at a picture the server still processes */
    public MastodonPublisher(PlatformHttp http, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.clock = clock;
        this.failures = new PublishFailures(NETWORK, clock);
        this.answers = new MastodonAnswers(failures, clock);
        this.media = new MastodonMedia(failures, answers, sleeper);
        this.statusCheck = new MastodonCheck(answers, clock);
        this.defaults = MastodonInstanceLimits.defaults(ChannelLimitsFile.load().get(ChannelKind.MASTODON));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.MASTODON;
    }

    @Override
    public List<String> secretNames() {
        return List.of(MastodonApi.ACCESS_TOKEN);
    }

    @Override
    public Optional<SchedulingWindow> nativeScheduling() {
        return Optional.of(WINDOW);
    }

    /** A random UUID, sent as the Idempotency-Key on every attempt at the target ("use a UUID", statuses.md). */
    @Override
    public String newRequestKey(Instant now) {
        return UUID.randomUUID().toString();
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        MastodonApi api;
        try {
            api = MastodonApi.open(http, submission.account(), credentials);
        } catch (MastodonApi.CannotOpen e) {
            return e.asPublishOutcome();
        }
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < submission.pictures().size(); i++) {
            try {
                files.add(Files.readAllBytes(submission.pictures().get(i).file()));
            } catch (IOException e) {
                return new PublishOutcome.Refused(Problem.of("publish.mastodon.pictureUnreadable", i + 1));
            }
        }
        Optional<Problem> refusal = limitsOf(submission.account(), api)
                .refusal(submission.text(), submission.pictures());
        if (refusal.isPresent()) {
            return new PublishOutcome.Refused(refusal.get());
        }
        Optional<PublishOutcome> late = tooLateToHandOver(submission);
        if (late.isPresent()) {
            return late.get();
        }
        List<String> mediaIds = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MastodonMedia.Upload upload = media.upload(api, submission.pictures().get(i), files.get(i), i + 1);
            if (upload.failure() != null) {
                return upload.failure();
            }
            mediaIds.add(upload.mediaId());
        }
        late = tooLateToHandOver(submission);
        if (late.isPresent()) {
            return late.get();
        }
        journal.note(MastodonCheck.MEDIA_IDS_NOTE, String.join(",", mediaIds));
        try {
            Answer answer = api.postStatus(MastodonStatuses.form(submission, mediaIds), submission.requestKey());
            return answer.ok() ? made(answer, submission.account()) : answers.statusPostFailed(answer);
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return failures.transport(e, true);
        }
    }

    /** See {@link MastodonCheck}: the repeat under the same key within the hour, a search by text after it. */
    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        MastodonApi api;
        try {
            api = MastodonApi.open(http, submission.account(), credentials);
        } catch (MastodonApi.CannotOpen e) {
            return new CheckOutcome.CannotTell(e.problem());
        }
        try {
            return statusCheck.check(api, submission, journal, remoteId);
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return failures.checkTransport(e);
        }
    }

    /**
     * Takes a handed-over post out of the server's schedule. When the schedule no longer holds it, the server
     * cannot say whether it went out at its time or was deleted on Mastodon: a published status keeps no trace of
     * the scheduled one it came from, and this call knows neither the text nor the time to look for. So the user
     * is asked rather than told something Herold cannot know.
     */
    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        MastodonApi api;
        try {
            api = MastodonApi.open(http, account, credentials);
        } catch (MastodonApi.CannotOpen e) {
            return new CheckOutcome.CannotTell(e.problem());
        }
        try {
            Answer answer = api.deleteScheduledStatus(remoteId);
            if (answer.ok()) {
                return new CheckOutcome.Absent();
            }
            if (answer.status() == 404) {
                return new CheckOutcome.AskUser(Problem.of("publish.mastodon.scheduledGone", account.name()));
            }
            return answers.cannotTell(answer);
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return failures.checkTransport(e);
        }
    }

    /** Reads who the token belongs to. Mastodon tokens do not expire (oauth-tokens.md), so no end date. */
    @Override
    public ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials) {
        MastodonApi api;
        try {
            api = MastodonApi.open(http, account, credentials);
        } catch (MastodonApi.CannotOpen e) {
            return ConnectionCheck.failed(e.problem());
        }
        try {
            Answer answer = api.verifyCredentials();
            if (answer.ok()) {
                JsonNode me = answer.json();
                return ConnectionCheck.ok("@" + MastodonAnswers.text(me, "username") + "@" + hostOf(me, api), null);
            }
            return ConnectionCheck.failed(answers.cannotTell(answer).problem());
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return ConnectionCheck.failed(Problem.of(e instanceof PlatformHttp.NotSent ? "publish.offline"
                    : "publish.noAnswer", NETWORK));
        }
    }

    private MastodonInstanceLimits limitsOf(ChannelAccount account, MastodonApi api) {
        LimitsKey key = new LimitsKey(account.id(), api.base());
        MastodonInstanceLimits known = serverLimits.get(key);
        if (known != null) {
            return known;
        }
        try {
            Answer instance = api.instance();
            if (instance.ok()) {
                MastodonInstanceLimits read = defaults.readFrom(instance.json());
                serverLimits.put(key, read);
                return read;
            }
            LOG.log(System.Logger.Level.INFO, () -> "Mastodon server " + api.host() + " gave no limits (HTTP " + instance.status()
                    + "); the defaults apply to this post");
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            LOG.log(System.Logger.Level.INFO, () -> "Mastodon server limits not read: " + e.getMessage()
                    + "; the defaults apply to this post");
        }
        // Not kept: the next post asks the server again.
        return defaults;
    }

    /**
     * A handover whose time is too close for the server to take it, because the laptop was late or the uploads
     * took that long. Nothing is made; the retry comes at the post's time, when the outbox sends it itself, which
     * is what the user planned, rather than a refusal from the server for a few seconds.
     */
    private Optional<PublishOutcome> tooLateToHandOver(Submission submission) {
        Instant publishAt = submission.publishAt();
        if (publishAt == null) {
            return Optional.empty();
        }
        Duration ahead = Duration.between(clock.instant(), publishAt);
        if (ahead.compareTo(SHORTEST_HANDOVER) >= 0) {
            return Optional.empty();
        }
        return Optional.of(new PublishOutcome.Retry(Problem.of("publish.mastodon.tooLateToHandOver"),
                ahead.isNegative() ? Duration.ZERO : ahead));
    }

    /** A Status (live, with its address) or a ScheduledStatus (waiting on the server for its time). */
    private PublishOutcome made(Answer answer, ChannelAccount account) {
        JsonNode body = answer.json();
        String id = MastodonAnswers.text(body, "id");
        if (id.isEmpty()) {
            return new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", NETWORK, answer.status()));
        }
        if (MastodonStatuses.isScheduled(body)) {
            return new PublishOutcome.HandedOver(id, account.joinLink());
        }
        return new PublishOutcome.Published(id, MastodonStatuses.urlOf(body));
    }

    private static String hostOf(JsonNode me, MastodonApi api) {
        try {
            String host = URI.create(MastodonAnswers.text(me, "url")).getHost();
            return host == null ? api.host() : host;
        } catch (IllegalArgumentException e) {
            return api.host();
        }
    }
}
