package app.herold.channels.telegram;

import app.herold.channels.common.StandInServer;
import app.herold.channels.common.StandInServer.Received;
import app.herold.channels.common.StandInServer.Reply;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Bot API for one bot and its channels, as core.telegram.org/bots/api documents the methods the
 * publisher uses (platforms.md, "Telegram (Bot API posting into a channel)"): {@code /bot<token>/<method>}
 * with JSON or multipart parameters; answers {@code {"ok": true, "result": …}} or {@code {"ok": false,
 * "error_code": …, "description": …}}; text 1–4,096 and captions 0–1,024 characters after entities
 * parsing, HTML that must parse, albums of 2–10; a bot must be an administrator with can_post_messages.
 * Flood control is injected as 429 with {@code parameters.retry_after}.
 */
final class TelegramStandIn implements AutoCloseable {

    static final long BOT_ID = 7_000_000_001L;
    static final String TOKEN = BOT_ID + ":AAH-town-hall_bot-token";
    static final String BOT_USERNAME = "herold_bot";
    static final String PUBLIC_CHANNEL = "stadtmeerane";
    static final long PUBLIC_CHANNEL_ID = -1_001_234_567_890L;
    static final long PRIVATE_CHANNEL_ID = -1_009_876_543_210L;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern METHOD_PATH = Pattern.compile("/bot([^/]+)/(\\w+)");

    /** One message in a channel; an album is several with the same post number. */
    record Message(long chatId, long messageId, int post, String text, String caption, String photoFileName) {
    }

    private static final class Channel {
        final long id;
        final String username;
        final String title;
        String botStatus = "administrator";
        boolean botCanPost = true;
        final List<Message> messages = new ArrayList<>();

        Channel(long id, String username, String title) {
            this.id = id;
            this.username = username;
            this.title = title;
        }
    }

    private final StandInServer server = new StandInServer();
    private final Map<Long, Channel> channels = new LinkedHashMap<>();
    private int posts;
    private long nextMessageId = 40;

    TelegramStandIn() {
        channels.put(PUBLIC_CHANNEL_ID, new Channel(PUBLIC_CHANNEL_ID, PUBLIC_CHANNEL, "Stadt Meerane"));
        channels.put(PRIVATE_CHANNEL_ID, new Channel(PRIVATE_CHANNEL_ID, null, "Stadtrat intern"));
        server.route("POST", path -> path.startsWith("/bot"), this::handle);
    }

    String baseUrl() {
        return server.baseUrl();
    }

    StandInServer server() {
        return server;
    }

    /** Posts in all channels; an album is one post. */
    synchronized int posts() {
        return posts;
    }

    synchronized List<Message> messages(long channelId) {
        return List.copyOf(channels.get(channelId).messages);
    }

    /** The bot is demoted to a plain member, or (with "left") removed from the channel. */
    synchronized void botBecomes(long channelId, String status) {
        channels.get(channelId).botStatus = status;
        channels.get(channelId).botCanPost = false;
    }

    /** The reply Telegram gives when flood control stops a request: wait exactly retry_after seconds. */
    static Reply floodControl(int retryAfter) {
        return new Reply(429, "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after "
                + retryAfter + "\",\"parameters\":{\"retry_after\":" + retryAfter + "}}",
                Map.of("Content-Type", "application/json"));
    }

    static Reply error(int code, String description) {
        return Reply.json(code, JSON.createObjectNode().put("ok", false).put("error_code", code)
                .put("description", description).toString());
    }

    @Override
    public void close() {
        server.close();
    }

    private synchronized Reply handle(Received request) {
        Matcher path = METHOD_PATH.matcher(request.path());
        if (!path.matches()) {
            return error(404, "Not Found");
        }
        if (!path.group(1).equals(TOKEN)) {
            return error(401, "Unauthorized");
        }
        Parameters parameters = Parameters.of(request);
        return switch (path.group(2)) {
            case "getMe" -> ok(JSON.createObjectNode().put("id", BOT_ID).put("is_bot", true)
                    .put("first_name", "Herold").put("username", BOT_USERNAME));
            case "getChat" -> withChannel(parameters, channel -> ok(chatJson(channel)));
            case "getChatMember" -> withChannel(parameters, channel -> member(channel, parameters));
            case "sendMessage" -> withPostingRights(parameters, channel -> sendMessage(channel, parameters));
            case "sendPhoto" -> withPostingRights(parameters, channel -> sendPhoto(channel, parameters));
            case "sendMediaGroup" -> withPostingRights(parameters, channel -> sendMediaGroup(channel, parameters));
            default -> error(404, "Not Found");
        };
    }

    private Reply withChannel(Parameters parameters, Function<Channel, Reply> action) {
        String chatId = parameters.text("chat_id");
        for (Channel channel : channels.values()) {
            if (chatId.equals(Long.toString(channel.id))
                    || channel.username != null && chatId.equalsIgnoreCase("@" + channel.username)) {
                return action.apply(channel);
            }
        }
        return error(400, "Bad Request: chat not found");
    }

    private Reply withPostingRights(Parameters parameters, Function<Channel, Reply> action) {
        return withChannel(parameters, channel -> {
            if (channel.botStatus.equals("left") || channel.botStatus.equals("kicked")) {
                return error(403, "Forbidden: bot is not a member of the channel chat");
            }
            if (!channel.botCanPost) {
                return error(400, "Bad Request: need administrator rights in the channel chat");
            }
            return action.apply(channel);
        });
    }

    private Reply member(Channel channel, Parameters parameters) {
        if (!parameters.text("user_id").equals(Long.toString(BOT_ID))) {
            return error(400, "Bad Request: user not found");
        }
        ObjectNode member = JSON.createObjectNode().put("status", channel.botStatus);
        member.putObject("user").put("id", BOT_ID).put("is_bot", true).put("username", BOT_USERNAME);
        if (channel.botStatus.equals("administrator")) {
            member.put("can_post_messages", channel.botCanPost).put("can_edit_messages", true);
        }
        return ok(member);
    }

    private Reply sendMessage(Channel channel, Parameters parameters) {
        String text = parameters.text("text");
        String visible;
        try {
            visible = visible(text, parameters.text("parse_mode"));
        } catch (IllegalArgumentException e) {
            return error(400, "Bad Request: can't parse entities: " + e.getMessage());
        }
        if (visible.isBlank()) {
            return error(400, "Bad Request: message text is empty");
        }
        if (visible.length() > 4096) {
            return error(400, "Bad Request: message is too long");
        }
        posts++;
        Message message = new Message(channel.id, nextMessageId++, posts, visible, null, null);
        channel.messages.add(message);
        return ok(messageJson(channel, message, null));
    }

    private Reply sendPhoto(Channel channel, Parameters parameters) {
        Part photo = parameters.files.get("photo");
        if (photo == null) {
            return error(400, "Bad Request: there is no photo in the request");
        }
        String caption;
        try {
            caption = visible(parameters.text("caption"), parameters.text("parse_mode"));
        } catch (IllegalArgumentException e) {
            return error(400, "Bad Request: can't parse entities: " + e.getMessage());
        }
        if (caption.length() > 1024) {
            return error(400, "Bad Request: message caption is too long");
        }
        posts++;
        Message message = new Message(channel.id, nextMessageId++, posts, null, caption, photo.fileName());
        channel.messages.add(message);
        return ok(messageJson(channel, message, null));
    }

    private Reply sendMediaGroup(Channel channel, Parameters parameters) {
        JsonNode media;
        try {
            media = JSON.readTree(parameters.text("media"));
        } catch (IOException e) {
            return error(400, "Bad Request: can't parse media JSON object");
        }
        if (!media.isArray() || media.size() < 2 || media.size() > 10) {
            return error(400, "Bad Request: media must include 2-10 items");
        }
        List<String> captions = new ArrayList<>();
        List<Part> photos = new ArrayList<>();
        for (JsonNode item : media) {
            String attached = item.path("media").asText("");
            Part photo = attached.startsWith("attach://") ? parameters.files.get(attached.substring(9)) : null;
            if (!item.path("type").asText("").equals("photo") || photo == null) {
                return error(400, "Bad Request: wrong file identifier/HTTP URL specified");
            }
            String caption;
            try {
                caption = visible(item.path("caption").asText(""), item.path("parse_mode").asText(""));
            } catch (IllegalArgumentException e) {
                return error(400, "Bad Request: can't parse entities: " + e.getMessage());
            }
            if (caption.length() > 1024) {
                return error(400, "Bad Request: message caption is too long");
            }
            captions.add(caption);
            photos.add(photo);
        }
        posts++;
        String group = Long.toString(13_000_000_000L + posts);
        ArrayNode sent = JSON.createArrayNode();
        for (int i = 0; i < photos.size(); i++) {
            Message message = new Message(channel.id, nextMessageId++, posts, null, captions.get(i),
                    photos.get(i).fileName());
            channel.messages.add(message);
            sent.add(messageJson(channel, message, group));
        }
        return ok(sent);
    }

    private static ObjectNode chatJson(Channel channel) {
        ObjectNode chat = JSON.createObjectNode().put("id", channel.id).put("type", "channel")
                .put("title", channel.title);
        if (channel.username != null) {
            chat.put("username", channel.username);
        }
        return chat;
    }

    private static ObjectNode messageJson(Channel channel, Message message, String mediaGroup) {
        ObjectNode json = JSON.createObjectNode().put("message_id", message.messageId()).put("date", 1_782_892_800L);
        json.set("chat", chatJson(channel));
        json.set("sender_chat", chatJson(channel));
        if (message.text() != null) {
            json.put("text", message.text());
        }
        if (message.photoFileName() != null) {
            json.putArray("photo").addObject().put("file_id", "AgAC-" + message.messageId()).put("width", 1280)
                    .put("height", 853);
            if (!message.caption().isEmpty()) {
                json.put("caption", message.caption());
            }
        }
        if (mediaGroup != null) {
            json.put("media_group_id", mediaGroup);
        }
        return json;
    }

    private static Reply ok(JsonNode result) {
        ObjectNode answer = JSON.createObjectNode().put("ok", true);
        answer.set("result", result);
        return Reply.json(200, answer.toString());
    }

    /**
     * The text after entities parsing in HTML mode, or why it does not parse. Only the tags of "Formatting
     * options" are taken, each must be closed, and every {@code <}, {@code >} and {@code &} outside a tag must be
     * written as an entity; only {@code &lt; &gt; &amp; &quot;} and numerical entities exist.
     */
    static String visible(String text, String parseMode) {
        if (!parseMode.equalsIgnoreCase("HTML")) {
            return text;
        }
        Set<String> tags = Set.of("b", "strong", "i", "em", "u", "ins", "s", "strike", "del", "a", "code", "pre",
                "span", "tg-spoiler", "blockquote");
        Deque<String> open = new ArrayDeque<>();
        StringBuilder visible = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char next = text.charAt(i);
            if (next == '<') {
                int end = text.indexOf('>', i);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed start tag at byte offset " + i);
                }
                String tag = text.substring(i + 1, end).strip();
                boolean closing = tag.startsWith("/");
                String name = (closing ? tag.substring(1) : tag).split("\\s+")[0].toLowerCase(Locale.ROOT);
                if (!tags.contains(name)) {
                    throw new IllegalArgumentException("Unsupported start tag \"" + name + "\" at byte offset " + i);
                }
                if (closing) {
                    if (open.isEmpty() || !open.pop().equals(name)) {
                        throw new IllegalArgumentException("Unmatched end tag at byte offset " + i
                                + ", expected \"</" + name + ">\"");
                    }
                } else {
                    open.push(name);
                }
                i = end + 1;
            } else if (next == '&') {
                Matcher entity = Pattern.compile("&(lt|gt|amp|quot|#\\d+|#x[0-9a-fA-F]+);").matcher(text);
                if (!entity.find(i) || entity.start() != i) {
                    throw new IllegalArgumentException("Unsupported HTML entity at byte offset " + i);
                }
                visible.append(switch (entity.group(1)) {
                    case "lt" -> "<";
                    case "gt" -> ">";
                    case "amp" -> "&";
                    case "quot" -> "\"";
                    default -> Character.toString(entity.group(1).startsWith("#x")
                            ? Integer.parseInt(entity.group(1).substring(2), 16)
                            : Integer.parseInt(entity.group(1).substring(1)));
                });
                i = entity.end();
            } else if (next == '>') {
                throw new IllegalArgumentException("Character '>' is reserved at byte offset " + i);
            } else {
                visible.append(next);
                i++;
            }
        }
        if (!open.isEmpty()) {
            throw new IllegalArgumentException("Can't find end tag corresponding to start tag \"" + open.peek() + "\"");
        }
        return visible.toString();
    }

    private record Part(String fileName, byte[] content) {
    }

    /** A method's parameters, from a JSON, form or multipart body as the Bot API takes them. */
    private static final class Parameters {
        private final Map<String, String> fields = new HashMap<>();
        private final Map<String, Part> files = new HashMap<>();

        String text(String name) {
            return fields.getOrDefault(name, "");
        }

        static Parameters of(Received request) {
            Parameters parameters = new Parameters();
            String type = String.valueOf(request.header("Content-Type"));
            if (type.startsWith("application/json")) {
                try {
                    JSON.readTree(request.body()).fields().forEachRemaining(field -> parameters.fields.put(
                            field.getKey(), field.getValue().isValueNode() ? field.getValue().asText()
                                    : field.getValue().toString()));
                } catch (IOException e) {
                    return parameters;
                }
            } else if (type.startsWith("multipart/form-data")) {
                parameters.readMultipart(type, request.body());
            }
            return parameters;
        }

        private void readMultipart(String contentType, byte[] body) {
            Matcher boundary = Pattern.compile("boundary=\"?([^\";]+)\"?").matcher(contentType);
            if (!boundary.find()) {
                return;
            }
            // ISO-8859-1 maps every byte to one char, so the file bytes survive the split unchanged.
            String whole = new String(body, StandardCharsets.ISO_8859_1);
            for (String section : whole.split("--" + Pattern.quote(boundary.group(1)))) {
                int headerEnd = section.indexOf("\r\n\r\n");
                if (headerEnd < 0) {
                    continue;
                }
                String headers = section.substring(0, headerEnd);
                String content = section.substring(headerEnd + 4);
                if (content.endsWith("\r\n")) {
                    content = content.substring(0, content.length() - 2);
                }
                Matcher name = Pattern.compile("name=\"([^\"]*)\"").matcher(headers);
                Matcher fileName = Pattern.compile("filename=\"([^\"]*)\"").matcher(headers);
                if (!name.find()) {
                    continue;
                }
                byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
                if (fileName.find()) {
                    files.put(name.group(1), new Part(fileName.group(1), bytes));
                } else {
                    fields.put(name.group(1), new String(bytes, StandardCharsets.UTF_8));
                }
            }
        }
    }
}
