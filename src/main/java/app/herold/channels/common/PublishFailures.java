package app.herold.channels.common;

import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * The outcomes every network shares, so each adapter only maps its own error codes: a call that never
 * left is offline; a lost answer to a call that creates a post is unknown (it may exist); rate limits wait
 * as long as the platform asks; a server error on a call that creates a post is unknown too, because a
 * platform may answer 500 and still publish (koala #699: seven copies of one photo).
 */
public final class PublishFailures {

    private final String network;
    private final Clock clock;

    public PublishFailures(String network, Clock clock) {
        this.network = network;
        this.clock = clock;
    }

    /** The call never reached the platform, or its answer was lost. */
    public PublishOutcome transport(IOException failure, boolean createsPost) {
        if (failure instanceof PlatformHttp.NotSent || !createsPost) {
            return failure instanceof PlatformHttp.NotSent
                    ? new PublishOutcome.Offline(Problem.of("publish.offline", network))
                    : new PublishOutcome.Retry(Problem.of("publish.noAnswer", network), null);
        }
        return new PublishOutcome.Unknown(Problem.of("publish.noAnswer", network));
    }

    /** Whether a check could not be made now. */
    public CheckOutcome checkTransport(IOException failure) {
        return new CheckOutcome.CannotTell(failure instanceof PlatformHttp.NotSent
                ? Problem.of("publish.offline", network)
                : Problem.of("publish.noAnswer", network));
    }

    /**
     * What HTTP statuses mean on every network: 401 lost access, 429 a wait, 5xx a passing fault (or an
     * unknown outcome on a creating call); null for the statuses the adapter must read itself.
     */
    public PublishOutcome status(PlatformHttp.Answer answer, boolean createsPost) {
        int status = answer.status();
        if (status == 401) {
            return accessExpired();
        }
        if (status == 429) {
            return new PublishOutcome.Retry(Problem.of("publish.rateLimited", network),
                    answer.retryAfter(clock.instant()).orElse(null));
        }
        if (status >= 500) {
            return createsPost
                    ? new PublishOutcome.Unknown(Problem.of("publish.serverError", network, status))
                    : new PublishOutcome.Retry(Problem.of("publish.serverError", network, status),
                            answer.retryAfter(clock.instant()).orElse(null));
        }
        return null;
    }

    public PublishOutcome.AccessLost accessExpired() {
        return new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", network));
    }

    public PublishOutcome.Refused refused(String platformMessage) {
        return new PublishOutcome.Refused(Problem.of("publish.refused", network, platformMessage));
    }

    public PublishOutcome.Retry rateLimited(Duration wait) {
        return new PublishOutcome.Retry(Problem.of("publish.rateLimited", network), wait);
    }

    public PublishOutcome.Retry unexpected(int status) {
        return new PublishOutcome.Retry(Problem.of("publish.unexpectedAnswer", network, status), null);
    }

    public String network() {
        return network;
    }
}
