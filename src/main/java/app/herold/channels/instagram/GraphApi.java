package app.herold.channels.instagram;

import app.herold.channels.common.FormBody;
import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/**
 * Calls to one Graph API host with one token. The token travels in the {@code Authorization: Bearer}
 * header, which both graph.facebook.com and graph.instagram.com accept, so it never stands in a URL that
 * a proxy or a log could keep. POST fields go as a form body, the way the Graph API takes them.
 */
final class GraphApi {

    private final PlatformHttp http;
    private final String base;
    private final String token;

    GraphApi(PlatformHttp http, String base, String token) {
        this.http = http;
        this.base = base;
        this.token = token;
    }

    /** {@code GET base/path?name=value&…}; the values are URL-encoded (field lists hold braces and commas). */
    PlatformHttp.Answer get(String path, String... query) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(PlatformHttp.endpoint(base, path + queryString(query)))
                .GET()));
    }

    PlatformHttp.Answer post(String path, FormBody form) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(PlatformHttp.endpoint(base, path))
                .header("Content-Type", FormBody.CONTENT_TYPE)
                .POST(form.publisher())));
    }

    PlatformHttp.Answer post(String path, Multipart body) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        return http.send(authorized(HttpRequest.newBuilder(PlatformHttp.endpoint(base, path))
                .header("Content-Type", body.contentType())
                .POST(body.publisher())));
    }

    String base() {
        return base;
    }

    /**
     * Tells accounts apart in the publisher's memory without keeping the token itself there twice: the host
     * and the token's SHA-256.
     */
    String accountKey() {
        return base + "#" + Sha256.of(token);
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.header("Authorization", "Bearer " + token);
    }

    private static String queryString(String... nameValuePairs) {
        if (nameValuePairs.length % 2 != 0) {
            throw new IllegalArgumentException("query parameters come in name/value pairs");
        }
        StringJoiner query = new StringJoiner("&", "?", "");
        query.setEmptyValue("");
        for (int i = 0; i < nameValuePairs.length; i += 2) {
            query.add(URLEncoder.encode(nameValuePairs[i], StandardCharsets.UTF_8) + "="
                    + URLEncoder.encode(nameValuePairs[i + 1], StandardCharsets.UTF_8));
        }
        return query.toString();
    }
}
