package app.herold.domain.publishing;

import app.herold.domain.channel.AccountId;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.PostId;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where the outbox keeps its targets and attempts. Every method is one transaction and durable on disk
 * when it returns: that an attempt is on disk before the platform is called is what makes a lost answer
 * recoverable without a double post.
 */
public interface OutboxStore {

    /** Every target that is not out yet (not sent, not sent by hand), in due order. */
    List<PublishTarget> openTargets();

    /** Every target of these posts, whatever their state. */
    List<PublishTarget> targetsOf(Collection<PostId> posts);

    Optional<PublishTarget> find(long id);

    /** Adds a target in state READY; if the post already has one for the account, returns that one. */
    PublishTarget create(PostId post, AccountId account, Instant dueAt, String requestKey);

    /** Saves a target's state and fields; the stored state must still be {@code expected}, or nothing changes. */
    PublishTarget update(PublishTarget target, TargetState expected);

    /** Removes a target that never had an attempt (its post is no longer planned for the account). */
    void delete(long targetId);

    /**
     * Moves the target to {@code during} (SENDING for a publish or handover, unchanged for a check) and writes
     * the attempt, in one transaction, before the platform is called.
     */
    PublishAttempt begin(PublishTarget target, TargetState during, AttemptKind kind, Instant at);

    /** Adds to the attempt's journal, durably. */
    void note(long attemptId, String key, String value);

    /**
     * Writes the attempt's outcome and the target's new state together; with a delivery when the post
     * went live, so the delivery log shows it.
     */
    PublishTarget finish(PublishAttempt attempt, PublishTarget target, TargetState expected, Delivery delivery);

    /** Removes an attempt that never reached the platform (no network): it was no attempt. */
    void forget(long attemptId);

    /** The attempts at a target, oldest first. */
    List<PublishAttempt> attemptsOf(long targetId);

    /** The newest attempts of all targets, newest first: the delivery log view. */
    List<PublishAttempt> recentAttempts(int limit);

    /** An account's settings that are not secret (how pictures reach Instagram, …). */
    Map<String, String> optionsOf(AccountId account);

    void saveOptions(AccountId account, Map<String, String> options);
}
