package app.herold.channels.facebook;

import app.herold.channels.common.FormBody;
import app.herold.channels.common.Multipart;
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
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts to a Facebook Page through the Graph API with a Page access token (platforms.md, "Facebook
 * Pages"). With a Page token {@code me} is the Page itself; when the account's handle is the Page's
 * numeric id, that id is used instead. Text goes to {@code /feed}; one picture posted now goes to
 * {@code /photos} with its text; several pictures, and every picture of a handed-over post, are uploaded
 * unpublished to {@code /photos} and attached to one {@code /feed} post.
 *
 * <p>Graph has no idempotency key, so the request key only names the target, and a call that may have
 * created the post (a lost answer, a 5xx, Graph errors 1 and 2) is reported as unknown; {@link #check}
 * then looks for the post by its text in the Page's scheduled posts and feed.
 */
public final class FacebookPublisher implements Publisher {

    /** The Graph API version Herold was written against; Meta keeps each version for about two years. */
    public static final String DEFAULT_BASE_URL = "https://graph.facebook.com/v21.0";
    public static final String PAGE_ACCESS_TOKEN = "page-access-token";
    /** The Meta app's id and secret: only for reading the token's expiry and for {@link FacebookTokenExchange}. */
    public static final String APP_ID = "app-id";
    public static final String APP_SECRET = "app-secret";

    /**
     * Facebook schedules "between 10 minutes and 30 days from the time of the API request" (platforms.md,
     * "Native scheduling"). Five minutes more at the near end cover the uploads of several pictures before
     * the creating call and a laptop clock that runs behind; a day less at the far end keeps a post handed
     * over late in the evening clear of the limit whatever the clocks and time zones say.
     */
    public static final SchedulingWindow SCHEDULING = new SchedulingWindow(Duration.ofMinutes(15), Duration.ofDays(29));

    /** Written before the call that creates the post: from when {@link #check} reads the Page's feed. */
    static final String NOTE_REQUESTED_AT = "requestedAt";
    /** Prefix of the notes of uploaded, still unpublished photos ({@code photo.0}, {@code photo.1}, …). */
    static final String NOTE_PHOTO = "photo.";

    private final PlatformHttp http;
    private final Clock clock;
    private final GraphOutcomes outcomes;

    public FacebookPublisher(PlatformHttp http, Clock clock) {
        this.http = http;
        this.clock = clock;
        this.outcomes = new GraphOutcomes(clock);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.FACEBOOK;
    }

    /** Only the Page access token is needed to post; the app's id and secret are optional (see {@link #APP_ID}). */
    @Override
    public List<String> secretNames() {
        return List.of(PAGE_ACCESS_TOKEN);
    }

    /** The Meta app's id and secret: for the token's expiry in the connection test and the long-lived exchange. */
    @Override
    public List<String> optionalSecretNames() {
        return List.of(APP_ID, APP_SECRET);
    }

    @Override
    public Optional<SchedulingWindow> nativeScheduling() {
        return Optional.of(SCHEDULING);
    }

    /** Graph takes no idempotency key: a random UUID that only names the target in Herold's records. */
    @Override
    public String newRequestKey(Instant now) {
        return UUID.randomUUID().toString();
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        ChannelAccount account = submission.account();
        Optional<String> token = pageToken(credentials);
        if (token.isEmpty()) {
            return new PublishOutcome.AccessLost(missingToken(account));
        }
        List<byte[]> pictures = new ArrayList<>();
        for (Picture picture : submission.pictures()) {
            try {
                pictures.add(Files.readAllBytes(picture.file()));
            } catch (IOException | SecurityException unreadable) {
                // Read before the first call, so that a lost file leaves no half-made post behind.
                return new PublishOutcome.Refused(Problem.of("error.image.unreadable", fileName(picture)));
            }
        }
        GraphClient graph = new GraphClient(http, account.baseUrl(), token.get());
        String page = pageNode(account);
        if (pictures.size() == 1 && submission.publishAt() == null) {
            return photoPost(graph, page, submission, pictures.get(0), journal);
        }
        List<String> photoIds = new ArrayList<>();
        for (int index = 0; index < pictures.size(); index++) {
            Upload upload = upload(graph, page, submission, index, pictures.get(index));
            if (upload.failure() != null) {
                return upload.failure();
            }
            journal.note(NOTE_PHOTO + index, upload.photoId());
            photoIds.add(upload.photoId());
        }
        return feedPost(graph, page, submission, photoIds, journal);
    }

    /** A text post, or the post that carries the uploaded photos; published now or handed over. */
    private PublishOutcome feedPost(GraphClient graph, String page, Submission submission, List<String> photoIds,
                                    Journal journal) {
        FormBody form = new FormBody();
        if (!submission.text().isBlank() || photoIds.isEmpty()) {
            form.add("message", submission.text());
        }
        for (int index = 0; index < photoIds.size(); index++) {
            form.add("attached_media[" + index + "]", PlatformHttp.json().createObjectNode()
                    .put("media_fbid", photoIds.get(index)).toString());
        }
        if (submission.publishAt() != null) {
            form.add("published", "false");
            form.add("scheduled_publish_time", Long.toString(submission.publishAt().getEpochSecond()));
        }
        journal.note(NOTE_REQUESTED_AT, clock.instant().toString());
        try {
            return created(graph.post(page + "/feed", form), "id", submission);
        } catch (IOException lost) {
            return outcomes.transport(lost, true);
        }
    }

    /**
     * One picture posted now: one call makes photo and post. Meta answers with the photo's {@code id} and
     * the {@code post_id} of the post that shows it; the post is what the feed and the link know.
     */
    private PublishOutcome photoPost(GraphClient graph, String page, Submission submission, byte[] content,
                                     Journal journal) {
        Picture picture = submission.pictures().get(0);
        Multipart body = withAltText(new Multipart(), picture)
                .file("source", fileName(picture), picture.mediaType(), content);
        if (!submission.text().isBlank()) {
            body.field("message", submission.text());
        }
        journal.note(NOTE_REQUESTED_AT, clock.instant().toString());
        try {
            return created(graph.post(page + "/photos", body), "post_id", submission);
        } catch (IOException lost) {
            return outcomes.transport(lost, true);
        }
    }

    /**
     * An unpublished photo for a post with several pictures, or for a handed-over post. Pictures of a
     * handed-over post go this way too (rather than {@code /photos} with a scheduled time), so that every
     * handover is a {@code /feed} post whose id, state and scheduled time can be read back with the Post
     * fields platforms.md names. {@code temporary=true} keeps the unpublished photo until the post's time.
     */
    private Upload upload(GraphClient graph, String page, Submission submission, int index, byte[] content) {
        Picture picture = submission.pictures().get(index);
        Multipart body = withAltText(new Multipart(), picture).field("published", "false");
        if (submission.publishAt() != null) {
            body.field("temporary", "true");
        }
        body.file("source", fileName(picture), picture.mediaType(), content);
        try {
            PlatformHttp.Answer answer = graph.post(page + "/photos", body);
            if (!answer.ok()) {
                return new Upload(null, outcomes.failed(answer, false));
            }
            String photoId = answer.json().path("id").asText("");
            return photoId.isBlank() ? new Upload(null, outcomes.failures().unexpected(answer.status()))
                    : new Upload(photoId, null);
        } catch (IOException lost) {
            // An unpublished photo is no post: sending it again cannot make a double.
            return new Upload(null, outcomes.transport(lost, false));
        }
    }

    private record Upload(String photoId, PublishOutcome failure) {
    }

    /**
     * Alt text as {@code alt_text_custom}: best effort. Meta's Business SDK lists it as a photo-creation
     * parameter, but the Page docs read do not (platforms.md, Facebook "Alt text", unconfirmed). Should a
     * Page refuse the field, Meta's own message says so as a refused post rather than a silent loss.
     */
    private static Multipart withAltText(Multipart body, Picture picture) {
        return picture.altText().isBlank() ? body : body.field("alt_text_custom", picture.altText());
    }

    private PublishOutcome created(PlatformHttp.Answer answer, String idField, Submission submission) {
        if (!answer.ok()) {
            return outcomes.failed(answer, true);
        }
        String remoteId = answer.json().path(idField).asText("");
        if (remoteId.isBlank()) {
            remoteId = answer.json().path("id").asText("");
        }
        if (remoteId.isBlank()) {
            // Accepted, yet without an id: the post may well exist, so it is looked for, never sent again.
            return new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", GraphOutcomes.NETWORK, answer.status()));
        }
        return submission.publishAt() == null
                ? new PublishOutcome.Published(remoteId, postUrl(remoteId))
                : new PublishOutcome.HandedOver(remoteId, postUrl(remoteId));
    }

    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        Optional<String> token = pageToken(credentials);
        if (token.isEmpty()) {
            return new CheckOutcome.CannotTell(missingToken(submission.account()));
        }
        return finder(submission.account(), token.get()).check(submission, journal, remoteId);
    }

    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        Optional<String> token = pageToken(credentials);
        if (token.isEmpty()) {
            return new CheckOutcome.CannotTell(missingToken(account));
        }
        return finder(account, token.get()).withdraw(remoteId);
    }

    @Override
    public ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials) {
        Optional<String> token = pageToken(credentials);
        if (token.isEmpty()) {
            return ConnectionCheck.failed(missingToken(account));
        }
        return new ConnectionProbe(http, outcomes).test(account, pageNode(account), token.get(),
                credentials.get(APP_ID), credentials.get(APP_SECRET));
    }

    private FacebookPostFinder finder(ChannelAccount account, String token) {
        return new FacebookPostFinder(new GraphClient(http, account.baseUrl(), token), pageNode(account), outcomes, clock);
    }

    /** The Page's numeric id when the handle holds one, otherwise {@code me}, which a Page token makes the Page. */
    static String pageNode(ChannelAccount account) {
        String handle = account.handle();
        return !handle.isEmpty() && handle.chars().allMatch(Character::isDigit) ? handle : "me";
    }

    /** Post ids are {@code <page id>_<post id>}; facebook.com opens a post by that id. */
    static String postUrl(String postId) {
        return "https://www.facebook.com/" + postId;
    }

    private static Optional<String> pageToken(Credentials credentials) {
        return credentials.get(PAGE_ACCESS_TOKEN).filter(token -> !token.isBlank());
    }

    private static Problem missingToken(ChannelAccount account) {
        return Problem.missingSecret(account.name(), PAGE_ACCESS_TOKEN);
    }

    private static String fileName(Picture picture) {
        return picture.file().getFileName() == null ? "picture" : picture.file().getFileName().toString();
    }
}
