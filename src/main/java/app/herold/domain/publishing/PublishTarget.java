package app.herold.domain.publishing;

import app.herold.domain.channel.AccountId;
import app.herold.domain.post.PostId;
import java.time.Instant;
import java.util.Objects;

/**
 * One post on one channel account, on its way out through the platform's API.
 *
 * @param post null once the post was deleted (a handover is then withdrawn from the platform)
 * @param dueAt when the post is planned to appear
 * @param nextAttemptAt when the outbox looks at it again (a retry, a check), or null for "at the next pass"
 * @param failedAttempts attempts the platform failed; a laptop without network is no attempt
 * @param requestKey the adapter's key, the same for every attempt (Mastodon's Idempotency-Key, Bluesky's rkey)
 * @param problem what the user should know about the last attempt, or null
 * @param fingerprint what was handed over, to notice a change afterwards; empty before a handover
 * @param waitingForUser the platform cannot be asked whether the post arrived; only the user moves it on
 * @param lateApproved the user said "send now" for a missed post
 */
public record PublishTarget(long id, PostId post, AccountId account, TargetState state, Instant dueAt,
                            Instant nextAttemptAt, int failedAttempts, String requestKey, String remoteId,
                            String remoteUrl, Problem problem, String fingerprint, boolean waitingForUser,
                            boolean lateApproved, Instant updatedAt) {

    public PublishTarget {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(dueAt, "dueAt");
        requestKey = requestKey == null ? "" : requestKey;
        remoteId = remoteId == null ? "" : remoteId;
        remoteUrl = remoteUrl == null ? "" : remoteUrl;
        fingerprint = fingerprint == null ? "" : fingerprint;
    }

    /**
     * The target in another state. Refuses a move {@link TargetState} does not allow: that would be a
     * mistake in the outbox, and the one that could post twice.
     */
    public PublishTarget movedTo(TargetState next) {
        if (next != state && !state.canMoveTo(next)) {
            throw new IllegalStateException("a target cannot move from " + state.id() + " to " + next.id());
        }
        return new PublishTarget(id, post, account, next, dueAt, nextAttemptAt, failedAttempts, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget withProblem(Problem newProblem) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, failedAttempts, requestKey, remoteId,
                remoteUrl, newProblem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget withNextAttemptAt(Instant at) {
        return new PublishTarget(id, post, account, state, dueAt, at, failedAttempts, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget withFailedAttempts(int count) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, count, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget withRemote(String newRemoteId, String newRemoteUrl) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, failedAttempts, requestKey,
                newRemoteId, newRemoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget withPlan(Instant newDueAt, String newFingerprint) {
        boolean moved = !newDueAt.equals(dueAt);
        return new PublishTarget(id, post, account, state, newDueAt, nextAttemptAt, failedAttempts, requestKey,
                remoteId, remoteUrl, problem, newFingerprint, waitingForUser, lateApproved && !moved, updatedAt);
    }

    public PublishTarget withWaitingForUser(boolean waiting) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, failedAttempts, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waiting, lateApproved, updatedAt);
    }

    public PublishTarget withLateApproved(boolean approved) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, failedAttempts, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, approved, updatedAt);
    }

    public PublishTarget withRequestKey(String key) {
        return new PublishTarget(id, post, account, state, dueAt, nextAttemptAt, failedAttempts, key, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }

    public PublishTarget detachedFromPost() {
        return new PublishTarget(id, null, account, state, dueAt, nextAttemptAt, failedAttempts, requestKey, remoteId,
                remoteUrl, problem, fingerprint, waitingForUser, lateApproved, updatedAt);
    }
}
