package app.herold.channels.telegram;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Problem;
import com.fasterxml.jackson.databind.JsonNode;

/**
 * "Verbindung testen" for a bot and its channel, in the order a user would mend things: is the token a bot's
 * ({@code getMe}), does the channel exist for it ({@code getChat}), and is the bot an administrator that may
 * post there ({@code getChatMember} with the bot's own id; platforms.md, Telegram "Setup and auth": the bot
 * must be an administrator with {@code can_post_messages}).
 */
final class TelegramConnectionCheck {

    private final TelegramBotApi api;
    private final TelegramAnswers answers;

    TelegramConnectionCheck(TelegramBotApi api, TelegramAnswers answers) {
        this.api = api;
        this.answers = answers;
    }

    ConnectionCheck run(TelegramChat chat, ChannelAccount account) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        Answer me = api.call("getMe", PlatformHttp.json().createObjectNode());
        if (!me.ok()) {
            return ConnectionCheck.failed(answers.readFailed(me, chat, account));
        }
        JsonNode bot = me.json().path("result");
        Answer channel = api.call("getChat", PlatformHttp.json().createObjectNode().put("chat_id", chat.chatId()));
        if (!channel.ok()) {
            return ConnectionCheck.failed(answers.readFailed(channel, chat, account));
        }
        Answer member = api.call("getChatMember", PlatformHttp.json().createObjectNode()
                .put("chat_id", chat.chatId()).put("user_id", bot.path("id").asLong()));
        if (!member.ok()) {
            // A bot that is no member of the channel may not even read its member list.
            return ConnectionCheck.failed(member.status() == 400
                    ? Problem.of("publish.telegram.notAdmin", chat.chatId())
                    : answers.readFailed(member, chat, account));
        }
        if (!mayPost(member.json().path("result"))) {
            return ConnectionCheck.failed(Problem.of("publish.telegram.notAdmin", chat.chatId()));
        }
        return ConnectionCheck.ok(label(channel.json().path("result"), chat) + " (Bot @"
                + bot.path("username").asText("") + ")", null);
    }

    /** An administrator with can_post_messages, or the channel's creator, who may do everything. */
    private static boolean mayPost(JsonNode member) {
        String status = member.path("status").asText("");
        return status.equals("creator")
                || status.equals("administrator") && member.path("can_post_messages").asBoolean(false);
    }

    /** "@stadtmeerane" for a public channel, its title for a private one. */
    private static String label(JsonNode channel, TelegramChat chat) {
        JsonNode username = channel.path("username");
        if (username.isTextual() && !username.asText().isBlank()) {
            return "@" + username.asText();
        }
        JsonNode title = channel.path("title");
        return title.isTextual() && !title.asText().isBlank() ? title.asText() : chat.chatId();
    }
}
