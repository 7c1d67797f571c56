package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

/**
 * Sorts the Graph API's failed answers into the outbox's outcomes, following platforms.md (Facebook,
 * "Error semantics"): 190/102 and the auth subcodes mean a new token, 10/200–299 a token without the
 * right to post, 4/17/32/613/341 a wait, 506 a duplicate, 1609005 a bad link, 100 a refused field.
 * Codes 1 and 2 ("unexpected error, retry") are a passing fault for a call that creates nothing, but
 * on a call that creates the post they are an unknown outcome: in koala #699 Facebook answered 500 with
 * code 2 and had published the photo, so the post must be looked for before anything is sent again.
 */
final class GraphOutcomes {

    static final String NETWORK = "Facebook";

    private final PublishFailures failures;
    private final Clock clock;

    GraphOutcomes(Clock clock) {
        this.failures = new PublishFailures(NETWORK, clock);
        this.clock = clock;
    }

    PublishFailures failures() {
        return failures;
    }

    PublishOutcome transport(IOException failure, boolean createsPost) {
        return failures.transport(failure, createsPost);
    }

    /** The sentence for a read that never reached Graph, or whose answer was lost. */
    Problem transportProblem(IOException failure) {
        return failure instanceof PlatformHttp.NotSent ? Problem.of("publish.offline", NETWORK)
                : Problem.of("publish.noAnswer", NETWORK);
    }

    /** The outcome of a call that did not succeed; {@code createsPost} when the call may have made the post. */
    PublishOutcome failed(PlatformHttp.Answer answer, boolean createsPost) {
        Optional<GraphError> parsed = GraphError.of(answer);
        if (parsed.isEmpty()) {
            PublishOutcome shared = failures.status(answer, createsPost);
            return shared != null ? shared : failures.unexpected(answer.status());
        }
        GraphError error = parsed.get();
        if (error.accessLost()) {
            return failures.accessExpired();
        }
        if (error.permissionMissing()) {
            return new PublishOutcome.AccessLost(Problem.of("publish.facebook.permission"));
        }
        if (error.throttled() || answer.status() == 429) {
            return failures.rateLimited(wait(answer).orElse(null));
        }
        if (error.temporarilyBlocked()) {
            return new PublishOutcome.Retry(Problem.of("publish.facebook.blocked", error.sayable()), wait(answer).orElse(null));
        }
        if (error.duplicate()) {
            return new PublishOutcome.Refused(Problem.of("publish.facebook.duplicate"));
        }
        if (error.linkFailed()) {
            return new PublishOutcome.Refused(Problem.of("publish.facebook.link", error.sayable()));
        }
        if (error.serverSide()) {
            Problem problem = Problem.of("publish.serverError", NETWORK, answer.status());
            return createsPost ? new PublishOutcome.Unknown(problem)
                    : new PublishOutcome.Retry(problem, answer.retryAfter(clock.instant()).orElse(null));
        }
        if (answer.status() == 401) {
            return failures.accessExpired();
        }
        // Error 100 (an invalid parameter such as a scheduled time outside 10 minutes to 30 days) and every
        // other refusal: Graph did not take the request, the user must change the post.
        return failures.refused(error.sayable());
    }

    /** The sentence for a check, a withdrawal or a connection test that got a failed answer. */
    Problem problem(PlatformHttp.Answer answer) {
        PublishOutcome outcome = failed(answer, false);
        if (outcome instanceof PublishOutcome.Retry retry) {
            return retry.problem();
        }
        if (outcome instanceof PublishOutcome.AccessLost lost) {
            return lost.problem();
        }
        if (outcome instanceof PublishOutcome.Refused refused) {
            return refused.problem();
        }
        return Problem.of("publish.unexpectedAnswer", NETWORK, answer.status());
    }

    /**
     * How long Meta asks to wait: Retry-After when a proxy sends it, otherwise the largest
     * {@code estimated_time_to_regain_access} (minutes) of the Business Use Case usage header, which is
     * how Pages calls with a Page token are limited (platforms.md, Facebook "Rate limits").
     */
    Optional<Duration> wait(PlatformHttp.Answer answer) {
        Optional<Duration> retryAfter = answer.retryAfter(clock.instant());
        if (retryAfter.isPresent()) {
            return retryAfter;
        }
        return answer.headers().firstValue("X-Business-Use-Case-Usage").flatMap(GraphOutcomes::regainAccessIn);
    }

    private static Optional<Duration> regainAccessIn(String header) {
        JsonNode usage;
        try {
            usage = PlatformHttp.json().readTree(header);
        } catch (IOException notJson) {
            return Optional.empty();
        }
        long minutes = 0;
        for (JsonNode entries : usage) {
            for (JsonNode entry : entries) {
                minutes = Math.max(minutes, entry.path("estimated_time_to_regain_access").asLong(0));
            }
        }
        return minutes > 0 ? Optional.of(Duration.ofMinutes(minutes)) : Optional.empty();
    }
}
