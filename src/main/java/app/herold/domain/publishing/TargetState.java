package app.herold.domain.publishing;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where one target of a post (the post on one channel account) stands on its way out. The ids are
 * written to the delivery log and shown by commands, so they never change.
 *
 * <p>The moves between states are the outbox's promise never to post twice: a target only reaches
 * {@link #SENDING} from {@link #QUEUED}, the attempt is recorded before the call, and an outcome that
 * cannot be known ({@link #NEEDS_CHECK}) goes back to the queue only after the platform was asked
 * whether the post exists, never by itself.
 */
public enum TargetState {
    /** Planned and marked ready, not yet due. */
    READY("ready"),
    /** Due (or within the platform's scheduling window) and waiting for its turn. */
    QUEUED("queued"),
    /** An attempt is recorded and the call to the platform is under way. */
    SENDING("sending"),
    /** Live on the platform. */
    SENT("sent"),
    /** Handed to the platform's own scheduling; it goes live at its time even with the laptop closed. */
    SCHEDULED_ON_PLATFORM("scheduled-on-platform"),
    /** Failed in a way that may pass (network, rate limit, server error before acceptance); retried later. */
    FAILED_RETRYABLE("failed-retryable"),
    /** Failed in a way a retry cannot mend (content refused, expired access); waits for the user. */
    FAILED_PERMANENT("failed-permanent"),
    /** The platform may or may not have the post (timeout after sending, connection reset): to be asked. */
    NEEDS_CHECK("needs-check"),
    /** The user posted it by hand (WhatsApp, or after a failure) and said so. */
    SENT_MANUALLY("sent-manually"),
    /** The user decided it should not go out on this account (a missed post that is out of date). */
    SKIPPED("skipped");

    private final String id;

    TargetState(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Whether nothing more happens to the target: it is out. */
    public boolean isFinal() {
        return this == SENT || this == SENT_MANUALLY;
    }

    /** The states this one may move to; anything else is a mistake in the outbox, not a choice. */
    public Set<TargetState> next() {
        return switch (this) {
            case READY -> EnumSet.of(QUEUED, SENT_MANUALLY, SKIPPED);
            // Back to READY when the post is moved to a later day or taken back from "Bereit".
            case QUEUED -> EnumSet.of(SENDING, READY, SENT_MANUALLY, SKIPPED);
            case SENDING -> EnumSet.of(SENT, SCHEDULED_ON_PLATFORM, FAILED_RETRYABLE, FAILED_PERMANENT, NEEDS_CHECK);
            case FAILED_RETRYABLE -> EnumSet.of(QUEUED, READY, FAILED_PERMANENT, SENT_MANUALLY, SKIPPED);
            // Only what the platform answered about the attempt decides; QUEUED when it has no such post.
            case NEEDS_CHECK -> EnumSet.of(SENT, SCHEDULED_ON_PLATFORM, QUEUED, FAILED_PERMANENT, SENT_MANUALLY);
            // The user mended the text or the access and sends again, or posted it by hand.
            case FAILED_PERMANENT -> EnumSet.of(READY, QUEUED, SENT_MANUALLY, SKIPPED);
            // The platform published it at its time, or could not be asked whether it did; or the post was
            // changed and the handover withdrawn (READY, handed over anew).
            case SCHEDULED_ON_PLATFORM -> EnumSet.of(SENT, NEEDS_CHECK, READY);
            // A skipped post planned anew may go out after all.
            case SKIPPED -> EnumSet.of(READY);
            case SENT, SENT_MANUALLY -> EnumSet.noneOf(TargetState.class);
        };
    }

    public boolean canMoveTo(TargetState target) {
        return next().contains(target);
    }

    public static Optional<TargetState> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(state -> state.id.equals(wanted)).findFirst();
    }
}
