package app.herold.channels.instagram;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Publishes to an Instagram professional account through the Graph API's content publishing
 * (platforms.md "Instagram"): the pictures are put where Meta can fetch them ({@link PublicPictures}),
 * a media container is made (a carousel of item containers for 2 to 10 pictures), and
 * {@code media_publish} turns it into the post.
 *
 * <p>Instagram has no idempotency key; the container is the guard. Its id is noted in the journal as
 * {@value #CONTAINER} the moment Instagram names it, before any other call, and its {@code status_code}
 * tells afterwards whether a post was made (PUBLISHED) or not (FINISHED, ERROR, EXPIRED). Other notes:
 * {@code carousel-item-N} (item containers), {@code page-photo-N} (unpublished Page photos),
 * {@value #CONTAINER_DEAD} (a container Meta gave up on) and {@value #RESTRICTED} (a container whose
 * publishing Meta answered with "restricted activity").
 *
 * <p>Options: {@value InstagramAccounts#IG_USER_ID} (needed with Facebook Login), the picture route (see
 * {@link PublicPictures}). Secrets: {@value #ACCESS_TOKEN}, and {@value PublicPictures#PAGE_TOKEN} for the
 * route through a Facebook Page. Instagram has no scheduling of its own, so Herold sends at the time.
 */
public final class InstagramPublisher implements Publisher {

    /**
     * The Instagram API with Facebook Login. An account using Instagram Login sets its base URL to
     * {@code https://graph.instagram.com/v21.0} instead (platforms.md "Two API flavours").
     */
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0";
    /** A carousel holds 2 to 10 pictures (platforms.md "Carousel", several third parties). */
    static final int MOST_PICTURES = 10;
    static final String ACCESS_TOKEN = "access-token";
    static final String CONTAINER = "container";
    static final String CONTAINER_DEAD = "container-dead";
    static final String RESTRICTED = "restricted";
    private static final String NETWORK = "Instagram";

    private final PlatformHttp http;
    private final GraphFailures failures;
    private final MediaContainers containers;
    private final PublicPictures pictures;
    private final InstagramAccounts accounts;
    private final PreparedContainers prepared = new PreparedContainers();

    public InstagramPublisher(PlatformHttp http, Clock clock) {
        this(http, clock, Sleeper.REAL);
    }

    InstagramPublisher(PlatformHttp http, Clock clock, Sleeper sleeper) {
        this.http = http;
        this.failures = new GraphFailures(NETWORK, clock);
        this.containers = new MediaContainers(sleeper, failures);
        this.pictures = new PublicPictures(http, clock);
        this.accounts = new InstagramAccounts(failures);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.INSTAGRAM;
    }

    /** The Page token is needed only when pictures reach Instagram through the Facebook Page. */
    @Override
    public List<String> secretNames() {
        return List.of(ACCESS_TOKEN);
    }

    /** The linked Facebook Page's token: only when pictures reach Instagram through the Page. */
    @Override
    public List<String> optionalSecretNames() {
        return List.of(PublicPictures.PAGE_TOKEN);
    }

    @Override
    public Optional<SchedulingWindow> nativeScheduling() {
        return Optional.empty();
    }

    /** Instagram takes no request key; this one only keys the reuse of a target's container. */
    @Override
    public String newRequestKey(Instant now) {
        return UUID.randomUUID().toString();
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        try {
            requireFitPictures(submission.pictures());
            GraphApi graph = graph(submission.account(), credentials);
            String igUserId = accounts.igUserId(graph, options);
            Optional<String> reuseKey = PreparedContainers.key(submission, igUserId);
            Optional<String> reusable = reuseKey.flatMap(prepared::find);
            if (reusable.isPresent() && stillUsable(graph, reusable.get(), reuseKey.get(), journal)) {
                journal.note(CONTAINER, reusable.get());
                return publishContainer(graph, igUserId, reusable.get(), submission, options, reuseKey, journal);
            }
            String container = prepare(graph, igUserId, submission, options, credentials, journal);
            reuseKey.ifPresent(key -> prepared.remember(key, container));
            return publishContainer(graph, igUserId, container, submission, options, reuseKey, journal);
        } catch (StepFailed failed) {
            return failed.outcome();
        }
    }

    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        String container = journal.getOrDefault(CONTAINER, "");
        if (container.isBlank() || container.equals(journal.get(CONTAINER_DEAD))) {
            // Without a container nothing can have been published; a dead one can never be.
            return new CheckOutcome.Absent();
        }
        try {
            GraphApi graph = graph(submission.account(), credentials);
            PlatformHttp.Answer answer = graph.get("/" + container, "fields", "status_code");
            if (!answer.ok()) {
                return failures.checkFailure(answer);
            }
            ContainerStatus status = ContainerStatus.of(answer.json().path("status_code").asText(null));
            if (status == ContainerStatus.PUBLISHED) {
                return accounts.found(graph, options, submission.text());
            }
            if (status == ContainerStatus.UNKNOWN) {
                return new CheckOutcome.CannotTell(Problem.of("publish.unexpectedAnswer", NETWORK, answer.status()));
            }
            if (status == ContainerStatus.FINISHED && container.equals(journal.get(RESTRICTED))) {
                // Meta called the account restricted when this container was to be published: sending again by
                // itself would repeat what looks like spam to Meta, so the officer looks in the app.
                return new CheckOutcome.AskUser(Problem.of(GraphFailures.RESTRICTED_PROBLEM));
            }
            if (!status.dead()) {
                rememberForNextAttempt(graph, submission, options, container);
            }
            return new CheckOutcome.Absent();
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return failures.checkTransport(e);
        } catch (StepFailed failed) {
            return new CheckOutcome.CannotTell(failed.problem());
        }
    }

    /** Instagram holds no scheduled posts for Herold, so there is never anything to take back. */
    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        return new CheckOutcome.Absent();
    }

    @Override
    public ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials) {
        try {
            GraphApi graph = graph(account, credentials);
            InstagramAccounts.Identity identity;
            try {
                identity = accounts.identity(graph, options, true);
            } catch (StepFailed failed) {
                List<String> reachable = failed.problem().key().equals(InstagramAccounts.NEEDS_USER_ID)
                        ? accounts.reachableThroughFacebook(graph) : List.of();
                if (reachable.isEmpty()) {
                    throw failed;
                }
                return ConnectionCheck.failed(
                        Problem.of("publish.instagram.enterUserId", String.join(", ", reachable)));
            }
            return pictures.settingsProblem(options, credentials, account.name())
                    .map(ConnectionCheck::failed)
                    .orElseGet(() -> ConnectionCheck.ok(identity.label(), null));
        } catch (StepFailed failed) {
            return ConnectionCheck.failed(failed.problem());
        }
    }

    /**
     * Instagram needs a picture, at most ten, each JPEG ("JPEG is the only image format supported",
     * platforms.md "Media rules"). The picture pipeline prepares them so; this catches what slipped past.
     */
    private static void requireFitPictures(List<Picture> pictures) throws StepFailed {
        if (pictures.isEmpty()) {
            throw refused("publish.instagram.needsPicture");
        }
        if (pictures.size() > MOST_PICTURES) {
            throw refused("publish.instagram.tooManyPictures", MOST_PICTURES, pictures.size());
        }
        for (Picture picture : pictures) {
            if (!"image/jpeg".equalsIgnoreCase(picture.mediaType())) {
                throw refused("publish.instagram.onlyJpeg", picture.file().getFileName());
            }
        }
    }

    /** The picture route, then one container, or item containers and the carousel's container. */
    private String prepare(GraphApi graph, String igUserId, Submission submission, Map<String, String> options,
                           Credentials credentials, Journal journal) throws StepFailed {
        List<Picture> list = submission.pictures();
        List<String> addresses = pictures.publish(list, options, credentials, graph.base(),
                submission.account().name(), journal);
        if (list.size() == 1) {
            String container = containers.createImage(graph, igUserId, addresses.get(0), submission.text(),
                    list.get(0).altText());
            journal.note(CONTAINER, container);
            return container;
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String item = containers.createCarouselItem(graph, igUserId, addresses.get(i), list.get(i).altText());
            journal.note("carousel-item-" + (i + 1), item);
            items.add(item);
        }
        // A carousel made of items still processing fails with "Media ID is not available" (exileum/meta-mcp#138).
        for (String item : items) {
            if (containers.awaitProcessed(graph, item) != ContainerStatus.FINISHED) {
                journal.note(CONTAINER_DEAD, item);
                throw new StepFailed(new PublishOutcome.Retry(Problem.of("publish.instagram.containerFailed"), null));
            }
        }
        String carousel = containers.createCarousel(graph, igUserId, items, submission.text());
        journal.note(CONTAINER, carousel);
        return carousel;
    }

    /** Waits for the container to be processed, then publishes it: the one call that makes the post. */
    private PublishOutcome publishContainer(GraphApi graph, String igUserId, String container, Submission submission,
                                            Map<String, String> options, Optional<String> reuseKey, Journal journal)
            throws StepFailed {
        ContainerStatus status = containers.awaitProcessed(graph, container);
        if (status == ContainerStatus.PUBLISHED) {
            // Only a reused container: an earlier attempt's post went live after all.
            reuseKey.ifPresent(prepared::forget);
            CheckOutcome.Found found = accounts.found(graph, options, submission.text());
            return new PublishOutcome.Published(found.remoteId(), found.url());
        }
        if (status.dead()) {
            journal.note(CONTAINER_DEAD, container);
            reuseKey.ifPresent(prepared::forget);
            return new PublishOutcome.Retry(Problem.of("publish.instagram.containerFailed"), null);
        }
        String mediaId;
        try {
            mediaId = containers.publish(graph, igUserId, container);
        } catch (StepFailed failed) {
            if (failed.problem().key().equals(GraphFailures.RESTRICTED_PROBLEM)) {
                journal.note(RESTRICTED, container);
            }
            throw failed;
        }
        reuseKey.ifPresent(prepared::forget);
        String permalink = containers.permalink(graph, mediaId);
        return new PublishOutcome.Published(mediaId, permalink.isEmpty() ? profileUrl(graph, options) : permalink);
    }

    /**
     * Whether a remembered container can still be published (or was): a dead or vanished one is dropped and
     * a new one made, which is safe, as an unpublished container is no post.
     */
    private boolean stillUsable(GraphApi graph, String container, String reuseKey, Journal journal) throws StepFailed {
        ContainerStatus status;
        try {
            status = containers.status(graph, container);
        } catch (StepFailed unreadable) {
            if (!(unreadable.outcome() instanceof PublishOutcome.Refused)) {
                throw unreadable;
            }
            prepared.forget(reuseKey);
            return false;
        }
        if (status.dead()) {
            journal.note(CONTAINER_DEAD, container);
            prepared.forget(reuseKey);
            return false;
        }
        return true;
    }

    /**
     * A container that was not published is published by the next attempt, so that it becomes at most one
     * post even if Meta should still publish it late. Best effort: without it a new container is made.
     */
    private void rememberForNextAttempt(GraphApi graph, Submission submission, Map<String, String> options,
                                        String container) {
        try {
            PreparedContainers.key(submission, accounts.igUserId(graph, options))
                    .ifPresent(key -> prepared.remember(key, container));
        } catch (StepFailed unknownAccountOrPicture) {
            // Nothing to remember by: the next attempt makes a new container.
        }
    }

    private String profileUrl(GraphApi graph, Map<String, String> options) {
        try {
            return accounts.identity(graph, options, false).profileUrl();
        } catch (StepFailed unreadable) {
            return "";
        }
    }

    private GraphApi graph(ChannelAccount account, Credentials credentials) throws StepFailed {
        String base = account.baseUrl().isEmpty() ? DEFAULT_BASE_URL : account.baseUrl();
        try {
            return new GraphApi(http, base, credentials.require(ACCESS_TOKEN));
        } catch (Credentials.MissingSecretException missing) {
            throw new StepFailed(new PublishOutcome.AccessLost(
                    Problem.missingSecret(account.name(), ACCESS_TOKEN)));
        }
    }

    private static StepFailed refused(String key, Object... arguments) {
        return new StepFailed(new PublishOutcome.Refused(Problem.of(key, arguments)));
    }
}
