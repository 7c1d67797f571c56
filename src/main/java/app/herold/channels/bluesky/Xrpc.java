package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The AT Protocol's HTTP calls: every method is {@code /xrpc/<NSID>}, queries are GET with parameters,
 * procedures are POST with a JSON body (or raw bytes for {@code uploadBlob}), and a session's tokens go
 * in an Authorization Bearer header, never in the URL.
 */
final class Xrpc {

    private final PlatformHttp http;

    Xrpc(PlatformHttp http) {
        this.http = http;
    }

    PlatformHttp.Answer query(String service, String method, Map<String, String> parameters, String bearer)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        parameters.forEach((name, value) -> query.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(PlatformHttp.endpoint(service, "/xrpc/" + method + query))
                .header("Accept", "application/json")
                .GET();
        return http.send(authorized(request, bearer));
    }

    PlatformHttp.Answer procedure(String service, String method, JsonNode body, String bearer)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        HttpRequest.Builder request = HttpRequest.newBuilder(PlatformHttp.endpoint(service, "/xrpc/" + method))
                .header("Accept", "application/json");
        if (body == null) {
            request.POST(HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json(body), StandardCharsets.UTF_8));
        }
        return http.send(authorized(request, bearer));
    }

    PlatformHttp.Answer upload(String service, String method, byte[] content, String mediaType, String bearer)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        HttpRequest.Builder request = HttpRequest.newBuilder(PlatformHttp.endpoint(service, "/xrpc/" + method))
                .header("Accept", "application/json")
                .header("Content-Type", mediaType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(content));
        return http.send(authorized(request, bearer));
    }

    private static HttpRequest.Builder authorized(HttpRequest.Builder request, String bearer) {
        return bearer == null ? request : request.header("Authorization", "Bearer " + bearer);
    }

    private static String json(JsonNode body) {
        try {
            return PlatformHttp.json().writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A JSON tree always writes", e);
        }
    }

    /**
     * An XRPC error answer, {@code {"error": "ExpiredToken", "message": "Token has expired"}}; both empty
     * when the body is not such an object (a proxy's HTML page).
     */
    record Failure(String error, String message) {

        static Failure of(PlatformHttp.Answer answer) {
            JsonNode body = answer.json();
            return new Failure(body.path("error").asText(""), body.path("message").asText(""));
        }

        /** The platform's words for the user: its message, or its error name when it gave no message. */
        String said() {
            return message.isBlank() ? error : message;
        }
    }
}
