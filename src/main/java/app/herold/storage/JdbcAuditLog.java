package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.Confirmation;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;

/**
 * Keeps the neutrality audit log in H2. The table refuses changes and removals itself (migration
 * V4); this class only ever inserts.
 */
final class JdbcAuditLog implements AuditLog {

    private static final String COLUMNS = "sequence, recorded_at, election, rules, post_id, content_hash, reason,"
            + " previous_hash, hash";

    private final Transactions transactions;
    /*
     * Appends are serialised: each one reads the newest entry and chains to it, so two at once would
     * both claim the same successor. The data-directory lock keeps other processes out; the primary
     * key and the unique previous_hash would refuse a fork even if this lock were bypassed.
     */
    private final ReentrantLock appending = new ReentrantLock();

    JdbcAuditLog(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    @Override
    public AuditEntry append(Confirmation confirmation) {
        appending.lock();
        try {
            return transactions.write(connection -> {
                AuditEntry entry = AuditChain.next(last(connection), confirmation);
                insert(connection, entry);
                return entry;
            });
        } finally {
            appending.unlock();
        }
    }

    @Override
    public List<AuditEntry> entries() {
        return transactions.read(connection -> {
            List<AuditEntry> entries = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence");
                 ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    entries.add(entry(rows));
                }
            }
            return entries;
        });
    }

    @Override
    public Verification verify() {
        List<AuditEntry> entries;
        try {
            entries = entries();
        } catch (UnreadableEntry unreadable) {
            // An entry that no longer even reads back was changed: that is where the chain breaks.
            return Verification.brokenAt(count(), unreadable.sequence);
        }
        return AuditChain.verify(entries);
    }

    private int count() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT COUNT(*) FROM audit_log");
                 ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }

    /** The newest entry, or null for an empty log. */
    static AuditEntry last(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT " + COLUMNS + " FROM audit_log ORDER BY sequence DESC LIMIT 1");
             ResultSet rows = statement.executeQuery()) {
            return rows.next() ? entry(rows) : null;
        }
    }

    /** Inserts the entry exactly as it is: its number, time and hashes were made by {@link AuditChain}. */
    static void insert(Connection connection, AuditEntry entry) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO audit_log (" + COLUMNS
                + ", previous_sequence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            statement.setLong(1, entry.sequence());
            statement.setObject(2, entry.recordedAt().atOffset(ZoneOffset.UTC));
            statement.setString(3, entry.election());
            statement.setString(4, String.join(",", entry.rules()));
            statement.setLong(5, entry.post().value());
            statement.setString(6, entry.contentHash());
            statement.setString(7, entry.reason());
            statement.setString(8, entry.previousHash());
            statement.setString(9, entry.hash());
            if (entry.sequence() == 1) {
                statement.setNull(10, Types.BIGINT);
            } else {
                statement.setLong(10, entry.sequence() - 1);
            }
            statement.executeUpdate();
        }
    }

    private static AuditEntry entry(ResultSet rows) throws SQLException {
        long sequence = rows.getLong("sequence");
        try {
            String rules = rows.getString("rules");
            return new AuditEntry(sequence,
                    rows.getObject("recorded_at", OffsetDateTime.class).toInstant(),
                    rows.getString("election"),
                    rules.isEmpty() ? List.of() : Arrays.asList(rules.split(",", -1)),
                    PostId.of(rows.getLong("post_id")),
                    rows.getString("content_hash"),
                    rows.getString("reason"),
                    rows.getString("previous_hash"),
                    rows.getString("hash"));
        } catch (RuntimeException e) {
            // Only a hand-made change gets here (a post id of 0, a column emptied to NULL).
            throw new UnreadableEntry(sequence, e);
        }
    }

    /** An entry that was changed so far that it is no longer an entry. */
    private static final class UnreadableEntry extends UserFacingException {

        private static final long serialVersionUID = 1L;

        private final long sequence;

        UnreadableEntry(long sequence, RuntimeException cause) {
            super(cause, "error.audit.unreadable", String.valueOf(sequence));
            this.sequence = sequence;
        }
    }
}
