package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.exchange.PlanChanges;
import app.herold.domain.exchange.PlanData;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Election;
import app.herold.domain.settings.PreferencesStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * Reads the whole plan through the stores, and writes an import on one connection in one transaction
 * with the stores' own statements, so an import that fails half-way leaves the plan as it was.
 */
final class JdbcPlanTransfer implements PlanTransfer {

    /** The tables whose numbers an import writes; new rows must be numbered after the highest. */
    private static final List<String> NUMBERED_TABLES = List.of("post", "channel_account", "election", "delivery");

    private final Transactions transactions;
    private final JdbcPostStore posts;
    private final JdbcChannelAccountStore accounts;
    private final JdbcElectionStore elections;
    private final JdbcAuditLog audit;
    private final JdbcDeliveryLog deliveries;
    private final PreferencesStore preferences;
    private final Clock clock;

    JdbcPlanTransfer(DataSource dataSource, JdbcPostStore posts, JdbcChannelAccountStore accounts,
                     JdbcElectionStore elections, JdbcAuditLog audit, JdbcDeliveryLog deliveries,
                     PreferencesStore preferences, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.posts = posts;
        this.accounts = accounts;
        this.elections = elections;
        this.audit = audit;
        this.deliveries = deliveries;
        this.preferences = preferences;
        this.clock = clock;
    }

    @Override
    public PlanData read() {
        List<Post> all = new ArrayList<>();
        posts.forEach(null, null, all::add);
        return new PlanData(all, accounts.accounts(), elections.elections(), elections.parties(), audit.entries(),
                deliveries.all(), preferences.load().state());
    }

    @Override
    public void apply(PlanChanges changes) {
        transactions.write(connection -> {
            if (changes.replace()) {
                // A post's tags, pictures, texts, accounts and deliveries go with it (ON DELETE CASCADE).
                for (String table : List.of("post", "channel_account", "election")) {
                    try (Statement statement = connection.createStatement()) {
                        statement.executeUpdate("DELETE FROM " + table);
                    }
                }
            }
            Instant now = clock.instant();
            for (ChannelAccount account : changes.newAccounts()) {
                JdbcChannelAccountStore.insert(connection, account, now);
            }
            for (ChannelAccount account : changes.changedAccounts()) {
                JdbcChannelAccountStore.update(connection, account);
            }
            for (Election election : changes.newElections()) {
                JdbcElectionStore.insert(connection, election, true);
            }
            for (Election election : changes.changedElections()) {
                JdbcElectionStore.update(connection, election);
            }
            if (changes.parties() != null) {
                JdbcElectionStore.replaceParties(connection, changes.parties());
            }
            JdbcPostStore.insertWithIds(connection, changes.newPosts());
            for (Post post : changes.changedPosts()) {
                JdbcPostStore.update(connection, post);
                PostChildRows.deleteFor(connection, post.id().value());
                JdbcPostStore.writeChildren(connection, post);
            }
            for (Delivery delivery : changes.newDeliveries()) {
                JdbcDeliveryLog.insert(connection, delivery);
            }
            appendAudit(connection, changes.appendedAuditEntries());
            for (String table : NUMBERED_TABLES) {
                continueNumbering(connection, table);
            }
            // A ready post from another computer (or from before a replace) may already have gone out from
            // there, or been handed over to Facebook or Mastodon: it waits for the officer's look.
            List<Long> imported = new java.util.ArrayList<>();
            changes.newPosts().forEach(post -> imported.add(post.id().value()));
            changes.changedPosts().forEach(post -> imported.add(post.id().value()));
            if (!imported.isEmpty()) {
                JdbcOutboxStore.askAbout(connection, now, "publish.imported", imported);
            }
            return null;
        });
        // The Land lives in the settings file, not in the database: set only once the plan is committed.
        if (changes.state() != null) {
            preferences.save(preferences.load().withState(changes.state()));
        }
    }

    /**
     * Appends onto the log as it is inside this transaction. The reconciliation saw it earlier; if a
     * confirmation was recorded since, the entries no longer continue it and the whole import is refused
     * rather than the chain forked (the table's keys would refuse a fork as well).
     */
    private static void appendAudit(Connection connection, List<AuditEntry> entries) throws SQLException {
        if (entries.isEmpty()) {
            return;
        }
        AuditEntry last = JdbcAuditLog.last(connection);
        AuditEntry first = entries.get(0);
        long sequence = last == null ? 1 : last.sequence() + 1;
        String previousHash = last == null ? AuditChain.GENESIS : last.hash();
        if (first.sequence() != sequence || !first.previousHash().equals(previousHash)) {
            throw new UserFacingException("jsonImport.error.auditMoved");
        }
        for (AuditEntry entry : entries) {
            JdbcAuditLog.insert(connection, entry);
        }
    }

    /**
     * H2 does not move an identity past numbers inserted explicitly, so the next post saved would be
     * given an imported post's number. The identity restarts after the highest number, and never lower
     * than it already stood: a number of a removed post is not handed out again, since audit entries
     * may still name it. Inside the transaction; a rollback leaves at most a gap in the numbers.
     */
    private static void continueNumbering(Connection connection, String table) throws SQLException {
        long highest;
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
            rows.next();
            highest = rows.getLong(1);
        }
        long next;
        try (PreparedStatement statement = connection.prepareStatement("SELECT IDENTITY_BASE FROM INFORMATION_SCHEMA.COLUMNS"
                + " WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_NAME = ? AND COLUMN_NAME = 'ID'")) {
            statement.setString(1, table.toUpperCase(Locale.ROOT));
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                next = rows.getLong(1);
            }
        }
        if (highest >= next) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + table + " ALTER COLUMN id RESTART WITH " + (highest + 1));
            }
        }
    }
}
