package app.herold.channels.telegram;

import java.util.Locale;
import java.util.Optional;

/**
 * The channel a bot posts into, as the account names it: "@stadtmeerane" for a public channel, the numeric
 * id ("-100…") for a private one (platforms.md, Telegram "Setup and auth": {@code chat_id} is "Unique
 * identifier for the target chat or username of the target … channel in the format @username"). A handle
 * typed without "@" or pasted as a t.me link is taken too.
 */
record TelegramChat(String chatId) {

    static Optional<TelegramChat> of(String handle) {
        String name = handle.strip();
        for (String prefix : new String[] {"https://t.me/", "http://t.me/", "t.me/"}) {
            if (name.toLowerCase(Locale.ROOT).startsWith(prefix)) {
                name = name.substring(prefix.length());
            }
        }
        if (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.isEmpty() || name.equals("@")) {
            return Optional.empty();
        }
        if (name.matches("-?\\d+")) {
            return Optional.of(new TelegramChat(name));
        }
        return Optional.of(new TelegramChat(name.startsWith("@") ? name : "@" + name));
    }

    /**
     * The public address of a message: {@code https://t.me/<username>/<message_id>} when the channel has a
     * user name (Telegram's answer names it); a private channel's messages have no public address.
     */
    static String messageUrl(String username, long messageId) {
        return username == null || username.isBlank() || messageId <= 0 ? ""
                : "https://t.me/" + username + "/" + messageId;
    }
}
