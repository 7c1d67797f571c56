package app.herold.exchange;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * A channel account as a JSON object: {@code id, name, kind, link, baseUrl, handle} and the derived
 * {@code joinLink}, as {@code accounts list --json} and the plan's export write it. No secrets: the
 * account has none, and the object has no place for one.
 */
public final class AccountJson {

    private AccountJson() {
    }

    public static void write(JsonGenerator json, ChannelAccount account) throws IOException {
        json.writeStartObject();
        json.writeNumberField("id", account.id().value());
        json.writeStringField("name", account.name());
        json.writeStringField("kind", account.kind().id());
        json.writeStringField("link", account.link());
        json.writeStringField("baseUrl", account.baseUrl());
        json.writeStringField("handle", account.handle());
        json.writeStringField("joinLink", account.joinLink());
        json.writeEndObject();
    }

    /** Reads what {@link #write} wrote; {@code joinLink} is made from the rest, so it is not read. */
    public static ChannelAccount read(JsonFields account) {
        long id = account.number("id");
        if (id <= 0) {
            throw account.invalid("id");
        }
        String name = account.text("name");
        if (name.isBlank()) {
            throw account.invalid("name");
        }
        ChannelKind kind = account.parsed("kind", text -> ChannelKind.fromId(text).orElse(null));
        return new ChannelAccount(new AccountId(id), name, kind, account.text("link", ""), account.text("baseUrl", ""),
                account.text("handle", ""));
    }
}
