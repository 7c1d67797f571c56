package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Instant;
import java.util.Map;

/**
 * Asks Graph's {@code debug_token} when a token stops working. It needs the Meta app's own token,
 * {@code <app id>|<app secret>}, which is why the connection test can tell the expiry only when the user
 * entered both. {@code expires_at} 0 means the token does not expire, as a Page token made from a
 * long-lived user token (platforms.md, Facebook "Auth").
 */
final class TokenInspection {

    /** What Graph said about the token. */
    sealed interface Result {
        /** The token works; {@code at} is null when it does not expire. */
        record Expires(Instant at) implements Result {
        }

        /** Graph knows the token and says it no longer works. */
        record Invalid() implements Result {
        }

        /** Graph could not be asked, or refused the app's id and secret. */
        record Failed(Problem problem) implements Result {
        }
    }

    private final PlatformHttp http;
    private final GraphOutcomes outcomes;

    TokenInspection(PlatformHttp http, GraphOutcomes outcomes) {
        this.http = http;
        this.outcomes = outcomes;
    }

    Result inspect(String baseUrl, String appId, String appSecret, String token) {
        GraphClient app = new GraphClient(http, baseUrl, appId + "|" + appSecret);
        PlatformHttp.Answer answer;
        try {
            answer = app.get("debug_token", Map.of("input_token", token));
        } catch (IOException failure) {
            return new Result.Failed(outcomes.transportProblem(failure));
        }
        if (!answer.ok()) {
            // Here the access token is the app's: an error about it means a wrong app id or secret.
            boolean appRefused = GraphError.of(answer)
                    .filter(error -> error.accessLost() || error.code() == 1 || error.code() == 101).isPresent();
            return new Result.Failed(appRefused ? Problem.of("publish.facebook.appInvalid") : outcomes.problem(answer));
        }
        JsonNode data = answer.json().path("data");
        if (!data.path("is_valid").asBoolean(false)) {
            return new Result.Invalid();
        }
        long expiresAt = data.path("expires_at").asLong(0);
        return new Result.Expires(expiresAt == 0 ? null : Instant.ofEpochSecond(expiresAt));
    }
}
