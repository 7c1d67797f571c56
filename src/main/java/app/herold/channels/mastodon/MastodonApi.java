package app.herold.channels.mastodon;

import app.herold.channels.common.FormBody;
import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The Mastodon REST calls Herold makes for one account, each with the account's token as a Bearer
 * header (platforms.md, Mastodon "Auth"). Only paths and ids go into a URL, never the token, so no
 * failure message can carry it.
 */
final class MastodonApi {

    static final String ACCESS_TOKEN = "access-token";
    static final String STATUSES = "/api/v1/statuses";
    static final int PAGE_SIZE = 40;

    private final PlatformHttp http;
    private final String base;
    private final String token;

    private MastodonApi(PlatformHttp http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /**
     * The account's server and token, or why there is none. Mastodon has no public default server: every
     * account lives on its own instance, so an account without a server address cannot be sent to.
     */
    static MastodonApi open(PlatformHttp http, ChannelAccount account, Credentials credentials) throws CannotOpen {
        String base = serverOf(account);
        try {
            return new MastodonApi(http, base, credentials.require(ACCESS_TOKEN));
        } catch (Credentials.MissingSecretException e) {
            throw new CannotOpen(Problem.missingSecret(account.name(), ACCESS_TOKEN), true);
        }
    }

    /** The server address as the user typed it, with "https://" added when only a host name was given. */
    private static String serverOf(ChannelAccount account) throws CannotOpen {
        String typed = account.baseUrl();
        if (typed.isBlank()) {
            throw new CannotOpen(Problem.of("publish.noBaseUrl", account.name()), false);
        }
        String withScheme = typed.contains("://") ? typed : "https://" + typed;
        try {
            URI server = URI.create(withScheme);
            String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
            if (server.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
                throw new CannotOpen(Problem.of("publish.mastodon.badBaseUrl", account.name(), typed), false);
            }
        } catch (IllegalArgumentException e) {
            throw new CannotOpen(Problem.of("publish.mastodon.badBaseUrl", account.name(), typed), false);
        }
        return withScheme.endsWith("/") ? withScheme.substring(0, withScheme.length() - 1) : withScheme;
    }

    String base() {
        return base;
    }

    /** The host the account's server answers on, for the "@user@host" label. */
    String host() {
        return URI.create(base).getHost();
    }

    /** {@code GET /api/v2/instance}: public, so it is asked without the token. */
    Answer instance() throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(HttpRequest.newBuilder(PlatformHttp.endpoint(base, "/api/v2/instance")).GET());
    }

    Answer uploadMedia(Multipart body) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v2/media").header("Content-Type", body.contentType())
                .POST(body.publisher()));
    }

    Answer media(String id) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/media/" + encoded(id)).GET());
    }

    /** {@code POST /api/v1/statuses} with the target's Idempotency-Key, the same on every attempt. */
    Answer postStatus(FormBody form, String idempotencyKey) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(STATUSES).header("Content-Type", FormBody.CONTENT_TYPE)
                .header("Idempotency-Key", idempotencyKey).POST(form.publisher()));
    }

    Answer verifyCredentials() throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/accounts/verify_credentials").GET());
    }

    /** The account's own statuses, newest first, without boosts; {@code maxId} pages back, or null. */
    Answer accountStatuses(String accountId, String maxId) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/accounts/" + encoded(accountId) + "/statuses?limit=" + PAGE_SIZE
                + "&exclude_reblogs=true" + (maxId == null ? "" : "&max_id=" + encoded(maxId))).GET());
    }

    Answer scheduledStatuses(String maxId) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/scheduled_statuses?limit=" + PAGE_SIZE
                + (maxId == null ? "" : "&max_id=" + encoded(maxId))).GET());
    }

    Answer scheduledStatus(String id) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/scheduled_statuses/" + encoded(id)).GET());
    }

    Answer deleteScheduledStatus(String id) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized("/api/v1/scheduled_statuses/" + encoded(id)).DELETE());
    }

    private HttpRequest.Builder authorized(String path) {
        return HttpRequest.newBuilder(PlatformHttp.endpoint(base, path)).header("Authorization", "Bearer " + token);
    }

    private static String encoded(String id) {
        return URLEncoder.encode(id, StandardCharsets.UTF_8);
    }

    /** The account cannot be sent to as it is set up: no server address, or no token stored. */
    static final class CannotOpen extends Exception {
        private final transient Problem problem;
        private final boolean accessProblem;

        CannotOpen(Problem problem, boolean accessProblem) {
            super(problem.key());
            this.problem = problem;
            this.accessProblem = accessProblem;
        }

        Problem problem() {
            return problem;
        }

        /** A missing token is lost access (the user enters it); a missing address is the account's set-up. */
        PublishOutcome asPublishOutcome() {
            return accessProblem ? new PublishOutcome.AccessLost(problem) : new PublishOutcome.Refused(problem);
        }
    }
}
