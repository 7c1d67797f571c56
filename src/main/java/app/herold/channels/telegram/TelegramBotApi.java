package app.herold.channels.telegram;

import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The Bot API calls of one account: {@code {base}/bot<token>/<method>} (platforms.md, Telegram "Requests"),
 * with JSON bodies, or multipart ones for uploads. The token is part of the URL path, so it is checked to be
 * a token before any URL is made: a URL that cannot be parsed would otherwise be quoted, token and all, in
 * the exception. {@link PlatformHttp}'s failures name only the host.
 */
final class TelegramBotApi {

    static final String BOT_TOKEN = "bot-token";
    /** Telegram's own server; a self-hosted Bot API server (or a test's stand-in) is set as the base URL. */
    static final String DEFAULT_BASE_URL = "https://api.telegram.org";
    /** "123456789:AA…" as @BotFather hands it out: the bot's id, a colon, letters, digits, "_" and "-". */
    private static final Pattern TOKEN = Pattern.compile("\\d+:[A-Za-z0-9_-]+");

    private final PlatformHttp http;
    private final String base;
    private final String token;

    private TelegramBotApi(PlatformHttp http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    static TelegramBotApi open(PlatformHttp http, ChannelAccount account, Credentials credentials)
            throws CannotOpen {
        String base = baseOf(account);
        String token;
        try {
            token = credentials.require(BOT_TOKEN).strip();
        } catch (Credentials.MissingSecretException e) {
            throw new CannotOpen(Problem.missingSecret(account.name(), BOT_TOKEN), true);
        }
        if (!TOKEN.matcher(token).matches()) {
            throw new CannotOpen(Problem.of("publish.telegram.badToken", account.name()), true);
        }
        return new TelegramBotApi(http, base, token);
    }

    private static String baseOf(ChannelAccount account) throws CannotOpen {
        String typed = account.baseUrl();
        if (typed.isBlank()) {
            return DEFAULT_BASE_URL;
        }
        try {
            URI server = URI.create(typed);
            String scheme = server.getScheme() == null ? "" : server.getScheme().toLowerCase(Locale.ROOT);
            if (server.getHost() != null && (scheme.equals("https") || scheme.equals("http"))) {
                return typed.endsWith("/") ? typed.substring(0, typed.length() - 1) : typed;
            }
        } catch (IllegalArgumentException e) {
            // Said below in the user's words.
        }
        throw new CannotOpen(Problem.of("publish.telegram.badBaseUrl", account.name(), typed), false);
    }

    Answer call(String method, ObjectNode parameters) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(request(method).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(parameters.toString())));
    }

    Answer upload(String method, Multipart body) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(request(method).header("Content-Type", body.contentType()).POST(body.publisher()));
    }

    private HttpRequest.Builder request(String method) {
        return HttpRequest.newBuilder(PlatformHttp.endpoint(base, "/bot" + token + "/" + method));
    }

    /** The account cannot be sent to as it is set up: a server address that is none, no usable token. */
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

        PublishOutcome asPublishOutcome() {
            return accessProblem ? new PublishOutcome.AccessLost(problem) : new PublishOutcome.Refused(problem);
        }
    }
}
