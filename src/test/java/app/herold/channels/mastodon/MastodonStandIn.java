package app.herold.channels.mastodon;

import app.herold.channels.common.StandInServer;
import app.herold.channels.common.StandInServer.Received;
import app.herold.channels.common.StandInServer.Reply;
import app.herold.channels.text.TextMeasure;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Mastodon server for one account, as docs.joinmastodon.org documents the calls the publisher makes
 * (platforms.md, "Mastodon (REST API)"): media upload with 200 or 202 and polling with 206, statuses with
 * an Idempotency-Key kept for an hour, scheduled statuses at least five minutes ahead, the instance's
 * limits, the account's statuses as sanitised HTML, and errors as {@code {"error": "…"}}.
 *
 * <p>A repeated Idempotency-Key is answered as Mastodon's PostStatusService does: the id stored under the
 * key is looked up among the account's live statuses before {@code scheduled_at} is read, so a repeated
 * handover answers 404 (mastodon/mastodon, app/services/post_status_service.rb,
 * {@code idempotency_duplicate}). A {@code scheduled_at} in the past posts at once, as there.
 */
public final class MastodonStandIn implements AutoCloseable {

    public static final String TOKEN = "token-of-the-town-hall";
    static final String ACCOUNT_ID = "109000000000000001";
    public static final String USERNAME = "stadtmeerane";
    private static final Duration KEY_KEPT = Duration.ofHours(1);
    private static final Duration SHORTEST_SCHEDULE = Duration.ofMinutes(5);
    private static final ObjectMapper JSON = new ObjectMapper();

    public record Media(String id, String description, String fileName, int byteCount) {
    }

    public record Status(String id, Instant createdAt, String text, String visibility, String language,
                  List<String> mediaIds) {
    }

    public record Scheduled(String id, Instant scheduledAt, String text, List<String> mediaIds) {
    }

    private record StoredKey(String id, Instant storedAt) {
    }

    private final StandInServer server = new StandInServer();
    private final Clock clock;
    private final AtomicLong nextId = new AtomicLong(110_000_000_000_000_000L);
    private final Map<String, Media> media = new LinkedHashMap<>();
    private final Map<String, Integer> processingLooksLeft = new HashMap<>();
    private final List<Status> statuses = new ArrayList<>();
    private final List<Scheduled> scheduled = new ArrayList<>();
    private final Map<String, StoredKey> idempotencyKeys = new HashMap<>();
    private int maxCharacters = 500;
    private int maxMediaAttachments = 4;
    private int descriptionLimit = 1500;
    private int processingLooks;
    private boolean instanceBroken;

    public MastodonStandIn(Clock clock) {
        this.clock = clock;
        server.route("GET", path -> path.equals("/api/v2/instance"), this::instance)
                .route("POST", path -> path.equals("/api/v2/media"), authorized(this::upload))
                .route("GET", path -> path.startsWith("/api/v1/media/"), authorized(this::mediaState))
                .route("POST", path -> path.equals("/api/v1/statuses"), authorized(this::postStatus))
                .route("GET", path -> path.equals("/api/v1/accounts/verify_credentials"), authorized(this::me))
                .route("GET", path -> path.equals("/api/v1/accounts/" + ACCOUNT_ID + "/statuses"),
                        authorized(this::accountStatuses))
                .route("GET", path -> path.equals("/api/v1/scheduled_statuses"), authorized(this::scheduledList))
                .route("GET", path -> path.startsWith("/api/v1/scheduled_statuses/"), authorized(this::scheduledOne))
                .route("DELETE", path -> path.startsWith("/api/v1/scheduled_statuses/"),
                        authorized(this::deleteScheduled));
    }

    public String baseUrl() {
        return server.baseUrl();
    }

    public StandInServer server() {
        return server;
    }

    /** What this server takes, as its {@code /api/v2/instance} tells. */
    void limits(int characters, int mediaAttachments, int descriptions) {
        maxCharacters = characters;
        maxMediaAttachments = mediaAttachments;
        descriptionLimit = descriptions;
    }

    /** The instance endpoint answers 500 from now on. */
    void breakInstanceEndpoint() {
        instanceBroken = true;
    }

    /** Uploads answer 202 and are still processing for this many looks at them. */
    void processPicturesFor(int looks) {
        processingLooks = looks;
    }

    /** The posts the server holds, live and scheduled: never more than one per target. */
    public synchronized int posts() {
        return statuses.size() + scheduled.size();
    }

    public synchronized List<Status> statuses() {
        return List.copyOf(statuses);
    }

    public synchronized List<Scheduled> scheduled() {
        return List.copyOf(scheduled);
    }

    synchronized Map<String, Media> media() {
        return Map.copyOf(media);
    }

    /** Mastodon's scheduler: every scheduled status whose time has come is published and leaves the schedule. */
    public synchronized void publishDueStatuses() {
        Instant now = clock.instant();
        for (Scheduled due : List.copyOf(scheduled)) {
            if (!due.scheduledAt().isAfter(now)) {
                scheduled.remove(due);
                statuses.add(new Status(newId(), due.scheduledAt(), due.text(), "public", "de", due.mediaIds()));
            }
        }
    }

    /** Someone deletes a scheduled status in Mastodon's own web interface. */
    synchronized void deleteScheduledOnTheServer(String id) {
        scheduled.removeIf(waiting -> waiting.id().equals(id));
    }

    /** A status the account made by hand (or long ago). */
    synchronized Status addStatus(String text, Instant createdAt) {
        Status status = new Status(newId(), createdAt, text, "public", "de", List.of());
        statuses.add(status);
        return status;
    }

    @Override
    public void close() {
        server.close();
    }

    private StandInServer.Handler authorized(StandInServer.Handler handler) {
        return request -> {
            if (!("Bearer " + TOKEN).equals(request.header("Authorization"))) {
                return error(401, "The access token is invalid");
            }
            synchronized (this) {
                return handler.handle(request);
            }
        };
    }

    private Reply instance(Received request) {
        if (instanceBroken) {
            return error(500, "We're sorry, but something went wrong on our end.");
        }
        ObjectNode instance = JSON.createObjectNode().put("domain", "127.0.0.1").put("version", "4.4.0");
        ObjectNode configuration = instance.putObject("configuration");
        configuration.putObject("statuses").put("max_characters", maxCharacters)
                .put("max_media_attachments", maxMediaAttachments).put("characters_reserved_per_url", 23);
        configuration.putObject("media_attachments").put("description_limit", descriptionLimit)
                .put("image_size_limit", 16_777_216);
        return Reply.json(200, instance.toString());
    }

    private Reply upload(Received request) {
        Map<String, MultipartPart> parts = MultipartPart.parse(request);
        MultipartPart file = parts.get("file");
        if (file == null || file.fileName() == null) {
            return error(422, "Validation failed: File can't be blank");
        }
        String description = parts.containsKey("description") ? parts.get("description").text() : "";
        if (description.codePointCount(0, description.length()) > descriptionLimit) {
            return error(422, "Validation failed: Description is too long (maximum is " + descriptionLimit
                    + " characters)");
        }
        Media uploaded = new Media(newId(), description, file.fileName(), file.content().length);
        media.put(uploaded.id(), uploaded);
        processingLooksLeft.put(uploaded.id(), processingLooks);
        return Reply.json(processingLooks > 0 ? 202 : 200, mediaJson(uploaded).toString());
    }

    private Reply mediaState(Received request) {
        String id = lastSegment(request.path());
        if (!media.containsKey(id)) {
            return error(404, "Record not found");
        }
        int left = processingLooksLeft.getOrDefault(id, 0);
        if (left > 0) {
            processingLooksLeft.put(id, left - 1);
            return Reply.json(206, mediaJson(media.get(id)).toString());
        }
        return Reply.json(200, mediaJson(media.get(id)).toString());
    }

    private Reply postStatus(Received request) {
        Map<String, List<String>> form = form(request.bodyText());
        String key = request.header("Idempotency-Key");
        Instant now = clock.instant();
        if (key != null) {
            StoredKey stored = idempotencyKeys.get(key);
            if (stored != null && now.isBefore(stored.storedAt().plus(KEY_KEPT))) {
                return statuses.stream().filter(status -> status.id().equals(stored.id())).findFirst()
                        .map(status -> Reply.json(200, statusJson(status).toString()))
                        .orElse(error(404, "Record not found"));
            }
        }
        String text = first(form, "status");
        List<String> mediaIds = form.getOrDefault("media_ids[]", List.of());
        if (text.isBlank() && mediaIds.isEmpty()) {
            return error(422, "Validation failed: Text can't be blank");
        }
        if (TextMeasure.mastodonLength(text, 23) > maxCharacters) {
            return error(422, "Validation failed: Text character limit of " + maxCharacters + " exceeded");
        }
        if (mediaIds.size() > maxMediaAttachments) {
            return error(422, "Cannot attach more than " + maxMediaAttachments + " files");
        }
        for (String id : mediaIds) {
            if (!media.containsKey(id) || attached(id)) {
                return error(422, "Could not find media with ID " + id);
            }
            if (processingLooksLeft.getOrDefault(id, 0) > 0) {
                return error(422, "Cannot attach files that have not finished processing. Try again in a moment!");
            }
        }
        Instant scheduledAt = null;
        if (!first(form, "scheduled_at").isEmpty()) {
            try {
                scheduledAt = OffsetDateTime.parse(first(form, "scheduled_at")).toInstant();
            } catch (DateTimeParseException e) {
                return error(422, "Validation failed: Scheduled at is invalid");
            }
            if (!scheduledAt.isAfter(now)) {
                scheduledAt = null;
            } else if (scheduledAt.isBefore(now.plus(SHORTEST_SCHEDULE))) {
                return error(422, "Validation failed: Scheduled at The scheduled date must be in the future");
            }
        }
        Reply reply;
        String id = newId();
        if (scheduledAt != null) {
            Scheduled waiting = new Scheduled(id, scheduledAt, text, List.copyOf(mediaIds));
            scheduled.add(waiting);
            reply = Reply.json(200, scheduledJson(waiting).toString());
        } else {
            Status status = new Status(id, now, text, first(form, "visibility"), first(form, "language"),
                    List.copyOf(mediaIds));
            statuses.add(status);
            reply = Reply.json(200, statusJson(status).toString());
        }
        if (key != null) {
            idempotencyKeys.put(key, new StoredKey(id, now));
        }
        return reply;
    }

    private Reply me(Received request) {
        return Reply.json(200, JSON.createObjectNode().put("id", ACCOUNT_ID).put("username", USERNAME)
                .put("acct", USERNAME).put("display_name", "Stadt Meerane")
                .put("url", baseUrl() + "/@" + USERNAME).toString());
    }

    private Reply accountStatuses(Received request) {
        Map<String, List<String>> query = form(request.query() == null ? "" : request.query());
        int limit = Math.min(40, Integer.parseInt(query.getOrDefault("limit", List.of("20")).get(0)));
        String maxId = first(query, "max_id");
        ArrayNode page = JSON.createArrayNode();
        statuses.stream().sorted(Comparator.comparing((Status status) -> Long.parseLong(status.id())).reversed())
                .filter(status -> maxId.isEmpty() || Long.parseLong(status.id()) < Long.parseLong(maxId))
                .limit(limit).forEach(status -> page.add(statusJson(status)));
        return Reply.json(200, page.toString());
    }

    private Reply scheduledList(Received request) {
        ArrayNode page = JSON.createArrayNode();
        scheduled.stream().sorted(Comparator.comparing((Scheduled waiting) -> Long.parseLong(waiting.id())).reversed())
                .limit(40).forEach(waiting -> page.add(scheduledJson(waiting)));
        return Reply.json(200, page.toString());
    }

    private Reply scheduledOne(Received request) {
        String id = lastSegment(request.path());
        return scheduled.stream().filter(waiting -> waiting.id().equals(id)).findFirst()
                .map(waiting -> Reply.json(200, scheduledJson(waiting).toString()))
                .orElse(error(404, "Record not found"));
    }

    private Reply deleteScheduled(Received request) {
        String id = lastSegment(request.path());
        boolean removed = scheduled.removeIf(waiting -> waiting.id().equals(id));
        return removed ? Reply.json(200, "{}") : error(404, "Record not found");
    }

    private boolean attached(String mediaId) {
        return statuses.stream().anyMatch(status -> status.mediaIds().contains(mediaId))
                || scheduled.stream().anyMatch(waiting -> waiting.mediaIds().contains(mediaId));
    }

    private ObjectNode statusJson(Status status) {
        ObjectNode json = JSON.createObjectNode().put("id", status.id())
                .put("created_at", status.createdAt().toString())
                .put("uri", baseUrl() + "/users/" + USERNAME + "/statuses/" + status.id())
                .put("url", baseUrl() + "/@" + USERNAME + "/" + status.id())
                .put("visibility", status.visibility()).put("language", status.language())
                .put("content", MastodonHtml.of(status.text()));
        json.putNull("reblog");
        ArrayNode attachments = json.putArray("media_attachments");
        status.mediaIds().forEach(id -> attachments.add(mediaJson(media.get(id))));
        json.putObject("account").put("id", ACCOUNT_ID).put("username", USERNAME);
        return json;
    }

    private ObjectNode scheduledJson(Scheduled waiting) {
        ObjectNode json = JSON.createObjectNode().put("id", waiting.id())
                .put("scheduled_at", waiting.scheduledAt().toString());
        ObjectNode params = json.putObject("params").put("text", waiting.text()).put("visibility", "public")
                .put("language", "de");
        params.putNull("scheduled_at");
        params.putNull("idempotency");
        ArrayNode ids = params.putArray("media_ids");
        waiting.mediaIds().forEach(ids::add);
        ArrayNode attachments = json.putArray("media_attachments");
        waiting.mediaIds().forEach(id -> attachments.add(mediaJson(media.get(id))));
        return json;
    }

    private ObjectNode mediaJson(Media uploaded) {
        ObjectNode json = JSON.createObjectNode().put("id", uploaded.id()).put("type", "image")
                .put("description", uploaded.description().isEmpty() ? null : uploaded.description());
        if (processingLooksLeft.getOrDefault(uploaded.id(), 0) > 0) {
            json.putNull("url");
        } else {
            json.put("url", baseUrl() + "/system/media_attachments/" + uploaded.id() + ".jpg");
        }
        return json;
    }

    private String newId() {
        return Long.toString(nextId.incrementAndGet());
    }

    private static Reply error(int status, String message) {
        return Reply.json(status, JSON.createObjectNode().put("error", message).toString());
    }

    private static String lastSegment(String path) {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    private static String first(Map<String, List<String>> fields, String name) {
        List<String> values = fields.get(name);
        return values == null || values.isEmpty() ? "" : values.get(0);
    }

    static Map<String, List<String>> form(String encoded) {
        Map<String, List<String>> fields = new LinkedHashMap<>();
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int equals = pair.indexOf('=');
            String name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
            String value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            fields.computeIfAbsent(name, unused -> new ArrayList<>()).add(value);
        }
        return fields;
    }

    /** One part of a multipart/form-data body. */
    record MultipartPart(String name, String fileName, byte[] content) {

        String text() {
            return new String(content, StandardCharsets.UTF_8);
        }

        private static final Pattern BOUNDARY = Pattern.compile("boundary=\"?([^\";]+)\"?");
        private static final Pattern NAME = Pattern.compile("name=\"([^\"]*)\"");
        private static final Pattern FILE_NAME = Pattern.compile("filename=\"([^\"]*)\"");

        static Map<String, MultipartPart> parse(Received request) {
            Matcher boundary = BOUNDARY.matcher(String.valueOf(request.header("Content-Type")));
            Map<String, MultipartPart> parts = new LinkedHashMap<>();
            if (!boundary.find()) {
                return parts;
            }
            // ISO-8859-1 maps every byte to one char, so the file bytes survive the split unchanged.
            String body = new String(request.body(), StandardCharsets.ISO_8859_1);
            for (String section : body.split("--" + Pattern.quote(boundary.group(1)))) {
                int headerEnd = section.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    continue;
                }
                String headers = section.substring(0, headerEnd);
                String content = section.substring(headerEnd + 4);
                if (content.endsWith("\r\n")) {
                    content = content.substring(0, content.length() - 2);
                }
                Matcher name = NAME.matcher(headers);
                if (name.find()) {
                    Matcher fileName = FILE_NAME.matcher(headers);
                    String file = fileName.find() ? fileName.group(1) : null;
                    parts.put(name.group(1), new MultipartPart(name.group(1), file,
                            content.getBytes(StandardCharsets.ISO_8859_1)));
                }
            }
            return parts;
        }
    }

    /**
     * The HTML Mastodon's TextFormatter makes of a plain text: paragraphs and line breaks, entities for
     * {@code & < > " '}, each link split into an invisible scheme, a shown part of 30 characters and an
     * invisible rest, and a mention of someone on another server shown by the user name alone.
     */
    static final class MastodonHtml {

        private static final Pattern LINK_OR_MENTION =
                Pattern.compile("https?://[^\\s<>\"]+|(?<![\\w@/])@(\\w+)(?:@([\\w-]+(?:\\.[\\w-]+)+))?");

        private MastodonHtml() {
        }

        static String of(String text) {
            StringBuilder html = new StringBuilder();
            for (String paragraph : text.strip().split("\n\\s*\n")) {
                html.append("<p>");
                String[] lines = paragraph.split("\n");
                for (int i = 0; i < lines.length; i++) {
                    if (i > 0) {
                        html.append("<br />");
                    }
                    appendLine(lines[i], html);
                }
                html.append("</p>");
            }
            return html.toString();
        }

        private static void appendLine(String line, StringBuilder html) {
            Matcher entity = LINK_OR_MENTION.matcher(line);
            int position = 0;
            while (entity.find()) {
                html.append(escaped(line.substring(position, entity.start())));
                String found = entity.group();
                if (found.startsWith("http")) {
                    String prefix = found.substring(0, found.indexOf("//") + 2);
                    String rest = found.substring(prefix.length());
                    String shown = rest.length() > 30 ? rest.substring(0, 30) : rest;
                    html.append("<a href=\"").append(escaped(found))
                            .append("\" target=\"_blank\" rel=\"nofollow noopener\" translate=\"no\">")
                            .append("<span class=\"invisible\">").append(escaped(prefix)).append("</span>")
                            .append("<span class=\"").append(rest.length() > 30 ? "ellipsis" : "").append("\">")
                            .append(escaped(shown)).append("</span><span class=\"invisible\">")
                            .append(escaped(rest.substring(shown.length()))).append("</span></a>");
                } else {
                    String server = entity.group(2) == null ? "127.0.0.1" : entity.group(2);
                    html.append("<span class=\"h-card\" translate=\"no\"><a href=\"https://").append(server)
                            .append("/@").append(entity.group(1)).append("\" class=\"u-url mention\">@<span>")
                            .append(entity.group(1)).append("</span></a></span>");
                }
                position = entity.end();
            }
            html.append(escaped(line.substring(position)));
        }

        private static String escaped(String text) {
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                    .replace("'", "&#39;");
        }
    }
}
