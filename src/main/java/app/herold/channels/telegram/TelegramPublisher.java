package app.herold.channels.telegram;

import app.herold.channels.common.ChannelLimitsFile;
import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Posts into a Telegram channel through a bot that is one of its administrators (platforms.md, "Telegram (Bot
 * API posting into a channel)"). The text comes already rendered by {@link TelegramChannel} in Telegram's HTML
 * and goes out with {@code parse_mode=HTML}: without pictures by {@code sendMessage}, with one by
 * {@code sendPhoto} (the text as its caption), with two to ten as one album by {@code sendMediaGroup} (the
 * caption on the first picture, where Telegram shows it under the album).
 *
 * <p>Telegram has no idempotency key and no way to ask whether a message arrived, and no scheduling in the Bot
 * API; so an unknown outcome is for the user to look at, and every post is sent by Herold at its time. A post
 * longer than Telegram takes is refused here, never cut or split: the publisher never sends half a post.
 *
 * <p>Reads no options.
 */
public final class TelegramPublisher implements Publisher {

    private static final String NETWORK = ChannelKind.TELEGRAM.brandName();
    /** Noted before a send: which call was about to go out. Its absence tells a check that nothing was sent. */
    static final String SEND_NOTE = "telegram.method";

    private final PlatformHttp http;
    private final PublishFailures failures;
    private final TelegramAnswers answers;
    private final ChannelLimits limits;

    public TelegramPublisher(PlatformHttp http, Clock clock) {
        this.http = http;
        this.failures = new PublishFailures(NETWORK, clock);
        this.answers = new TelegramAnswers(failures, clock);
        this.limits = ChannelLimitsFile.load().get(ChannelKind.TELEGRAM);
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.TELEGRAM;
    }

    @Override
    public List<String> secretNames() {
        return List.of(TelegramBotApi.BOT_TOKEN);
    }

    /** "The Bot API send methods have no scheduling parameter" (platforms.md): Herold sends at the time. */
    @Override
    public Optional<SchedulingWindow> nativeScheduling() {
        return Optional.empty();
    }

    /** A random UUID that only names the target: Telegram takes no key that would keep a repeat from posting. */
    @Override
    public String newRequestKey(Instant now) {
        return UUID.randomUUID().toString();
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        ChannelAccount account = submission.account();
        Optional<TelegramChat> chat = TelegramChat.of(account.handle());
        if (chat.isEmpty()) {
            return new PublishOutcome.Refused(Problem.of("publish.telegram.noChannel", account.name()));
        }
        TelegramBotApi api;
        try {
            api = TelegramBotApi.open(http, account, credentials);
        } catch (TelegramBotApi.CannotOpen e) {
            return e.asPublishOutcome();
        }
        Optional<Problem> tooMuch = refusal(submission);
        if (tooMuch.isPresent()) {
            return new PublishOutcome.Refused(tooMuch.get());
        }
        List<byte[]> files = new ArrayList<>();
        for (int i = 0; i < submission.pictures().size(); i++) {
            try {
                files.add(Files.readAllBytes(submission.pictures().get(i).file()));
            } catch (IOException e) {
                return new PublishOutcome.Refused(Problem.of("publish.telegram.pictureUnreadable", i + 1));
            }
        }
        String method = switch (files.size()) {
            case 0 -> "sendMessage";
            case 1 -> "sendPhoto";
            default -> "sendMediaGroup";
        };
        journal.note(SEND_NOTE, method);
        try {
            Answer answer = switch (method) {
                case "sendMessage" -> api.call(method, message(chat.get(), submission.text()));
                case "sendPhoto" -> api.upload(method, photo(chat.get(), submission, files.get(0)));
                default -> api.upload(method, album(chat.get(), submission, files));
            };
            return answer.ok() ? sent(answer) : answers.sendFailed(answer, chat.get(), account);
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return failures.transport(e, true);
        }
    }

    /**
     * Telegram offers no way to ask whether a message arrived: the Bot API has no call that lists a channel's
     * messages, and a message sent twice is not refused (platforms.md, Telegram "Idempotency"). So the user looks and
     * says. Only an attempt that noted no send before it ended is known to have sent nothing.
     */
    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        if (!journal.containsKey(SEND_NOTE)) {
            return new CheckOutcome.Absent();
        }
        return new CheckOutcome.AskUser(Problem.of("publish.askUser", NETWORK));
    }

    /** Nothing is ever handed over to Telegram, so there is nothing to take back. */
    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        return new CheckOutcome.Absent();
    }

    /** Reads the bot, the channel and the bot's rights in it; bot tokens do not expire on their own. */
    @Override
    public ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials) {
        Optional<TelegramChat> chat = TelegramChat.of(account.handle());
        if (chat.isEmpty()) {
            return ConnectionCheck.failed(Problem.of("publish.telegram.noChannel", account.name()));
        }
        try {
            return new TelegramConnectionCheck(TelegramBotApi.open(http, account, credentials), answers)
                    .run(chat.get(), account);
        } catch (TelegramBotApi.CannotOpen e) {
            return ConnectionCheck.failed(e.problem());
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return ConnectionCheck.failed(Problem.of(e instanceof PlatformHttp.NotSent ? "publish.offline"
                    : "publish.noAnswer", NETWORK));
        }
    }

    /**
     * What Telegram would refuse, found before anything is sent: more than ten pictures, a caption over 1,024 or a
     * text over 4,096 characters after entities parsing (channels/limits.json, from the Bot API). The editor warns
     * about a caption that only a post without pictures could carry; the publisher neither cuts it nor sends the
     * text apart from its pictures.
     */
    private Optional<Problem> refusal(Submission submission) {
        int pictures = submission.pictures().size();
        int length = TelegramHtml.length(submission.text());
        if (pictures > limits.maxImages()) {
            return Optional.of(Problem.of("publish.telegram.tooManyPictures", pictures, limits.maxImages()));
        }
        if (pictures > 0 && length > limits.captionLimit()) {
            return Optional.of(Problem.of("publish.telegram.captionTooLong", length, limits.captionLimit()));
        }
        if (pictures == 0 && length > limits.textLimit()) {
            return Optional.of(Problem.of("publish.telegram.tooLong", length, limits.textLimit()));
        }
        return Optional.empty();
    }

    private static ObjectNode message(TelegramChat chat, String html) {
        return PlatformHttp.json().createObjectNode().put("chat_id", chat.chatId()).put("text", html)
                .put("parse_mode", "HTML");
    }

    private static Multipart photo(TelegramChat chat, Submission submission, byte[] content) {
        Picture picture = submission.pictures().get(0);
        Multipart body = new Multipart().field("chat_id", chat.chatId())
                .file("photo", picture.file().getFileName().toString(), picture.mediaType(), content);
        if (!submission.text().isBlank()) {
            body.field("caption", submission.text()).field("parse_mode", "HTML");
        }
        return body;
    }

    /** An album: each picture attached as {@code attach://photo<n>}, the caption on the first (sendMediaGroup). */
    private static Multipart album(TelegramChat chat, Submission submission, List<byte[]> files) {
        ArrayNode media = PlatformHttp.json().createArrayNode();
        Multipart body = new Multipart().field("chat_id", chat.chatId());
        for (int i = 0; i < files.size(); i++) {
            Picture picture = submission.pictures().get(i);
            ObjectNode item = media.addObject().put("type", "photo").put("media", "attach://photo" + i);
            if (i == 0 && !submission.text().isBlank()) {
                item.put("caption", submission.text()).put("parse_mode", "HTML");
            }
            body.file("photo" + i, picture.file().getFileName().toString(), picture.mediaType(), files.get(i));
        }
        return body.field("media", media.toString());
    }

    /**
     * The message Telegram made, or the album's messages: the first one's id, and its address when the channel is
     * public. A message id of 0 means Telegram scheduled the message itself (api.json, MessageId); it is out of
     * Herold's hands either way.
     */
    private PublishOutcome sent(Answer answer) {
        JsonNode body = answer.json();
        JsonNode result = body.path("result");
        JsonNode first = result.isArray() ? result.path(0) : result;
        if (!body.path("ok").asBoolean(false) || !first.path("message_id").canConvertToLong()) {
            return new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", NETWORK, answer.status()));
        }
        long messageId = first.path("message_id").asLong();
        JsonNode username = first.path("chat").path("username");
        return new PublishOutcome.Published(Long.toString(messageId),
                TelegramChat.messageUrl(username.isTextual() ? username.asText() : null, messageId));
    }
}
