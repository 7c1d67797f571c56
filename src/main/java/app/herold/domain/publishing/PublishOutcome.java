package app.herold.domain.publishing;

import java.time.Duration;

/**
 * What one call to a platform came to, sorted by what the outbox must do next. Each adapter maps its
 * platform's answers and error codes onto these; the outbox never looks at HTTP itself.
 */
public sealed interface PublishOutcome {

    /** Live on the platform. */
    record Published(String remoteId, String url) implements PublishOutcome {
    }

    /** Accepted by the platform's own scheduling; it goes live at its time without Herold. */
    record HandedOver(String remoteId, String url) implements PublishOutcome {
    }

    /**
     * Refused in a way that passes (rate limit, server error before the post was accepted): tried again
     * later, never sooner than {@code retryAfter} when the platform named a wait.
     */
    record Retry(Problem problem, Duration retryAfter) implements PublishOutcome {
    }

    /** Nothing left the laptop (no network, the server cannot be reached): no attempt is counted. */
    record Offline(Problem problem) implements PublishOutcome {
    }

    /** The content was refused (too long, a picture the platform will not take): the user must change it. */
    record Refused(Problem problem) implements PublishOutcome {
    }

    /** The access is not (or no longer) valid: the user must renew it in the settings. */
    record AccessLost(Problem problem) implements PublishOutcome {
    }

    /**
     * The request may have reached the platform, but its answer was lost (timeout after sending, a reset
     * connection, a server error after accepting): the platform must be asked before anything is sent again.
     */
    record Unknown(Problem problem) implements PublishOutcome {
    }
}
