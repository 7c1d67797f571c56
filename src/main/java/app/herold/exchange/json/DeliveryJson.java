package app.herold.exchange.json;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.PostId;
import app.herold.exchange.JsonFields;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;

/**
 * A record that a post went out, as a JSON object: {@code id, postId, channel, accountId} (null without
 * a named account), {@code accountName, method} ("manual" or "api"), {@code publishedAt, link, recordedAt}.
 */
final class DeliveryJson {

    private DeliveryJson() {
    }

    static void write(JsonGenerator json, Delivery delivery) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", delivery.id());
        json.writeNumberField("postId", delivery.post().value());
        json.writeStringField("channel", delivery.channel().id());
        if (delivery.account() == null) {
            json.writeNullField("accountId");
        } else {
            json.writeNumberField("accountId", delivery.account().value());
        }
        json.writeStringField("accountName", delivery.accountName());
        json.writeStringField("method", delivery.method().id());
        json.writeStringField("publishedAt", DateTimeFormatter.ISO_INSTANT.format(delivery.publishedAt()));
        json.writeStringField("link", delivery.link());
        json.writeStringField("recordedAt", DateTimeFormatter.ISO_INSTANT.format(delivery.recordedAt()));
        json.writeEndObject();
    }

    /** A record without {@code recordedAt} counts as recorded when it was published. */
    static Delivery read(JsonFields delivery) {
        long post = delivery.number("postId");
        long account = delivery.number("accountId", 0);
        if (post <= 0 || account < 0) {
            throw delivery.invalid(post <= 0 ? "postId" : "accountId");
        }
        Instant publishedAt = delivery.parsed("publishedAt", Instant::parse);
        return new Delivery(Math.max(0, delivery.number("id", 0)), PostId.of(post),
                delivery.parsed("channel", channel -> ChannelKind.fromId(channel).orElse(null)),
                account == 0 ? null : new AccountId(account), delivery.text("accountName", ""),
                delivery.parsed("method", DeliveryJson::method), publishedAt, delivery.text("link", ""),
                delivery.has("recordedAt") ? delivery.parsed("recordedAt", Instant::parse) : publishedAt);
    }

    private static Delivery.Method method(String id) {
        return Arrays.stream(Delivery.Method.values()).filter(method -> method.id().equals(id)).findFirst().orElse(null);
    }
}
