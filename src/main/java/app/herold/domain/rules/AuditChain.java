package app.herold.domain.rules;

import app.herold.domain.rules.AuditLog.Verification;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * The hash chain of the audit log, in one place for appending and verifying, so the two can never
 * disagree about what an entry's hash covers.
 *
 * <p>{@code hash = hex(SHA-256(UTF-8(previousHash + "\n" + canonical form)))}, where the first
 * entry's previous hash is 64 zeros and the canonical form is these lines, each ending in
 * {@code \n}, with text escaped as in {@link PostFingerprint} (backslash, line feed, carriage return
 * and tab written as {@code \\ \n \r \t}):
 * <pre>
 * sequence       1, 2, 3 … in decimal
 * recorded at    ISO-8601 in UTC with always six decimals, e.g. 2026-12-08T10:30:00.000000Z
 * election       escaped text
 * rules          the rule ids joined by ","
 * post           the post id in decimal
 * content hash   64 lowercase hex digits
 * reason         escaped text
 * </pre>
 * Anyone can recompute it from a CSV export with a few lines of any language.
 */
public final class AuditChain {

    /** A fixed width rather than Java's ISO_INSTANT, whose varying decimals another verifier would have to mimic. */
    private static final DateTimeFormatter RECORDED_AT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
            .withZone(ZoneOffset.UTC);

    /** The previous hash of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    private AuditChain() {
    }

    /**
     * The entry that follows {@code last} (null for an empty log) for this confirmation. Its time is
     * cut to the microsecond, as the database keeps it, so the hash made now is the one verify recomputes.
     */
    public static AuditEntry next(AuditEntry last, Confirmation confirmation) {
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previousHash = last == null ? GENESIS : last.hash();
        Instant recordedAt = confirmation.recordedAt().truncatedTo(ChronoUnit.MICROS);
        String hash = hash(previousHash, sequence, recordedAt, confirmation.election(), confirmation.rules(),
                confirmation.post().value(), confirmation.contentHash(), confirmation.reason());
        return new AuditEntry(sequence, recordedAt, confirmation.election(), confirmation.rules(), confirmation.post(),
                confirmation.contentHash(), confirmation.reason(), previousHash, hash);
    }

    /**
     * Walks the entries oldest first. An entry breaks the chain when its number is not the next one
     * (an entry before it was removed), when it does not point at the hash of the entry before (that
     * one was changed and rehashed), or when its own hash does not match its content (it was changed).
     *
     * <p>A hash chain cannot notice that its newest entries were cut off, nor a log rewritten and
     * rehashed from the start: that is what the last hash on a printed sheet is for.
     */
    public static Verification verify(List<AuditEntry> entries) {
        String previousHash = GENESIS;
        long expectedSequence = 1;
        for (AuditEntry entry : entries) {
            if (entry.sequence() != expectedSequence || !entry.previousHash().equals(previousHash)
                    || !entry.hash().equals(hashOf(entry))) {
                return Verification.brokenAt(entries.size(), entry.sequence());
            }
            previousHash = entry.hash();
            expectedSequence++;
        }
        return Verification.intact(entries.size());
    }

    /** The hash an entry should have, from its own previous hash and content. */
    public static String hashOf(AuditEntry entry) {
        return hash(entry.previousHash(), entry.sequence(), entry.recordedAt(), entry.election(), entry.rules(),
                entry.post().value(), entry.contentHash(), entry.reason());
    }

    private static String hash(String previousHash, long sequence, Instant recordedAt, String election,
                               List<String> rules, long post, String contentHash, String reason) {
        String canonical = sequence + "\n"
                + RECORDED_AT.format(recordedAt) + "\n"
                + Sha256.escape(election) + "\n"
                + Sha256.escape(String.join(",", rules)) + "\n"
                + post + "\n"
                + Sha256.escape(contentHash) + "\n"
                + Sha256.escape(reason) + "\n";
        return Sha256.hex(previousHash + "\n" + canonical);
    }
}
