package app.herold.domain.rules;

import java.util.List;

/**
 * The append-only record of every confirmation that let a post with neutrality findings become
 * ready. Nothing in Herold edits or removes an entry; {@link #verify} tells whether someone else did.
 */
public interface AuditLog {

    /** Records the confirmation durably as the next entry and returns it with its number and hash. */
    AuditEntry append(Confirmation confirmation);

    /** Every entry, oldest first. */
    List<AuditEntry> entries();

    /** Recomputes the hash chain over every entry. */
    Verification verify();

    /**
     * The outcome of checking the chain.
     *
     * @param entries how many entries were checked
     * @param firstBrokenSequence the number of the first entry that does not fit the chain, -1 when intact
     */
    record Verification(boolean intact, int entries, long firstBrokenSequence) {

        public Verification {
            if (intact != (firstBrokenSequence == -1)) {
                throw new IllegalArgumentException("an intact chain has no broken entry, a broken one has one");
            }
        }

        public static Verification intact(int entries) {
            return new Verification(true, entries, -1);
        }

        public static Verification brokenAt(int entries, long sequence) {
            return new Verification(false, entries, sequence);
        }
    }
}
