package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * What Bluesky's answers mean for the outbox: the shared sorting of {@link PublishFailures} plus the
 * AT Protocol's own signs, an expired access token (HTTP 400 "ExpiredToken") and the rate-limit headers
 * (platforms.md, Bluesky "Rate limits": HTTP 429 with rate-limit headers).
 */
final class BlueskyFailures {

    static final String NETWORK = "Bluesky";

    /** The PDS answers an expired or unreadable access token with HTTP 400 and one of these error names. */
    private static final Set<String> TOKEN_ERRORS = Set.of("ExpiredToken", "InvalidToken");

    private final PublishFailures shared;
    private final Clock clock;

    BlueskyFailures(Clock clock) {
        this.shared = new PublishFailures(NETWORK, clock);
        this.clock = clock;
    }

    /** Whether the access token was not accepted: the session is renewed and the call made once more. */
    static boolean accessRefused(PlatformHttp.Answer answer) {
        return answer.status() == 401
                || answer.status() == 400 && TOKEN_ERRORS.contains(Xrpc.Failure.of(answer).error());
    }

    /**
     * How long the platform asks to wait: until {@code ratelimit-reset} (Unix seconds, the header every
     * PDS sends with its limits), else Retry-After, else null when it named no wait.
     */
    Duration wait(PlatformHttp.Answer answer) {
        Instant now = clock.instant();
        Optional<Duration> untilReset = answer.headers().firstValue("ratelimit-reset").flatMap(value -> {
            try {
                Instant reset = Instant.ofEpochSecond(Long.parseLong(value.trim()));
                return Optional.of(reset.isAfter(now) ? Duration.between(now, reset) : Duration.ZERO);
            } catch (NumberFormatException | java.time.DateTimeException notSeconds) {
                return Optional.empty();
            }
        });
        return untilReset.or(() -> answer.retryAfter(now)).orElse(null);
    }

    /**
     * An answer that is no success. {@code createsPost} only for {@code createRecord}: a server error there
     * may come after the record was written, so it is unknown, never a retry.
     */
    PublishOutcome of(PlatformHttp.Answer answer, boolean createsPost) {
        if (answer.status() == 429) {
            return shared.rateLimited(wait(answer));
        }
        if (accessRefused(answer)) {
            return shared.accessExpired();
        }
        PublishOutcome sorted = shared.status(answer, createsPost);
        if (sorted != null) {
            return sorted;
        }
        // 400 is how XRPC says "this request is wrong" (InvalidRequest, BlobTooLarge …); 413 a body too large.
        if (answer.status() == 400 || answer.status() == 413) {
            return shared.refused(platformWords(answer));
        }
        return shared.unexpected(answer.status());
    }

    /** A success without what it should hold (a session without tokens, a record without its address). */
    PublishOutcome.Retry unexpected(int status) {
        return shared.unexpected(status);
    }

    PublishOutcome transport(IOException failure, boolean createsPost) {
        return shared.transport(failure, createsPost);
    }

    CheckOutcome checkTransport(IOException failure) {
        return shared.checkTransport(failure);
    }

    /** A check that could not be made because of an answer: the outbox asks again later. */
    CheckOutcome cannotTell(PlatformHttp.Answer answer) {
        return new CheckOutcome.CannotTell(problemOf(of(answer, false)));
    }

    PublishOutcome.Refused refused(String key, Object... arguments) {
        return new PublishOutcome.Refused(Problem.of(key, arguments));
    }

    PublishOutcome.AccessLost accessLost(String key, Object... arguments) {
        return new PublishOutcome.AccessLost(Problem.of(key, arguments));
    }

    PublishOutcome.Unknown unknown() {
        return new PublishOutcome.Unknown(Problem.of("publish.noAnswer", NETWORK));
    }

    static String platformWords(PlatformHttp.Answer answer) {
        String said = Xrpc.Failure.of(answer).said();
        return said.isBlank() ? "HTTP " + answer.status() : said;
    }

    /** The problem an outcome carries, for a check or a connection test that ended the same way. */
    static Problem problemOf(PublishOutcome outcome) {
        if (outcome instanceof PublishOutcome.Retry retry) {
            return retry.problem();
        } else if (outcome instanceof PublishOutcome.Offline offline) {
            return offline.problem();
        } else if (outcome instanceof PublishOutcome.Refused refused) {
            return refused.problem();
        } else if (outcome instanceof PublishOutcome.AccessLost lost) {
            return lost.problem();
        } else if (outcome instanceof PublishOutcome.Unknown unknown) {
            return unknown.problem();
        }
        throw new IllegalArgumentException("A success has no problem: " + outcome);
    }
}
