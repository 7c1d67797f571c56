package app.herold.channels.facebook;

import app.herold.channels.common.StandInServer;
import app.herold.channels.common.StandInServer.Received;
import app.herold.channels.common.StandInServer.Reply;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Facebook Page behind the Graph API, as platforms.md ("Facebook Pages") and Meta's guides describe it:
 * {@code /feed} and {@code /photos} take posts (published, or scheduled 10 minutes to 30 days ahead,
 * else error 100), unpublished photos are attached with {@code attached_media}, the same text twice in a
 * row is error 506, a scheduled post goes live at its time; {@code /scheduled_posts}, {@code /feed} and
 * {@code /{id}} read them back, {@code DELETE /{id}} removes one; {@code /me}, {@code /debug_token},
 * {@code /oauth/access_token} and {@code /me/accounts} serve the connection test and the token exchange.
 * Every error has Graph's shape {@code {"error":{"message","type","code",…,"fbtrace_id"}}}. Tokens are
 * taken from the {@code Authorization: Bearer} header.
 */
public final class FacebookStandIn implements AutoCloseable {

    public static final String PAGE_ID = "104857600123";
    public static final String PAGE_NAME = "Stadt Meerane";
    public static final String PAGE_TOKEN = "EAAB-page-token-of-the-stand-in";
    public static final String APP_ID = "987654321";
    public static final String APP_SECRET = "app-secret-of-the-stand-in";
    public static final String SHORT_USER_TOKEN = "EAAB-short-lived-user-token";
    static final String LONG_USER_TOKEN = "EAAB-long-lived-user-token";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final DateTimeFormatter GRAPH_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

    /** A clock both sides read, moved on by the tests. */
    public static final class Time extends Clock {
        private Instant now;

        public Time(Instant start) {
            this.now = start;
        }

        synchronized void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }

    record Photo(String id, String altText, boolean published, boolean temporary, int bytes) {
    }

    /** A post; published once {@code scheduledAt} is null or has come. */
    record Post(String id, String message, Instant createdAt, Instant scheduledAt, List<String> photoIds) {
        boolean liveAt(Instant now) {
            return scheduledAt == null || !scheduledAt.isAfter(now);
        }
    }

    record ManagedPage(String id, String name, String token) {
    }

    private final StandInServer server = new StandInServer();
    private final Time time;
    private final Map<String, Post> posts = new LinkedHashMap<>();
    private final Map<String, Photo> photos = new LinkedHashMap<>();
    private final List<ManagedPage> managedPages = new ArrayList<>(List.of(new ManagedPage(PAGE_ID, PAGE_NAME, PAGE_TOKEN)));
    private String lastMessage = "";
    private int nextId = 1;
    private boolean tokenExpired;
    private boolean mayPost = true;
    private long pageTokenExpiresAt;

    public FacebookStandIn(Time time) {
        this.time = time;
        server.route("GET", path -> true, this::get)
                .route("POST", path -> true, this::post)
                .route("DELETE", path -> true, this::delete);
    }

    /** The Graph address with its version, as an account would hold it. */
    public String baseUrl() {
        return server.baseUrl() + "/v21.0";
    }

    StandInServer server() {
        return server;
    }

    synchronized int postCount() {
        return posts.size();
    }

    synchronized long publishedCount() {
        return posts.values().stream().filter(post -> post.liveAt(time.instant())).count();
    }

    synchronized long scheduledCount() {
        return postCount() - publishedCount();
    }

    synchronized List<Post> posts() {
        return List.copyOf(posts.values());
    }

    synchronized Photo photo(String id) {
        return photos.get(id);
    }

    /** The Page token expires: every call with it is error 190, subcode 463. */
    synchronized void expireToken() {
        tokenExpired = true;
    }

    /** The token works, but the person behind it lost the right to create content: error 200. */
    synchronized void withdrawPostingRight() {
        mayPost = false;
    }

    public synchronized void pageTokenExpiresAt(Instant at) {
        pageTokenExpiresAt = at.getEpochSecond();
    }

    synchronized void manages(List<ManagedPage> pages) {
        managedPages.clear();
        managedPages.addAll(pages);
    }

    /** A post someone made on Facebook itself, not through Herold. */
    synchronized Post postedElsewhere(String message) {
        return add(message, null, List.of());
    }

    // ---------------------------------------------------------------- reading

    private synchronized Reply get(Received request) {
        List<String> segments = segments(request.path());
        Map<String, String> query = pairs(request.query());
        if (segments.equals(List.of("oauth", "access_token"))) {
            return exchange(query);
        }
        if (segments.equals(List.of("debug_token"))) {
            return debugToken(request, query);
        }
        Caller caller = caller(request);
        if (caller.refusal != null) {
            return caller.refusal;
        }
        if (segments.equals(List.of("me", "accounts")) && caller.user) {
            ArrayNode data = JSON.createArrayNode();
            managedPages.forEach(page -> data.addObject().put("id", page.id()).put("name", page.name())
                    .put("access_token", page.token()));
            return ok(JSON.createObjectNode().set("data", data));
        }
        if (segments.size() == 1 && (isPage(segments.get(0)) || caller.user)) {
            ObjectNode who = caller.user ? JSON.createObjectNode().put("id", "100000001").put("name", "Erika Muster")
                    : JSON.createObjectNode().put("id", PAGE_ID).put("name", PAGE_NAME);
            return ok(who);
        }
        if (segments.size() == 2 && isPage(segments.get(0)) && segments.get(1).equals("feed")) {
            long since = Long.parseLong(query.getOrDefault("since", "0"));
            List<Post> live = posts.values().stream().filter(post -> post.liveAt(time.instant()))
                    .filter(post -> liveSince(post).getEpochSecond() >= since)
                    .sorted(Comparator.comparing(this::liveSince).reversed()).toList();
            return page(request, query, live, post -> JSON.createObjectNode().put("id", post.id())
                    .put("created_time", GRAPH_TIME.format(liveSince(post))).put("permalink_url", permalink(post)));
        }
        if (segments.size() == 2 && isPage(segments.get(0)) && segments.get(1).equals("scheduled_posts")) {
            List<Post> waiting = posts.values().stream().filter(post -> !post.liveAt(time.instant())).toList();
            return page(request, query, waiting, post -> JSON.createObjectNode().put("id", post.id())
                    .put("scheduled_publish_time", post.scheduledAt().getEpochSecond()).put("permalink_url", permalink(post)));
        }
        if (segments.size() == 1 && posts.containsKey(segments.get(0))) {
            Post post = posts.get(segments.get(0));
            ObjectNode node = JSON.createObjectNode().put("id", post.id())
                    .put("is_published", post.liveAt(time.instant())).put("permalink_url", permalink(post));
            if (post.scheduledAt() != null) {
                node.put("scheduled_publish_time", post.scheduledAt().getEpochSecond());
            }
            return ok(node);
        }
        return doesNotExist(segments.isEmpty() ? "" : segments.get(segments.size() - 1));
    }

    private Reply page(Received request, Map<String, String> query, List<Post> all,
                       java.util.function.Function<Post, ObjectNode> shown) {
        int limit = Integer.parseInt(query.getOrDefault("limit", "25"));
        int after = Integer.parseInt(query.getOrDefault("after", "0"));
        ArrayNode data = JSON.createArrayNode();
        all.stream().skip(after).limit(limit).forEach(post -> {
            ObjectNode node = shown.apply(post);
            if (!post.message().isEmpty()) {
                node.put("message", post.message());
            }
            data.add(node);
        });
        ObjectNode body = JSON.createObjectNode().set("data", data);
        if (after + limit < all.size()) {
            // Graph's next addresses carry the access token; a client must not send it on in the address.
            Map<String, String> next = new LinkedHashMap<>(query);
            next.put("after", Integer.toString(after + limit));
            next.put("access_token", PAGE_TOKEN);
            body.putObject("paging").put("next", baseUrl() + request.path().replaceFirst("^/v[0-9.]+", "") + "?"
                    + GraphClient.encoded(next));
        }
        return ok(body);
    }

    private Reply debugToken(Received request, Map<String, String> query) {
        if (!(APP_ID + "|" + APP_SECRET).equals(bearer(request))) {
            return error(400, "Invalid OAuth access token signature.", "OAuthException", 190, 0);
        }
        String inspected = query.getOrDefault("input_token", "");
        boolean page = inspected.equals(PAGE_TOKEN);
        ObjectNode data = JSON.createObjectNode().put("app_id", APP_ID).put("type", page ? "PAGE" : "USER")
                .put("is_valid", (page && !tokenExpired) || inspected.equals(LONG_USER_TOKEN))
                .put("expires_at", page ? pageTokenExpiresAt : time.instant().plus(Duration.ofDays(60)).getEpochSecond());
        if (page) {
            data.put("profile_id", PAGE_ID);
        }
        return ok(JSON.createObjectNode().set("data", data));
    }

    private Reply exchange(Map<String, String> query) {
        if (!"fb_exchange_token".equals(query.get("grant_type"))) {
            return error(400, "(#100) Invalid grant_type", "OAuthException", 100, 0);
        }
        if (!APP_ID.equals(query.get("client_id"))) {
            return error(400, "Error validating application. Invalid application ID.", "OAuthException", 101, 0);
        }
        if (!APP_SECRET.equals(query.get("client_secret"))) {
            return error(400, "Error validating client secret.", "OAuthException", 1, 0);
        }
        if (!SHORT_USER_TOKEN.equals(query.get("fb_exchange_token"))) {
            return error(400, "Error validating access token: Session has expired.", "OAuthException", 190, 463);
        }
        return ok(JSON.createObjectNode().put("access_token", LONG_USER_TOKEN).put("token_type", "bearer")
                .put("expires_in", 5_183_944));
    }

    // ---------------------------------------------------------------- writing

    private synchronized Reply post(Received request) {
        List<String> segments = segments(request.path());
        Caller caller = caller(request);
        if (caller.refusal != null) {
            return caller.refusal;
        }
        if (segments.size() != 2 || !isPage(segments.get(0))) {
            return doesNotExist(String.join("/", segments));
        }
        if (caller.user || !mayPost) {
            return error(403, "(#200) If posting to a page, requires both pages_read_engagement and "
                    + "pages_manage_posts permission with page token", "OAuthException", 200, 0);
        }
        return switch (segments.get(1)) {
            case "feed" -> feed(pairs(request.bodyText()));
            case "photos" -> photo(StandInMultipart.parse(request));
            default -> doesNotExist(segments.get(1));
        };
    }

    private Reply feed(Map<String, String> form) {
        String message = form.getOrDefault("message", "");
        List<String> attached = new ArrayList<>();
        for (int index = 0; form.containsKey("attached_media[" + index + "]"); index++) {
            String photoId;
            try {
                photoId = JSON.readTree(form.get("attached_media[" + index + "]")).path("media_fbid").asText();
            } catch (java.io.IOException notJson) {
                photoId = "";
            }
            Photo photo = photos.get(photoId);
            if (photo == null || photo.published()) {
                return error(400, "(#100) param attached_media[" + index + "] must be an unpublished photo",
                        "OAuthException", 100, 0);
            }
            attached.add(photoId);
        }
        if (message.isBlank() && attached.isEmpty()) {
            return error(400, "(#100) Missing message or attachment", "OAuthException", 100, 0);
        }
        Reply refused = refusal(form, message);
        if (refused != null) {
            return refused;
        }
        Post post = add(message, scheduledAt(form), attached);
        return ok(JSON.createObjectNode().put("id", post.id()));
    }

    private Reply photo(Map<String, StandInMultipart.Part> parts) {
        StandInMultipart.Part source = parts.get("source");
        if (source == null || source.content().length == 0) {
            return error(400, "(#324) Requires upload file", "OAuthException", 324, 0);
        }
        Map<String, String> fields = new LinkedHashMap<>();
        parts.forEach((name, part) -> fields.put(name, part.text()));
        boolean published = !"false".equals(fields.get("published"));
        String photoId = Long.toString(900_000_000L + nextId++);
        String altText = fields.getOrDefault("alt_text_custom", "");
        if (!published && !fields.containsKey("scheduled_publish_time")) {
            photos.put(photoId, new Photo(photoId, altText, false, "true".equals(fields.get("temporary")),
                    source.content().length));
            return ok(JSON.createObjectNode().put("id", photoId));
        }
        String message = fields.getOrDefault("message", "");
        Reply refused = refusal(fields, message);
        if (refused != null) {
            return refused;
        }
        photos.put(photoId, new Photo(photoId, altText, true, false, source.content().length));
        Post post = add(message, scheduledAt(fields), List.of(photoId));
        return ok(JSON.createObjectNode().put("id", photoId).put("post_id", post.id()));
    }

    /** The scheduling window and the duplicate rule, checked before anything is created. */
    private Reply refusal(Map<String, String> fields, String message) {
        if ("false".equals(fields.get("published"))) {
            if (!fields.containsKey("scheduled_publish_time")) {
                return error(400, "(#100) An unpublished post needs scheduled_publish_time in this stand-in",
                        "OAuthException", 100, 0);
            }
            Duration ahead = Duration.between(time.instant(), scheduledAt(fields));
            if (ahead.compareTo(Duration.ofMinutes(10)) < 0 || ahead.compareTo(Duration.ofDays(30)) > 0) {
                return error(400, "(#100) The specified scheduled publish time is invalid.", "OAuthException", 100, 0,
                        "The publish date must be between 10 minutes and 30 days from the time of the API request.");
            }
        }
        if (!message.isBlank() && message.equals(lastMessage)) {
            return error(400, "(#506) Duplicate status message", "OAuthException", 506, 0);
        }
        return null;
    }

    private static Instant scheduledAt(Map<String, String> fields) {
        String value = fields.get("scheduled_publish_time");
        return value == null || !"false".equals(fields.get("published")) ? null : Instant.ofEpochSecond(Long.parseLong(value));
    }

    private Post add(String message, Instant scheduledAt, List<String> photoIds) {
        Post post = new Post(PAGE_ID + "_" + (100_000 + nextId++), message, time.instant(), scheduledAt,
                List.copyOf(photoIds));
        posts.put(post.id(), post);
        if (!message.isBlank()) {
            lastMessage = message;
        }
        return post;
    }

    private synchronized Reply delete(Received request) {
        Caller caller = caller(request);
        if (caller.refusal != null) {
            return caller.refusal;
        }
        List<String> segments = segments(request.path());
        if (segments.size() != 1 || posts.remove(segments.get(0)) == null) {
            return doesNotExist(String.join("/", segments));
        }
        return ok(JSON.createObjectNode().put("success", true));
    }

    // ---------------------------------------------------------------- Graph's manners

    private record Caller(boolean user, Reply refusal) {
    }

    private Caller caller(Received request) {
        String token = bearer(request);
        if (PAGE_TOKEN.equals(token)) {
            return tokenExpired
                    ? new Caller(false, error(400, "Error validating access token: Session has expired on Sunday, "
                            + "29-Nov-26 10:00:00 PST.", "OAuthException", 190, 463))
                    : new Caller(false, null);
        }
        if (LONG_USER_TOKEN.equals(token)) {
            return new Caller(true, null);
        }
        return new Caller(false, error(400, "Invalid OAuth access token - Cannot parse access token",
                "OAuthException", 190, 0));
    }

    private Instant liveSince(Post post) {
        return post.scheduledAt() == null ? post.createdAt() : post.scheduledAt();
    }

    private static String permalink(Post post) {
        return "https://www.facebook.com/" + PAGE_ID + "/posts/" + post.id().substring(post.id().indexOf('_') + 1);
    }

    private static boolean isPage(String node) {
        return node.equals("me") || node.equals(PAGE_ID);
    }

    private static String bearer(Received request) {
        String header = request.header("Authorization");
        return header != null && header.startsWith("Bearer ") ? header.substring("Bearer ".length()) : "";
    }

    private static List<String> segments(String path) {
        String withoutVersion = path.replaceFirst("^/v[0-9.]+", "");
        List<String> segments = new ArrayList<>();
        for (String segment : withoutVersion.split("/")) {
            if (!segment.isEmpty()) {
                segments.add(segment);
            }
        }
        return segments;
    }

    static Map<String, String> pairs(String encoded) {
        Map<String, String> pairs = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return pairs;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            pairs.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return pairs;
    }

    private static Reply doesNotExist(String id) {
        return error(400, "Unsupported get request. Object with ID '" + id + "' does not exist, cannot be loaded due "
                + "to missing permissions, or does not support this operation.", "GraphMethodException", 100, 33);
    }

    static Reply error(int status, String message, String type, int code, int subcode) {
        return error(status, message, type, code, subcode, null);
    }

    static Reply error(int status, String message, String type, int code, int subcode, String userMessage) {
        ObjectNode error = JSON.createObjectNode().put("message", message).put("type", type).put("code", code);
        if (subcode != 0) {
            error.put("error_subcode", subcode);
        }
        if (userMessage != null) {
            error.put("error_user_title", "Facebook").put("error_user_msg", userMessage);
        }
        error.put("fbtrace_id", "AbCdEfGhIjK");
        return Reply.json(status, JSON.createObjectNode().set("error", error).toString());
    }

    /** Graph's "An unexpected error has occurred. Please retry your request later.": code 2, transient. */
    static Reply unexpectedError() {
        ObjectNode error = JSON.createObjectNode()
                .put("message", "An unexpected error has occurred. Please retry your request later.")
                .put("type", "OAuthException").put("is_transient", true).put("code", 2).put("fbtrace_id", "AxYz");
        return Reply.json(500, JSON.createObjectNode().set("error", error).toString());
    }

    private static Reply ok(ObjectNode body) {
        return Reply.json(200, body.toString());
    }

    @Override
    public void close() {
        server.close();
    }
}
