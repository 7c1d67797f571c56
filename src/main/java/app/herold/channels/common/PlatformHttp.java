package app.herold.channels.common;

import app.herold.domain.OnFirstUse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The HTTP calls of every publishing adapter, with the one distinction the outbox lives by: a call
 * that never left the laptop ({@link NotSent}: no network, no such host, connection refused) may be
 * made again freely, while one that failed after the request may have reached the platform
 * ({@link Lost}: a timeout waiting for the answer, a reset connection) may have created a post.
 */
public final class PlatformHttp {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Long enough for a picture upload on a slow connection, short enough that a hung server is noticed. */
    public static final Duration ANSWER_TIMEOUT = Duration.ofSeconds(60);

    private final Supplier<HttpClient> client;
    private final Duration answerTimeout;

    public PlatformHttp(HttpClient client, Duration answerTimeout) {
        this(() -> client, answerTimeout);
    }

    /** {@code client} is asked at each request; {@link #standard()} gives one that makes the client once. */
    private PlatformHttp(Supplier<HttpClient> client, Duration answerTimeout) {
        this.client = client;
        this.answerTimeout = answerTimeout;
    }

    /**
     * One client for all adapters: HTTP/1.1 (local stand-ins and self-hosted servers), redirects followed.
     * Made at the first request: building it sets up Java's TLS (the security providers, about 600
     * classes), which a window whose outbox has nothing to send never needs.
     */
    public static PlatformHttp standard() {
        return new PlatformHttp(new OnFirstUse<HttpClient>(() -> HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build()), ANSWER_TIMEOUT);
    }

    /** A shorter wait for the answer: how tests make "the server accepted the post, then went silent" quick. */
    public PlatformHttp withAnswerTimeout(Duration timeout) {
        return new PlatformHttp(client, timeout);
    }

    /** {@code base} and {@code path} joined with exactly one slash. */
    public static URI endpoint(String base, String path) {
        String trimmedBase = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        String trimmedPath = path.startsWith("/") ? path : "/" + path;
        return URI.create(trimmedBase + trimmedPath);
    }

    public Answer send(HttpRequest.Builder request) throws NotSent, Lost {
        HttpRequest built = request.timeout(answerTimeout).header("User-Agent", "Herold").build();
        try {
            HttpResponse<String> response = client.get().send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(response.statusCode(), response.headers(), response.body());
        } catch (HttpConnectTimeoutException | ConnectException | UnknownHostException e) {
            throw new NotSent(built.uri(), e);
        } catch (IOException e) {
            if (causedBy(e, UnresolvedAddressException.class) || causedBy(e, ConnectException.class)
                    || causedBy(e, UnknownHostException.class)) {
                throw new NotSent(built.uri(), e);
            }
            throw new Lost(built.uri(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Lost(built.uri(), e);
        }
    }

    private static boolean causedBy(Throwable problem, Class<? extends Throwable> type) {
        for (Throwable cause = problem; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    /** A platform's answer, read whole. */
    public record Answer(int status, HttpHeaders headers, String body) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as JSON; an empty object when it is not JSON (an HTML error page from a proxy). */
        public JsonNode json() {
            try {
                JsonNode node = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
                return node == null ? JSON.createObjectNode() : node;
            } catch (IOException e) {
                return JSON.createObjectNode();
            }
        }

        /** The header Retry-After in seconds or as an HTTP date, measured from {@code now}. */
        public Optional<Duration> retryAfter(Instant now) {
            return headers.firstValue("Retry-After").flatMap(value -> parseRetryAfter(value, now));
        }
    }

    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.trim();
        try {
            return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(trimmed))));
        } catch (NumberFormatException notSeconds) {
            try {
                Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
                return Optional.of(at.isAfter(now) ? Duration.between(now, at) : Duration.ZERO);
            } catch (DateTimeParseException notADate) {
                return Optional.empty();
            }
        }
    }

    public static ObjectMapper json() {
        return JSON;
    }

    /** The request never reached the platform: nothing can have been created. */
    public static final class NotSent extends IOException {
        public NotSent(URI uri, Throwable cause) {
            super("could not reach " + uri.getHost(), cause);
        }
    }

    /** The request may have reached the platform, but no answer came back. */
    public static final class Lost extends IOException {
        public Lost(URI uri, Throwable cause) {
            super("no answer from " + uri.getHost(), cause);
        }
    }
}
