package app.herold.channels.common;

import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.StringJoiner;

/** An application/x-www-form-urlencoded body: how Mastodon and the Graph API take their fields. */
public final class FormBody {

    private final StringJoiner pairs = new StringJoiner("&");

    public FormBody add(String name, String value) {
        pairs.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8));
        return this;
    }

    public static final String CONTENT_TYPE = "application/x-www-form-urlencoded";

    public HttpRequest.BodyPublisher publisher() {
        return HttpRequest.BodyPublishers.ofString(pairs.toString(), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return pairs.toString();
    }
}
