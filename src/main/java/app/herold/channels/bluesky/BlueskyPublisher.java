package app.herold.channels.bluesky;

import app.herold.channels.common.ChannelLimitsFile;
import app.herold.channels.common.PlatformHttp;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Posts to Bluesky through the AT Protocol: sign in with an app password (the session is kept and
 * refreshed, see {@link BlueskySessions}), upload each picture as a blob, then write an
 * {@code app.bsky.feed.post} record into the account's repository (platforms.md, Bluesky "API to publish").
 *
 * <p>Bluesky has no idempotency key, so the record key does that work: Herold chooses a TID per target
 * ({@link #newRequestKey}) and writes every attempt under it. Whether an attempt whose answer was lost
 * arrived is then a look at that one key ({@code getRecord}), and writing a second time under a key that is
 * taken fails instead of posting twice. Bluesky cannot schedule posts, so Herold sends at the time.
 *
 * <p>One instance serves every Bluesky account of a run of Herold: the record keys it makes never repeat
 * ({@link TidSequence}), which two instances could not promise each other. Reads no options.
 */
public final class BlueskyPublisher implements Publisher {

    /** Journal notes written before createRecord: where {@link #check} looks for the record. */
    static final String NOTE_REPO = "did";
    static final String NOTE_SERVICE = "pds";
    static final String NOTE_RECORD_KEY = "rkey";

    private static final String POST = BlueskyPostRecord.POST;

    private final Xrpc xrpc;
    private final BlueskyFailures failures;
    private final BlueskyPostRecord posts;
    private final BlueskySessions sessions;
    private final BlueskyPostLimits postLimits;
    private final TidSequence requestKeys;

    public BlueskyPublisher(PlatformHttp http, Clock clock) {
        this.xrpc = new Xrpc(http);
        this.failures = new BlueskyFailures(clock);
        this.posts = new BlueskyPostRecord(xrpc, failures, clock);
        this.sessions = new BlueskySessions(xrpc, failures);
        this.postLimits = new BlueskyPostLimits(ChannelLimitsFile.load().get(ChannelKind.BLUESKY));
        this.requestKeys = new TidSequence(new SecureRandom().nextInt(1 << Tid.CLOCK_ID_BITS));
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.BLUESKY;
    }

    @Override
    public List<String> secretNames() {
        return List.of(BlueskySessions.APP_PASSWORD);
    }

    /** No post-scheduling lexicon exists; createdAt is only a declared time (platforms.md, "Native scheduling"). */
    @Override
    public Optional<SchedulingWindow> nativeScheduling() {
        return Optional.empty();
    }

    /** A TID (13 characters, sorting by time), later than every key this publisher made before. */
    @Override
    public String newRequestKey(Instant now) {
        return requestKeys.next(now);
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        String recordKey = recordKeyOf(submission);
        Optional<PublishOutcome> refusal = postLimits.refusal(submission);
        if (refusal.isPresent()) {
            return refusal.get();
        }
        BlueskyAccount account = BlueskyAccount.of(submission.account());
        try {
            BlueskyConnection connection = BlueskyConnection.open(sessions, account, credentials);
            List<ObjectNode> images = new ArrayList<>();
            for (int index = 0; index < submission.pictures().size(); index++) {
                images.add(posts.upload(connection, submission.pictures().get(index), index + 1));
            }
            ArrayNode facets = BlueskyFacets.of(submission.text(), handle -> resolve(account, handle));
            ObjectNode record = posts.record(submission.text(), facets, images);
            journal.note(NOTE_REPO, connection.session().did());
            journal.note(NOTE_SERVICE, connection.session().service());
            journal.note(NOTE_RECORD_KEY, recordKey);
            return createRecord(connection, record, recordKey);
        } catch (CallFailed failed) {
            return failed.outcome();
        }
    }

    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        String recordKey = recordKeyOf(submission);
        BlueskyAccount account = BlueskyAccount.of(submission.account());
        String did = journal.get(NOTE_REPO);
        String service = journal.get(NOTE_SERVICE);
        if (did == null || service == null) {
            try {
                BlueskySession session = sessions.open(account, credentials);
                did = session.did();
                service = session.service();
            } catch (CallFailed failed) {
                return new CheckOutcome.CannotTell(BlueskyFailures.problemOf(failed.outcome()));
            }
        }
        PlatformHttp.Answer answer;
        try {
            answer = getRecord(service, did, recordKey);
        } catch (IOException e) {
            return failures.checkTransport(e);
        }
        if (answer.ok()) {
            return new CheckOutcome.Found(uriOf(answer.json(), did, recordKey), account.postLink(did, recordKey), false);
        }
        return isMissing(answer) ? new CheckOutcome.Absent() : failures.cannotTell(answer);
    }

    /** Nothing is ever handed over to Bluesky, so there is nothing to take back. */
    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        return new CheckOutcome.Absent();
    }

    /**
     * Renews the stored session (or signs in when there is none) and names the account by the handle the
     * server gave. The access has no end date to show: the session renews itself with every use, and a new
     * one is made from the app password, which does not expire.
     */
    @Override
    public ConnectionCheck test(ChannelAccount channelAccount, Map<String, String> options, Credentials credentials) {
        BlueskyAccount account = BlueskyAccount.of(channelAccount);
        try {
            Optional<BlueskySession> stored = sessions.stored(account, credentials);
            BlueskySession session = stored.isPresent()
                    ? sessions.renew(account, credentials, stored.get())
                    : sessions.create(account, credentials);
            return ConnectionCheck.ok("@" + (session.handle().isBlank() ? account.identifier() : session.handle()),
                    null);
        } catch (CallFailed failed) {
            return ConnectionCheck.failed(BlueskyFailures.problemOf(failed.outcome()));
        }
    }

    private static String recordKeyOf(Submission submission) {
        if (!Tid.isValid(submission.requestKey())) {
            throw new IllegalArgumentException("A Bluesky target's request key is a TID from newRequestKey, not "
                    + submission.requestKey());
        }
        return submission.requestKey();
    }

    /**
     * Writes the post under its record key. Only a lost answer or a server error leaves the outcome unknown;
     * a refused token, a rate limit and a refused record are answered before anything is written.
     */
    private PublishOutcome createRecord(BlueskyConnection connection, ObjectNode record, String recordKey)
            throws CallFailed {
        PlatformHttp.Answer answer;
        try {
            answer = connection.call(session -> {
                ObjectNode body = PlatformHttp.json().createObjectNode()
                        .put("repo", session.did())
                        .put("collection", POST)
                        .put("rkey", recordKey);
                body.set("record", record);
                return xrpc.procedure(session.service(), "com.atproto.repo.createRecord", body, session.accessJwt());
            });
        } catch (IOException e) {
            return failures.transport(e, true);
        }
        BlueskySession session = connection.session();
        if (answer.ok()) {
            return new PublishOutcome.Published(uriOf(answer.json(), session.did(), recordKey),
                    connection.account().postLink(session.did(), recordKey));
        }
        if (answer.status() == 400 && isTakenKey(answer)) {
            return earlierAttempt(connection, recordKey, answer);
        }
        return failures.of(answer, true);
    }

    /**
     * The repository already holds a record under this key: an earlier attempt wrote it and its answer was
     * lost. The record is read to make sure and reported as the published post; it is never written again.
     * platforms.md (Bluesky "Idempotency") found the repository's "There is already a value at key" but did
     * not confirm how the PDS reports it; a PDS that answers it with HTTP 500 is an unknown outcome, and the
     * check finds the record just the same.
     */
    private PublishOutcome earlierAttempt(BlueskyConnection connection, String recordKey,
                                          PlatformHttp.Answer refusal) {
        BlueskySession session = connection.session();
        PlatformHttp.Answer answer;
        try {
            answer = getRecord(session.service(), session.did(), recordKey);
        } catch (IOException e) {
            return failures.unknown();
        }
        if (answer.ok()) {
            return new PublishOutcome.Published(uriOf(answer.json(), session.did(), recordKey),
                    connection.account().postLink(session.did(), recordKey));
        }
        // The server says the key is taken but shows no record there: sending again would only be refused again.
        return isMissing(answer) ? failures.of(refusal, true) : failures.unknown();
    }

    /** Reads one post record; a public query, answered by the account's own server without a token. */
    private PlatformHttp.Answer getRecord(String service, String did, String recordKey)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("repo", did);
        parameters.put("collection", POST);
        parameters.put("rkey", recordKey);
        return xrpc.query(service, "com.atproto.repo.getRecord", parameters, null);
    }

    /**
     * The DID of a mentioned handle, or empty: a handle that does not resolve (a typo, a deleted account, no
     * answer) leaves the mention as plain text rather than stopping the post.
     */
    private Optional<String> resolve(BlueskyAccount account, String handle) {
        try {
            PlatformHttp.Answer answer = xrpc.query(account.entryway(), "com.atproto.identity.resolveHandle",
                    Map.of("handle", handle), null);
            if (answer.ok()) {
                return Optional.of(answer.json().path("did").asText("")).filter(did -> did.startsWith("did:"));
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /** getRecord's "no such record": 400 RecordNotFound, or InvalidRequest "Could not locate record" (older PDS). */
    private static boolean isMissing(PlatformHttp.Answer answer) {
        Xrpc.Failure failure = Xrpc.Failure.of(answer);
        return answer.status() == 400 && ("RecordNotFound".equals(failure.error())
                || failure.message().startsWith("Could not locate record"));
    }

    private static boolean isTakenKey(PlatformHttp.Answer answer) {
        String message = Xrpc.Failure.of(answer).message().toLowerCase(Locale.ROOT);
        return message.contains("already a value at key") || message.contains("already exists");
    }

    private static String uriOf(JsonNode answer, String did, String recordKey) {
        String uri = answer.path("uri").asText("");
        return uri.isBlank() ? "at://" + did + "/" + POST + "/" + recordKey : uri;
    }
}
