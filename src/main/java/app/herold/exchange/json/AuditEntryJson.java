package app.herold.exchange.json;

import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditEntry;
import app.herold.exchange.JsonFields;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * An entry of the neutrality audit log as a JSON object, with everything its hash covers, so that the
 * importing Herold (or anyone) can recompute the chain: {@code sequence, recordedAt, election, rules,
 * postId, contentHash, reason, previousHash, hash}.
 */
final class AuditEntryJson {

    private AuditEntryJson() {
    }

    static void write(JsonGenerator json, AuditEntry entry) throws IOException {
        json.writeStartObject();
        json.writeNumberField("sequence", entry.sequence());
        json.writeStringField("recordedAt", DateTimeFormatter.ISO_INSTANT.format(entry.recordedAt()));
        json.writeStringField("election", entry.election());
        json.writeArrayFieldStart("rules");
        for (String rule : entry.rules()) {
            json.writeString(rule);
        }
        json.writeEndArray();
        json.writeNumberField("postId", entry.post().value());
        json.writeStringField("contentHash", entry.contentHash());
        json.writeStringField("reason", entry.reason());
        json.writeStringField("previousHash", entry.previousHash());
        json.writeStringField("hash", entry.hash());
        json.writeEndObject();
    }

    /** Every field is required: an entry is evidence, and a guessed field would only break its hash. */
    static AuditEntry read(JsonFields entry) {
        long post = entry.number("postId");
        if (post <= 0) {
            throw entry.invalid("postId");
        }
        return new AuditEntry(entry.number("sequence"), entry.parsed("recordedAt", Instant::parse),
                entry.text("election"), entry.texts("rules"), PostId.of(post), entry.text("contentHash"),
                entry.text("reason"), entry.text("previousHash"), entry.text("hash"));
    }
}
