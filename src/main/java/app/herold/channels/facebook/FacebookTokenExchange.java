package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Turns the short-lived user token a person gets from Meta (about an hour) into a Page access token that
 * lasts, with the town's own Meta app id and secret (platforms.md, "Meta app secret": an open-source app
 * cannot ship one, each town registers its own app). First {@code GET /oauth/access_token} with
 * {@code grant_type=fb_exchange_token} gives a long-lived user token (about 60 days); then
 * {@code GET /me/accounts} with it lists the Pages the person manages, each with its Page token, which
 * does not expire when made from a long-lived user token (platforms.md, Facebook "Auth").
 *
 * <p>Meta wants an app secret kept out of app binaries that are handed out; here the secret is the town's
 * own, entered on its own laptop and kept in the secret store. Neither the secret nor any token appears
 * in a problem or an exception message.
 */
public final class FacebookTokenExchange {

    private final PlatformHttp http;
    private final GraphOutcomes outcomes;

    public FacebookTokenExchange(PlatformHttp http, Clock clock) {
        this.http = http;
        this.outcomes = new GraphOutcomes(clock);
    }

    /**
     * The Page Herold posts to and its lasting token.
     *
     * @param expiresAt when the Page token stops working as {@code debug_token} says, or null when it does
     *     not expire (or Graph could not say; the connection test reads it again)
     */
    public record PageAccess(String pageId, String pageName, String pageToken, Instant expiresAt) {

        /** Without the token, so that a log line or an assertion message never shows it. */
        @Override
        public String toString() {
            return "PageAccess[pageId=" + pageId + ", pageName=" + pageName + ", expiresAt=" + expiresAt + "]";
        }
    }

    /** The exchange did not give a Page token; {@link #problem()} says why in one sentence. */
    public static final class ExchangeFailed extends Exception {
        private final transient Problem problem;

        public ExchangeFailed(Problem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * Exchanges and picks the Page.
     *
     * @param baseUrl the Graph API address, or empty for {@link FacebookPublisher#DEFAULT_BASE_URL}
     * @param shortLivedUserToken the user token from the Graph API Explorer or a Facebook login
     * @param wantedPage the Page's id or name; may be empty when the person manages exactly one Page
     */
    public PageAccess exchange(String baseUrl, String appId, String appSecret, String shortLivedUserToken,
                               String wantedPage) throws ExchangeFailed {
        if (appId == null || appId.isBlank()) {
            throw new ExchangeFailed(Problem.missingSecret(GraphOutcomes.NETWORK, FacebookPublisher.APP_ID));
        }
        if (appSecret == null || appSecret.isBlank()) {
            throw new ExchangeFailed(Problem.missingSecret(GraphOutcomes.NETWORK, FacebookPublisher.APP_SECRET));
        }
        if (shortLivedUserToken == null || shortLivedUserToken.isBlank()) {
            throw new ExchangeFailed(Problem.of("publish.facebook.userTokenInvalid"));
        }
        String userToken = longLivedUserToken(baseUrl, appId.strip(), appSecret.strip(), shortLivedUserToken.strip());
        JsonNode page = choose(pages(baseUrl, userToken), wantedPage == null ? "" : wantedPage.strip());
        String pageToken = page.path("access_token").asText("");
        if (pageToken.isBlank()) {
            // Graph leaves out the token of a Page on which the person may not create content.
            throw new ExchangeFailed(Problem.of("publish.facebook.permission"));
        }
        TokenInspection.Result inspected = new TokenInspection(http, outcomes)
                .inspect(baseUrl, appId.strip(), appSecret.strip(), pageToken);
        Instant expiresAt = inspected instanceof TokenInspection.Result.Expires expires ? expires.at() : null;
        return new PageAccess(page.path("id").asText(), page.path("name").asText(), pageToken, expiresAt);
    }

    private String longLivedUserToken(String baseUrl, String appId, String appSecret, String shortLived)
            throws ExchangeFailed {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("grant_type", "fb_exchange_token");
        query.put("client_id", appId);
        query.put("client_secret", appSecret);
        query.put("fb_exchange_token", shortLived);
        PlatformHttp.Answer answer = read(new GraphClient(http, baseUrl, null), "oauth/access_token", query);
        String token = answer.json().path("access_token").asText("");
        if (token.isBlank()) {
            throw new ExchangeFailed(Problem.of("publish.unexpectedAnswer", GraphOutcomes.NETWORK, answer.status()));
        }
        return token;
    }

    private List<JsonNode> pages(String baseUrl, String userToken) throws ExchangeFailed {
        PlatformHttp.Answer answer = read(new GraphClient(http, baseUrl, userToken), "me/accounts",
                Map.of("fields", "id,name,access_token", "limit", "100"));
        List<JsonNode> pages = new ArrayList<>();
        answer.json().path("data").forEach(pages::add);
        return pages;
    }

    private static JsonNode choose(List<JsonNode> pages, String wanted) throws ExchangeFailed {
        if (pages.isEmpty()) {
            throw new ExchangeFailed(Problem.of("publish.facebook.noPages"));
        }
        String names = pages.stream().map(page -> page.path("name").asText()).collect(Collectors.joining(", "));
        if (wanted.isEmpty()) {
            if (pages.size() > 1) {
                throw new ExchangeFailed(Problem.of("publish.facebook.choosePage", names));
            }
            return pages.get(0);
        }
        Optional<JsonNode> chosen = pages.stream()
                .filter(page -> page.path("id").asText().equals(wanted) || page.path("name").asText().equalsIgnoreCase(wanted))
                .findFirst();
        return chosen.orElseThrow(() -> new ExchangeFailed(Problem.of("publish.facebook.pageNotFound", wanted, names)));
    }

    private PlatformHttp.Answer read(GraphClient graph, String path, Map<String, String> query) throws ExchangeFailed {
        PlatformHttp.Answer answer;
        try {
            answer = graph.get(path, query);
        } catch (IOException failure) {
            throw new ExchangeFailed(outcomes.transportProblem(failure));
        }
        if (answer.ok()) {
            return answer;
        }
        Optional<GraphError> error = GraphError.of(answer);
        if (error.isEmpty()) {
            throw new ExchangeFailed(outcomes.problem(answer));
        }
        throw new ExchangeFailed(problem(error.get(), answer));
    }

    /**
     * Meta answers a wrong app secret with OAuthException code 1 ("Error validating client secret") and a
     * wrong app id with 101; 190 is the user token (expired after its hour, or revoked).
     */
    private Problem problem(GraphError error, PlatformHttp.Answer answer) {
        if (error.code() == 101 || (error.code() == 1 && "OAuthException".equals(error.type()))) {
            return Problem.of("publish.facebook.appInvalid");
        }
        if (error.accessLost()) {
            return Problem.of("publish.facebook.userTokenInvalid");
        }
        if (error.throttled() || error.serverSide() || answer.status() == 429) {
            return outcomes.problem(answer);
        }
        return Problem.of("publish.facebook.exchangeFailed", error.sayable());
    }
}
