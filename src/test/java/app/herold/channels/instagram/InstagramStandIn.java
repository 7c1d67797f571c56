package app.herold.channels.instagram;

import app.herold.channels.common.StandInServer;
import app.herold.channels.common.StandInServer.Received;
import app.herold.channels.common.StandInServer.Reply;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Instagram's content publishing as Meta documents it (platforms.md "Instagram"), on a local
 * {@link StandInServer} under {@code /v21.0}: {@code POST /{ig-user-id}/media} makes a container after
 * fetching {@code image_url} for real ("We cURL media"), a container's {@code status_code} goes
 * IN_PROGRESS → FINISHED as it is read, {@code media_publish} turns a FINISHED container into a post
 * (and never a container into two posts), carousels take 2 to 10 finished item containers, the publishing
 * limit answers 9 / 2207042, and errors come as {@code {"error":{"message","type","code","error_subcode",
 * "is_transient","error_user_msg"}}}. The Facebook Page's unpublished photos ({@code POST /me/photos} with
 * a Page token) are kept on a {@link PublicFolder} that plays Facebook's CDN.
 */
final class InstagramStandIn implements AutoCloseable {

    static final String VERSION = "/v21.0";
    static final String IG_USER_ID = "17841400000000001";
    static final String USERNAME = "stadt.meerane";
    static final String PAGE_ID = "104000000000001";
    static final String TOKEN = "IGQVJ-stand-in-token";
    static final String PAGE_TOKEN = "EAAB-stand-in-page-token";
    private static final String FACEBOOK_USER_ID = "10150000000000001";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** A post on the account. */
    record Post(String mediaId, String containerId, String caption, List<String> imageUrls, List<String> altTexts,
                String permalink) {
    }

    /** A media container as made. */
    static final class Container {
        final String id;
        final String imageUrl;
        final String caption;
        final String altText;
        final boolean carouselItem;
        final List<String> children;
        final String endsAs;
        int readsUntilDone;
        String status = "IN_PROGRESS";

        Container(String id, String imageUrl, String caption, String altText, boolean carouselItem,
                  List<String> children, String endsAs, int readsUntilDone) {
            this.id = id;
            this.imageUrl = imageUrl;
            this.caption = caption;
            this.altText = altText;
            this.carouselItem = carouselItem;
            this.children = children;
            this.endsAs = endsAs;
            this.readsUntilDone = readsUntilDone;
        }
    }

    /** An unpublished photo on the Page, with what the upload said about publishing it. */
    record PagePhoto(String id, String published, int bytes) {
    }

    private final StandInServer server = new StandInServer();
    private final PublicFolder cdn;
    private final HttpClient fetcher = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(2)).build();
    private final AtomicLong ids = new AtomicLong(17900000000000000L);
    private final Map<String, Container> containers = new LinkedHashMap<>();
    private final List<Post> posts = new ArrayList<>();
    private final Map<String, PagePhoto> pagePhotos = new LinkedHashMap<>();
    private String validToken = TOKEN;
    private boolean facebookLogin;
    private int processingReads = 1;
    private String nextContainerEndsAs;
    private int publishingLimit = 50;

    InstagramStandIn(PublicFolder cdn) {
        this.cdn = cdn;
        server.route("GET", path -> path.startsWith(VERSION + "/"), this::get);
        server.route("POST", path -> path.startsWith(VERSION + "/"), this::post);
    }

    String baseUrl() {
        return server.baseUrl() + VERSION;
    }

    StandInServer server() {
        return server;
    }

    synchronized List<Post> posts() {
        return List.copyOf(posts);
    }

    synchronized List<Container> containers() {
        return List.copyOf(containers.values());
    }

    synchronized Container container(String id) {
        return containers.get(id);
    }

    synchronized List<PagePhoto> pagePhotos() {
        return List.copyOf(pagePhotos.values());
    }

    /** The access token stops working (expired, or the officer changed the password). */
    synchronized void expireToken() {
        validToken = "expired";
    }

    /** The token is a Facebook user's (Instagram API with Facebook Login): {@code /me} is not the Instagram account. */
    synchronized void facebookLogin() {
        facebookLogin = true;
    }

    /** How many status reads a new container stays IN_PROGRESS. */
    synchronized void processingReads(int reads) {
        processingReads = reads;
    }

    /**
     * The next container Meta fails to process ("ERROR"), lets expire ("EXPIRED") or never finishes
     * ("IN_PROGRESS").
     */
    synchronized void nextContainerEndsAs(String status) {
        nextContainerEndsAs = status;
    }

    /** Meta is done with a container that was still processing. */
    synchronized void finishProcessing(String containerId) {
        containers.get(containerId).status = "FINISHED";
    }

    /** Posts allowed in the 24-hour window (50 on Instagram). */
    synchronized void publishingLimit(int postsPerDay) {
        publishingLimit = postsPerDay;
    }

    private Reply get(Received request) {
        Map<String, String> query = decode(request.query());
        String[] path = request.path().substring(VERSION.length() + 1).split("/");
        String fields = query.getOrDefault("fields", "");
        synchronized (this) {
            if (path[0].equals("me") && path.length == 2 && path[1].equals("accounts")) {
                return authorized(request, validToken) ? linkedPages() : invalidToken();
            }
            if (pagePhotos.containsKey(path[0])) {
                return authorized(request, PAGE_TOKEN) ? pagePhotoImages(path[0]) : invalidToken();
            }
            if (!authorized(request, validToken)) {
                return invalidToken();
            }
            if (path[0].equals("me")) {
                return me(fields);
            }
            if (path[0].equals(IG_USER_ID) && path.length == 1) {
                return ok(JSON.createObjectNode().put("id", IG_USER_ID).put("username", USERNAME));
            }
            if (path[0].equals(IG_USER_ID) && path.length == 2 && path[1].equals("media")) {
                return recentMedia(Integer.parseInt(query.getOrDefault("limit", "25")));
            }
            if (containers.containsKey(path[0]) && fields.equals("status_code")) {
                return ok(JSON.createObjectNode().put("status_code", read(containers.get(path[0]))).put("id", path[0]));
            }
            for (Post post : posts) {
                if (post.mediaId().equals(path[0])) {
                    return ok(JSON.createObjectNode().put("permalink", post.permalink()).put("id", post.mediaId()));
                }
            }
            return noSuchObject(path[0]);
        }
    }

    private Reply post(Received request) {
        String path = request.path().substring(VERSION.length());
        if (path.equals("/me/photos")) {
            return uploadPagePhoto(request);
        }
        Map<String, String> form = decode(request.bodyText());
        synchronized (this) {
            if (!authorized(request, validToken)) {
                return invalidToken();
            }
            if (path.equals("/" + IG_USER_ID + "/media_publish")) {
                return publish(form.getOrDefault("creation_id", ""));
            }
            if (!path.equals("/" + IG_USER_ID + "/media")) {
                return Reply.json(400, error(100, 0, "Unsupported post request.", "", false));
            }
            if ("CAROUSEL".equals(form.get("media_type"))) {
                return carousel(form);
            }
        }
        // Meta fetches the picture while the container is made; outside the lock, as it takes a moment.
        String imageUrl = form.getOrDefault("image_url", "");
        if (!fetchable(imageUrl)) {
            return Reply.json(400, error(9004, 2207052, "Only photo or video can be accepted as media type.",
                    "The media could not be fetched from this URI: " + imageUrl, false));
        }
        synchronized (this) {
            Container container = newContainer(imageUrl, form.getOrDefault("caption", ""),
                    form.getOrDefault("alt_text", ""), "true".equals(form.get("is_carousel_item")), List.of());
            return ok(JSON.createObjectNode().put("id", container.id));
        }
    }

    private Reply carousel(Map<String, String> form) {
        List<String> children = Arrays.asList(form.getOrDefault("children", "").split(","));
        if (children.size() < 2 || children.size() > 10) {
            return Reply.json(400, error(100, 0, "Invalid parameter", "A carousel holds 2 to 10 items.", false));
        }
        for (String child : children) {
            Container item = containers.get(child);
            if (item == null || !item.carouselItem || !item.status.equals("FINISHED")) {
                return Reply.json(400, error(9007, 2207027, "Media ID is not available",
                        "The media is not ready for publishing, please wait for a moment", false));
            }
        }
        Container container = newContainer("", form.getOrDefault("caption", ""), "", false, children);
        return ok(JSON.createObjectNode().put("id", container.id));
    }

    private Container newContainer(String imageUrl, String caption, String altText, boolean carouselItem,
                                   List<String> children) {
        String endsAs = nextContainerEndsAs == null || carouselItem ? "FINISHED" : nextContainerEndsAs;
        if (!carouselItem) {
            nextContainerEndsAs = null;
        }
        Container container = new Container(String.valueOf(ids.incrementAndGet()), imageUrl, caption, altText,
                carouselItem, children, endsAs, endsAs.equals("IN_PROGRESS") ? Integer.MAX_VALUE : processingReads);
        containers.put(container.id, container);
        return container;
    }

    /** A status read: processing goes on with every look, as it does at Meta with time. */
    private String read(Container container) {
        if (container.status.equals("IN_PROGRESS")) {
            if (container.readsUntilDone <= 0) {
                container.status = container.endsAs;
            } else {
                container.readsUntilDone--;
            }
        }
        return container.status;
    }

    private Reply publish(String creationId) {
        Container container = containers.get(creationId);
        if (container == null || container.carouselItem) {
            return Reply.json(400, error(100, 0, "Invalid parameter", "The media container was not found.", false));
        }
        switch (container.status) {
            case "FINISHED":
                break;
            case "PUBLISHED":
                // Meta's exact answer to a second media_publish of one container is not documented; what matters
                // is that a container never becomes a second post.
                return Reply.json(400, error(100, 0, "Invalid parameter",
                        "This media container has already been published.", false));
            case "EXPIRED":
                return Reply.json(400, error(-2, 2207020, "The media you are trying to publish has expired.",
                        "Please create a new media container.", false));
            case "ERROR":
                return Reply.json(400, error(-1, 2207032, "Create media failed.", "Please try again.", false));
            default:
                return Reply.json(400, error(9007, 2207027, "Media ID is not available",
                        "The media is not ready for publishing, please wait for a moment", false));
        }
        if (posts.size() >= publishingLimit) {
            return Reply.json(400, error(9, 2207042, "Application request limit reached",
                    "You have reached the maximum number of posts that is allowed to be published by the Content "
                            + "Publishing API.", false));
        }
        String mediaId = String.valueOf(ids.incrementAndGet());
        List<Container> pictures = container.children.isEmpty() ? List.of(container)
                : container.children.stream().map(containers::get).toList();
        posts.add(new Post(mediaId, container.id, container.caption,
                pictures.stream().map(item -> item.imageUrl).toList(),
                pictures.stream().map(item -> item.altText).toList(),
                "https://www.instagram.com/p/C" + mediaId.substring(mediaId.length() - 6) + "/"));
        container.status = "PUBLISHED";
        return ok(JSON.createObjectNode().put("id", mediaId));
    }

    private Reply me(String fields) {
        if (facebookLogin) {
            if (fields.contains("username") || fields.contains("instagram_business_account")) {
                return Reply.json(400, error(100, 0,
                        "(#100) Tried accessing nonexisting field (username) on node type (User)", "", false));
            }
            return ok(JSON.createObjectNode().put("id", FACEBOOK_USER_ID).put("name", "Kim Beispiel"));
        }
        return ok(JSON.createObjectNode().put("id", IG_USER_ID).put("username", USERNAME));
    }

    private Reply linkedPages() {
        if (!facebookLogin) {
            return Reply.json(400, error(100, 0, "(#100) Tried accessing nonexisting field (accounts)", "", false));
        }
        ObjectNode page = JSON.createObjectNode().put("name", "Stadt Meerane").put("id", PAGE_ID);
        page.putObject("instagram_business_account").put("id", IG_USER_ID).put("username", USERNAME);
        ObjectNode answer = JSON.createObjectNode();
        answer.putArray("data").add(page);
        return ok(answer);
    }

    private Reply recentMedia(int limit) {
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode data = answer.putArray("data");
        for (int i = posts.size() - 1; i >= 0 && data.size() < limit; i--) {
            Post post = posts.get(i);
            data.addObject().put("id", post.mediaId()).put("caption", post.caption())
                    .put("permalink", post.permalink()).put("timestamp", "2026-11-29T10:00:00+0000");
        }
        return ok(answer);
    }

    private Reply uploadPagePhoto(Received request) {
        if (!authorized(request, PAGE_TOKEN)) {
            return invalidToken();
        }
        Map<String, byte[]> parts = multipart(request);
        byte[] source = parts.getOrDefault("source", new byte[0]);
        if (source.length < 2 || (source[0] & 0xFF) != 0xFF || (source[1] & 0xFF) != 0xD8) {
            return Reply.json(400, error(324, 0, "(#324) Requires upload file", "Missing or invalid image file",
                    false));
        }
        String id = String.valueOf(ids.incrementAndGet());
        try {
            Files.write(cdn.folder().resolve("fb-" + id + "-1080.jpg"), source);
            Files.write(cdn.folder().resolve("fb-" + id + "-320.jpg"), source);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        synchronized (this) {
            pagePhotos.put(id, new PagePhoto(id, new String(parts.getOrDefault("published", new byte[0]),
                    StandardCharsets.UTF_8), source.length));
        }
        return ok(JSON.createObjectNode().put("id", id));
    }

    /** The sizes Facebook keeps of a photo, the small one first so the largest must be picked. */
    private Reply pagePhotoImages(String id) {
        ObjectNode answer = JSON.createObjectNode().put("id", id);
        ArrayNode images = answer.putArray("images");
        images.addObject().put("height", 320).put("width", 320).put("source", cdn.url() + "fb-" + id + "-320.jpg");
        images.addObject().put("height", 1080).put("width", 1080).put("source", cdn.url() + "fb-" + id + "-1080.jpg");
        return ok(answer);
    }

    /** Meta's fetch: an http(s) address in US-ASCII that answers 200 with a JPEG. */
    private boolean fetchable(String imageUrl) {
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(imageUrl)
                || !(imageUrl.startsWith("http://") || imageUrl.startsWith("https://"))) {
            return false;
        }
        try {
            HttpResponse<byte[]> picture = fetcher.send(HttpRequest.newBuilder(URI.create(imageUrl))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
            byte[] bytes = picture.body();
            return picture.statusCode() == 200 && bytes.length > 2 && (bytes[0] & 0xFF) == 0xFF
                    && (bytes[1] & 0xFF) == 0xD8;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean authorized(Received request, String token) {
        return ("Bearer " + token).equals(request.header("Authorization"));
    }

    private static Reply invalidToken() {
        return Reply.json(400, error(190, 463,
                "Error validating access token: Session has expired on Saturday, 28-Nov-26 10:00:00 PST.", "", false));
    }

    private static Reply noSuchObject(String id) {
        return Reply.json(400, error(100, 33, "Unsupported get request. Object with ID '" + id + "' does not exist, "
                + "cannot be loaded due to missing permissions, or does not support this operation.", "", false));
    }

    static String error(int code, int subcode, String message, String userMessage, boolean isTransient) {
        ObjectNode error = JSON.createObjectNode();
        ObjectNode body = error.putObject("error").put("message", message).put("type", "OAuthException")
                .put("code", code).put("is_transient", isTransient).put("fbtrace_id", "AbC123dEf");
        if (subcode != 0) {
            body.put("error_subcode", subcode);
        }
        if (!userMessage.isEmpty()) {
            body.put("error_user_msg", userMessage);
        }
        return error.toString();
    }

    private static Reply ok(ObjectNode body) {
        return Reply.json(200, body.toString());
    }

    private static Map<String, String> decode(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            values.put(name, equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    /** The parts of a multipart/form-data body by name (RFC 7578), bytes kept as they are. */
    private static Map<String, byte[]> multipart(Received request) {
        String type = request.header("Content-Type");
        String boundary = "--" + type.substring(type.indexOf("boundary=") + "boundary=".length());
        String body = new String(request.body(), StandardCharsets.ISO_8859_1);
        Map<String, byte[]> parts = new HashMap<>();
        int start = body.indexOf(boundary);
        while (start >= 0) {
            int headersEnd = body.indexOf("\r\n\r\n", start);
            int next = body.indexOf("\r\n" + boundary, headersEnd);
            if (headersEnd < 0 || next < 0) {
                break;
            }
            String headers = body.substring(start, headersEnd);
            int nameAt = headers.indexOf("name=\"") + "name=\"".length();
            String name = headers.substring(nameAt, headers.indexOf('"', nameAt));
            parts.put(name, body.substring(headersEnd + 4, next).getBytes(StandardCharsets.ISO_8859_1));
            start = next + 2;
        }
        return parts;
    }

    @Override
    public void close() {
        server.close();
    }
}
