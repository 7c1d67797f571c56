package app.herold.channels.mastodon;

import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What Mastodon's error answers mean for Herold (platforms.md, Mastodon "Error semantics"): 401 an
 * invalid token, 403 a token without the right scope or a disabled login, 422 a refused post with the
 * server's reason in {@code error}, 429 a wait until {@code X-RateLimit-Reset}, 5xx a passing fault.
 */
final class MastodonAnswers {

    private final PublishFailures failures;
    private final Clock clock;

    MastodonAnswers(PublishFailures failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    /**
     * A failed {@code POST /api/v1/statuses}. Only answers that prove nothing was made may be retried or
     * refused; a server error may come after the status was saved, so it is unknown.
     */
    PublishOutcome statusPostFailed(Answer answer) {
        int status = answer.status();
        if (status == 404) {
            // The Idempotency-Key already names a post the server cannot show: Mastodon looks a repeated key up
            // among the live statuses before it reads scheduled_at, so a repeated handover answers 404
            // (PostStatusService#idempotency_duplicate). A post exists; the check finds it.
            return new PublishOutcome.Unknown(Problem.of("publish.mastodon.keyInUse"));
        }
        if (answer.ok()) {
            return new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", failures.network(), status));
        }
        return failed(answer, true);
    }

    /** A failed call that cannot make a post: an upload, a look at a picture, a read. */
    PublishOutcome otherCallFailed(Answer answer) {
        return failed(answer, false);
    }

    private PublishOutcome failed(Answer answer, boolean createsPost) {
        int status = answer.status();
        if (status == 429) {
            return failures.rateLimited(rateLimitWait(answer).orElse(null));
        }
        if (status == 403) {
            return new PublishOutcome.AccessLost(Problem.of("publish.mastodon.forbidden", errorText(answer)));
        }
        if (status == 422) {
            return failures.refused(errorText(answer));
        }
        PublishOutcome shared = failures.status(answer, createsPost);
        return shared != null ? shared : failures.unexpected(status);
    }

    /** Why a check could not be answered now; it is asked again later. */
    CheckOutcome.CannotTell cannotTell(Answer answer) {
        int status = answer.status();
        if (status == 401) {
            return new CheckOutcome.CannotTell(Problem.of("publish.accessExpired", failures.network()));
        }
        if (status == 403) {
            return new CheckOutcome.CannotTell(Problem.of("publish.mastodon.forbidden", errorText(answer)));
        }
        if (status == 429) {
            return new CheckOutcome.CannotTell(Problem.of("publish.rateLimited", failures.network()));
        }
        if (status >= 500) {
            return new CheckOutcome.CannotTell(Problem.of("publish.serverError", failures.network(), status));
        }
        return new CheckOutcome.CannotTell(Problem.of("publish.unexpectedAnswer", failures.network(), status));
    }

    /**
     * How long Mastodon asks to wait: until {@code X-RateLimit-Reset}, an ISO 8601 time (api/rate-limits.md),
     * else as long as a proxy's Retry-After says.
     */
    Optional<Duration> rateLimitWait(Answer answer) {
        Instant now = clock.instant();
        Optional<Duration> untilReset = answer.headers().firstValue("X-RateLimit-Reset").flatMap(value -> {
            try {
                Instant reset = OffsetDateTime.parse(value.trim()).toInstant();
                return Optional.of(reset.isAfter(now) ? Duration.between(now, reset) : Duration.ZERO);
            } catch (DateTimeParseException notATime) {
                return Optional.empty();
            }
        });
        return untilReset.isPresent() ? untilReset : answer.retryAfter(now);
    }

    /** Mastodon's reason for an error, {"error": "Validation failed: …"}; the status when there is none. */
    static String errorText(Answer answer) {
        JsonNode error = answer.json().path("error");
        return error.isTextual() && !error.asText().isBlank() ? error.asText() : "HTTP " + answer.status();
    }

    /** A text field of a Mastodon entity, "" when it is missing or null. */
    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isTextual() || value.isNumber() ? value.asText() : "";
    }
}
