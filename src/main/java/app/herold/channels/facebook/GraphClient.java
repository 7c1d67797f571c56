package app.herold.channels.facebook;

import app.herold.channels.common.FormBody;
import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The Graph API calls of one token against one base address. The token travels in the
 * {@code Authorization: Bearer} header rather than in the {@code access_token} parameter, so that no
 * secret ends up in an address a proxy or a log could keep. graph.facebook.com takes the header: Meta's
 * own WhatsApp Cloud API examples send it to the same host (platforms.md does not cover this for Pages;
 * a refusal would show as error 190 in the connection test). Only the token inspected by
 * {@code debug_token} and the OAuth exchange's fields are parameters, as Meta documents them.
 */
final class GraphClient {

    private final PlatformHttp http;
    private final String baseUrl;
    private final String token;

    GraphClient(PlatformHttp http, String baseUrl, String token) {
        this.http = http;
        this.baseUrl = baseUrl == null || baseUrl.isBlank() ? FacebookPublisher.DEFAULT_BASE_URL : baseUrl.strip();
        this.token = token;
    }

    PlatformHttp.Answer get(String path, Map<String, String> query) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(address(path, encoded(query))).GET()));
    }

    /** Reads on with the query of a {@code paging.next} address, always against our own base address. */
    PlatformHttp.Answer getWithRawQuery(String path, String rawQuery) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(address(path, rawQuery)).GET()));
    }

    PlatformHttp.Answer post(String path, FormBody form) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(address(path, ""))
                .header("Content-Type", FormBody.CONTENT_TYPE)
                .POST(form.publisher())));
    }

    PlatformHttp.Answer post(String path, Multipart body) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(address(path, ""))
                .header("Content-Type", body.contentType())
                .POST(body.publisher())));
    }

    PlatformHttp.Answer delete(String path) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(address(path, "")).DELETE()));
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return token == null ? request : request.header("Authorization", "Bearer " + token);
    }

    private URI address(String path, String rawQuery) {
        URI endpoint = PlatformHttp.endpoint(baseUrl, path);
        return rawQuery == null || rawQuery.isEmpty() ? endpoint : URI.create(endpoint + "?" + rawQuery);
    }

    static String encoded(Map<String, String> query) {
        StringJoiner pairs = new StringJoiner("&");
        query.forEach((name, value) -> pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return pairs.toString();
    }
}
