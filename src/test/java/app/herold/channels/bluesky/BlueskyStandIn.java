package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.StandInServer;
import app.herold.channels.common.StandInServer.Received;
import app.herold.channels.common.StandInServer.Reply;
import app.herold.channels.text.TextMeasure;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToIntFunction;

/**
 * A Bluesky server (entryway and PDS in one) on 127.0.0.1 for one account, answering the XRPC methods
 * Herold uses as the AT Protocol documents them: sessions with access tokens that can be made to expire
 * (the next call answers 400 ExpiredToken, the refresh works), blobs, post records under unique record keys
 * within the post lexicon's limits, reading a record back, and resolving handles. Errors are XRPC's
 * {@code {"error": …, "message": …}}. Faults for single requests come from {@link #server()}.
 */
final class BlueskyStandIn implements AutoCloseable {

    static final String HANDLE = "stadt.bsky.social";
    static final String DID = "did:plc:stadtmeerane";
    static final String APP_PASSWORD = "abcd-efgh-ijkl-mnop";
    static final String POST = "app.bsky.feed.post";

    private static final String XRPC = "/xrpc/";

    private final StandInServer server = new StandInServer();
    private final Map<String, ObjectNode> posts = new LinkedHashMap<>();
    private final Map<String, byte[]> blobs = new ConcurrentHashMap<>();
    private final Set<String> accessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> expiredAccessTokens = ConcurrentHashMap.newKeySet();
    private final Set<String> refreshTokens = ConcurrentHashMap.newKeySet();
    private final Map<String, String> handles = new ConcurrentHashMap<>(Map.of(HANDLE, DID));
    private final AtomicInteger tokensIssued = new AtomicInteger();
    private final AtomicInteger sessionsCreated = new AtomicInteger();
    private final AtomicInteger sessionsRefreshed = new AtomicInteger();
    private volatile String appPassword = APP_PASSWORD;
    private volatile ToIntFunction<String> graphemes = TextMeasure::graphemes;
    private volatile boolean takenKeyIsServerError;

    BlueskyStandIn() {
        procedure("com.atproto.server.createSession", this::createSession);
        procedure("com.atproto.server.refreshSession", this::refreshSession);
        procedure("com.atproto.repo.uploadBlob", request -> authorized(request, this::uploadBlob));
        procedure("com.atproto.repo.createRecord", request -> authorized(request, this::createRecord));
        server.route("GET", path -> path.equals(XRPC + "com.atproto.repo.getRecord"), this::getRecord);
        server.route("GET", path -> path.equals(XRPC + "com.atproto.identity.resolveHandle"), this::resolveHandle);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    /** For faults on single requests, the network going away and what was received. */
    StandInServer server() {
        return server;
    }

    static java.util.function.Predicate<Received> method(String httpMethod, String nsid) {
        return StandInServer.path(httpMethod, XRPC + nsid);
    }

    synchronized int posts() {
        return posts.size();
    }

    synchronized ObjectNode post(String recordKey) {
        return posts.get(recordKey);
    }

    byte[] blob(String cid) {
        return blobs.get(cid);
    }

    int sessionsCreated() {
        return sessionsCreated.get();
    }

    int sessionsRefreshed() {
        return sessionsRefreshed.get();
    }

    /** Two hours have passed: every access token handed out so far is answered with ExpiredToken. */
    void expireAccessTokens() {
        expiredAccessTokens.addAll(accessTokens);
        accessTokens.clear();
    }

    /** The refresh tokens are no longer taken (90 days passed, or the user revoked the app password). */
    void expireRefreshTokens() {
        refreshTokens.clear();
    }

    /** The user revoked the app password in Bluesky's settings and made another. */
    void changeAppPassword(String newPassword) {
        appPassword = newPassword;
        expireAccessTokens();
        expireRefreshTokens();
    }

    void addHandle(String handle, String did) {
        handles.put(handle, did);
    }

    /** A server that counts graphemes otherwise than Herold does (another Unicode version, say). */
    void countGraphemesWith(ToIntFunction<String> counter) {
        graphemes = counter;
    }

    /**
     * A second write under a taken key fails in the repository's tree ("There is already a value at key"),
     * which createRecord does not catch: a PDS may then answer 500 instead of 400 (platforms.md open point 6).
     */
    void answerTakenKeysWithServerError() {
        takenKeyIsServerError = true;
    }

    private void procedure(String nsid, StandInServer.Handler handler) {
        server.route("POST", path -> path.equals(XRPC + nsid), handler);
    }

    private Reply createSession(Received request) {
        JsonNode body = json(request.bodyText());
        String identifier = body.path("identifier").asText("");
        boolean known = identifier.equalsIgnoreCase(HANDLE) || identifier.equals(DID);
        if (!known || !body.path("password").asText("").equals(appPassword)) {
            return error(401, "AuthenticationRequired", "Invalid identifier or password");
        }
        sessionsCreated.incrementAndGet();
        return session();
    }

    private Reply refreshSession(Received request) {
        String token = bearer(request);
        if (token == null || !refreshTokens.remove(token)) {
            return error(400, "ExpiredToken", "Token has expired");
        }
        sessionsRefreshed.incrementAndGet();
        return session();
    }

    private Reply session() {
        int number = tokensIssued.incrementAndGet();
        String access = "access-" + number;
        String refresh = "refresh-" + number;
        accessTokens.add(access);
        refreshTokens.add(refresh);
        ObjectNode answer = PlatformHttp.json().createObjectNode()
                .put("accessJwt", access)
                .put("refreshJwt", refresh)
                .put("handle", HANDLE)
                .put("did", DID)
                .put("active", true);
        ObjectNode didDocument = answer.putObject("didDoc").put("id", DID);
        didDocument.putArray("alsoKnownAs").add("at://" + HANDLE);
        didDocument.putArray("service").addObject()
                .put("id", "#atproto_pds")
                .put("type", "AtprotoPersonalDataServer")
                .put("serviceEndpoint", server.baseUrl());
        return Reply.json(200, answer.toString());
    }

    private Reply authorized(Received request, StandInServer.Handler handler) {
        String token = bearer(request);
        if (token != null && expiredAccessTokens.contains(token)) {
            return error(400, "ExpiredToken", "Token has expired");
        }
        if (token == null || !accessTokens.contains(token)) {
            return error(401, "AuthenticationRequired", "Invalid token");
        }
        return handler.handle(request);
    }

    private Reply uploadBlob(Received request) {
        String cid = "bafkrei" + digest(request.body()).substring(0, 40);
        blobs.put(cid, request.body());
        ObjectNode answer = PlatformHttp.json().createObjectNode();
        ObjectNode blob = answer.putObject("blob").put("$type", "blob");
        blob.putObject("ref").put("$link", cid);
        blob.put("mimeType", request.header("Content-Type")).put("size", request.body().length);
        return Reply.json(200, answer.toString());
    }

    private synchronized Reply createRecord(Received request) {
        JsonNode body = json(request.bodyText());
        String repo = body.path("repo").asText("");
        if (!repo.equals(DID) && !repo.equalsIgnoreCase(HANDLE)) {
            return error(400, "InvalidRequest", "Could not find repo: " + repo);
        }
        String recordKey = body.path("rkey").asText("");
        if (!body.path("collection").asText("").equals(POST) || !Tid.isValid(recordKey)) {
            return error(400, "InvalidRequest", "Invalid collection or record key");
        }
        JsonNode record = body.path("record");
        String invalid = invalidPost(record);
        if (invalid != null) {
            return error(400, "InvalidRequest", "Invalid " + POST + " record: " + invalid);
        }
        if (posts.containsKey(recordKey)) {
            return takenKeyIsServerError
                    ? error(500, "InternalServerError", "Internal Server Error")
                    : error(400, "InvalidRequest", "There is already a value at key: " + POST + "/" + recordKey);
        }
        posts.put(recordKey, (ObjectNode) record);
        return Reply.json(200, PlatformHttp.json().createObjectNode()
                .put("uri", uri(recordKey))
                .put("cid", cidOf(record))
                .put("validationStatus", "valid")
                .toString());
    }

    /** The post lexicon's rules the PDS checks, with its validator's wording; null when the record is valid. */
    private String invalidPost(JsonNode record) {
        if (!POST.equals(record.path("$type").asText())) {
            return "Record/$type must be " + POST;
        }
        String text = record.path("text").asText("");
        if (graphemes.applyAsInt(text) > 300) {
            return "Record/text must not be longer than 300 graphemes";
        }
        if (TextMeasure.utf8Bytes(text) > 3000) {
            return "Record/text must not be longer than 3000 characters";
        }
        try {
            OffsetDateTime.parse(record.path("createdAt").asText(""));
        } catch (DateTimeParseException e) {
            return "Record/createdAt must be an valid atproto datetime (both RFC-3339 and ISO-8601)";
        }
        JsonNode images = record.path("embed").path("images");
        if (images.size() > 4) {
            return "Record/embed/images must not have more than 4 elements";
        }
        for (int index = 0; index < images.size(); index++) {
            JsonNode image = images.get(index);
            if (!image.path("alt").isTextual()) {
                return "Record/embed/images/" + index + " must have the property \"alt\"";
            }
            if (!blobs.containsKey(image.path("image").path("ref").path("$link").asText(""))) {
                return "Record/embed/images/" + index + "/image could not find blob";
            }
        }
        return null;
    }

    private synchronized Reply getRecord(Received request) {
        Map<String, String> query = query(request.query());
        String repo = query.getOrDefault("repo", "");
        String recordKey = query.getOrDefault("rkey", "");
        boolean ours = repo.equals(DID) || repo.equalsIgnoreCase(HANDLE);
        ObjectNode record = ours && POST.equals(query.get("collection")) ? posts.get(recordKey) : null;
        if (record == null) {
            return error(400, "RecordNotFound", "Could not locate record: at://" + repo + "/"
                    + query.get("collection") + "/" + recordKey);
        }
        ObjectNode answer = PlatformHttp.json().createObjectNode()
                .put("uri", uri(recordKey))
                .put("cid", cidOf(record));
        answer.set("value", record);
        return Reply.json(200, answer.toString());
    }

    private Reply resolveHandle(Received request) {
        String did = handles.get(query(request.query()).getOrDefault("handle", "").toLowerCase());
        return did == null
                ? error(400, "InvalidRequest", "Unable to resolve handle")
                : Reply.json(200, PlatformHttp.json().createObjectNode().put("did", did).toString());
    }

    private static String uri(String recordKey) {
        return "at://" + DID + "/" + POST + "/" + recordKey;
    }

    private static String cidOf(JsonNode record) {
        return "bafyrei" + digest(record.toString().getBytes(StandardCharsets.UTF_8)).substring(0, 40);
    }

    private static String bearer(Received request) {
        String authorization = request.header("Authorization");
        return authorization != null && authorization.startsWith("Bearer ") ? authorization.substring(7) : null;
    }

    static Reply error(int status, String error, String message) {
        return Reply.json(status, PlatformHttp.json().createObjectNode()
                .put("error", error).put("message", message).toString());
    }

    private static JsonNode json(String text) {
        try {
            return PlatformHttp.json().readTree(text.isBlank() ? "{}" : text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> query(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int equals = pair.indexOf('=');
            String name = equals < 0 ? pair : pair.substring(0, equals);
            String value = equals < 0 ? "" : pair.substring(equals + 1);
            parameters.put(URLDecoder.decode(name, StandardCharsets.UTF_8), URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return parameters;
    }

    private static String digest(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-256", e);
        }
    }

    @Override
    public void close() {
        server.close();
    }
}
