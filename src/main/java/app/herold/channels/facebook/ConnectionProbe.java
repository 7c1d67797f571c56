package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.ConnectionCheck;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * "Verbindung testen" for a Page: reads who the token speaks for ({@code GET /me?fields=id,name}, the
 * Page's name with a Page token) without posting, and, when the Meta app's id and secret are stored,
 * when the token expires.
 */
final class ConnectionProbe {

    private final PlatformHttp http;
    private final GraphOutcomes outcomes;

    ConnectionProbe(PlatformHttp http, GraphOutcomes outcomes) {
        this.http = http;
        this.outcomes = outcomes;
    }

    ConnectionCheck test(ChannelAccount account, String page, String token, Optional<String> appId,
                         Optional<String> appSecret) {
        PlatformHttp.Answer answer;
        try {
            answer = new GraphClient(http, account.baseUrl(), token).get(page, Map.of("fields", "id,name"));
        } catch (IOException failure) {
            return ConnectionCheck.failed(outcomes.transportProblem(failure));
        }
        if (!answer.ok()) {
            return ConnectionCheck.failed(outcomes.problem(answer));
        }
        String name = answer.json().path("name").asText(answer.json().path("id").asText(""));
        if (appId.filter(id -> !id.isBlank()).isEmpty() || appSecret.filter(secret -> !secret.isBlank()).isEmpty()) {
            return ConnectionCheck.ok(name, null);
        }
        TokenInspection.Result inspected = new TokenInspection(http, outcomes)
                .inspect(account.baseUrl(), appId.get(), appSecret.get(), token);
        if (inspected instanceof TokenInspection.Result.Expires expires) {
            return ConnectionCheck.ok(name, expires.at());
        }
        if (inspected instanceof TokenInspection.Result.Failed failed) {
            return ConnectionCheck.failed(failed.problem());
        }
        return ConnectionCheck.failed(outcomes.failures().accessExpired().problem());
    }
}
