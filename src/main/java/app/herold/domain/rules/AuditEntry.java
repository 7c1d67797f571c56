package app.herold.domain.rules;

import app.herold.domain.post.PostId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One entry of the neutrality audit log: a {@link Confirmation} as it was recorded, numbered from 1
 * without gaps and chained to the entry before it by {@code previousHash} (64 zeros for the first).
 *
 * <p>Deliberately lenient: an entry read back from an altered log must still be representable, so
 * that {@link AuditChain#verify} can say where it breaks and an export can show what is there.
 */
public record AuditEntry(long sequence, Instant recordedAt, String election, List<String> rules, PostId post,
                         String contentHash, String reason, String previousHash, String hash) {

    public AuditEntry {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(election, "election");
        rules = List.copyOf(rules);
        Objects.requireNonNull(post, "post");
        Objects.requireNonNull(contentHash, "contentHash");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(previousHash, "previousHash");
        Objects.requireNonNull(hash, "hash");
    }
}
