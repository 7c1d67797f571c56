package app.herold.channels.instagram;

import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;

/**
 * One step of an Instagram post (the picture put online, a container made, its processing awaited)
 * ended in an outcome that stops the attempt. Checked, so that every step's caller decides where the
 * attempt ends; it carries the outcome the outbox gets and nothing else (never a secret).
 */
final class StepFailed extends Exception {

    private final transient PublishOutcome outcome;

    StepFailed(PublishOutcome outcome) {
        super(outcome.getClass().getSimpleName(), null, false, false);
        this.outcome = outcome;
    }

    PublishOutcome outcome() {
        return outcome;
    }

    /** The sentence for the user: every outcome that stops an attempt carries one. */
    Problem problem() {
        if (outcome instanceof PublishOutcome.Retry retry) {
            return retry.problem();
        }
        if (outcome instanceof PublishOutcome.Offline offline) {
            return offline.problem();
        }
        if (outcome instanceof PublishOutcome.Refused refused) {
            return refused.problem();
        }
        if (outcome instanceof PublishOutcome.AccessLost lost) {
            return lost.problem();
        }
        if (outcome instanceof PublishOutcome.Unknown unknown) {
            return unknown.problem();
        }
        throw new IllegalStateException("a step does not fail with " + outcome.getClass().getSimpleName());
    }
}
