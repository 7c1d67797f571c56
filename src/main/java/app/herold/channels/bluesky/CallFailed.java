package app.herold.channels.bluesky;

import app.herold.domain.publishing.PublishOutcome;

/**
 * A step before the post itself (signing in, uploading a picture) ended the attempt; {@link #outcome()}
 * says what the outbox does next. Carries no secret and no URL.
 */
final class CallFailed extends Exception {

    private final transient PublishOutcome outcome;

    CallFailed(PublishOutcome outcome) {
        super(outcome.getClass().getSimpleName(), null, false, false);
        this.outcome = outcome;
    }

    PublishOutcome outcome() {
        return outcome;
    }
}
