package app.herold.domain.rules;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PostId;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The officer's confirmation that a post with neutrality findings may become ready, as handed to
 * the {@link AuditLog}: when, for which election, which rules the post triggered, which content
 * (its {@link PostFingerprint}) and the reason they typed.
 *
 * @param rules the stable rule ids, e.g. {@code neutrality.party}, in the order the findings came
 */
public record Confirmation(Instant recordedAt, String election, List<String> rules, PostId post, String contentHash,
                           String reason) {

    /** As long as the audit log's column; a reason is a few sentences, not a memo. */
    public static final int MAX_REASON_LENGTH = 2_000;

    public Confirmation {
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(post, "post");
        // The typed reason is what the legal office reads; an empty one would make the gate a formality.
        if (reason == null || reason.isBlank()) {
            throw new UserFacingException("error.audit.reason");
        }
        reason = reason.strip();
        if (reason.length() > MAX_REASON_LENGTH) {
            throw new UserFacingException("error.audit.reasonTooLong", MAX_REASON_LENGTH);
        }
        if (election == null || election.isBlank()) {
            throw new IllegalArgumentException("a confirmation names the election whose window the post is in");
        }
        election = election.strip();
        rules = List.copyOf(rules);
        if (rules.isEmpty()) {
            throw new IllegalArgumentException("a confirmation is of findings, so it names at least one rule");
        }
        for (String rule : rules) {
            // The log keeps the rules as one comma-separated column.
            if (rule.isBlank() || !rule.equals(rule.strip()) || rule.contains(",")) {
                throw new IllegalArgumentException("not a rule id: \"" + rule + "\"");
            }
        }
        if (!Sha256.isHex(contentHash)) {
            throw new IllegalArgumentException("the content hash is a PostFingerprint, 64 lowercase hex digits: "
                    + contentHash);
        }
    }
}
