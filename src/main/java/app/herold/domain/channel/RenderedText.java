package app.herold.domain.channel;

/**
 * A post's text as one channel gets it.
 *
 * @param text what is sent or copied: WhatsApp's markers, Telegram's HTML, plain text elsewhere
 * @param visible what the reader sees of it, which is what the platform counts (Telegram counts
 *     its text "after entities parsing", without the HTML tags)
 */
public record RenderedText(ChannelKind channel, String text, String visible) {
}
