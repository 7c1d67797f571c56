package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;

/** Keeps the town's channel accounts in H2. Each public method is one transaction. */
final class JdbcChannelAccountStore implements ChannelAccountStore {

    private static final String COLUMNS = "id, name, kind, link, base_url, handle";

    private final Transactions transactions;
    private final Clock clock;

    JdbcChannelAccountStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    @Override
    public List<ChannelAccount> accounts() {
        List<ChannelAccount> accounts = transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + COLUMNS + " FROM channel_account");
                 ResultSet rows = statement.executeQuery()) {
                List<ChannelAccount> all = new ArrayList<>();
                while (rows.next()) {
                    read(rows).ifPresent(all::add);
                }
                return all;
            }
        });
        // Sorted here, not in SQL: the kinds' order is the enum's, and a collator puts "Ämter" and
        // "amtsblatt" among the A's, where the officer looks for them.
        Collator names = Collator.getInstance(Locale.GERMAN);
        accounts.sort(Comparator.comparing(ChannelAccount::kind).thenComparing(ChannelAccount::name, names));
        return accounts;
    }

    @Override
    public Optional<ChannelAccount> find(AccountId id) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM channel_account WHERE id = ?")) {
                statement.setLong(1, id.value());
                return readFirst(statement);
            }
        });
    }

    @Override
    public Optional<ChannelAccount> findByName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return transactions.read(connection -> {
            // The column's type compares without regard to case.
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + COLUMNS + " FROM channel_account WHERE name = ?")) {
                statement.setString(1, name.strip());
                return readFirst(statement);
            }
        });
    }

    @Override
    public ChannelAccount save(ChannelAccount account) {
        return transactions.write(connection -> {
            if (account.id() == null) {
                return insert(connection, account, clock.instant());
            }
            update(connection, account);
            return account;
        });
    }

    /** Inserts an account, under its id when it has one (an import), and returns it with its id. */
    static ChannelAccount insert(Connection connection, ChannelAccount account, Instant createdAt) throws SQLException {
        boolean withId = account.id() != null;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO channel_account ("
                + (withId ? "id, " : "") + "name, kind, link, base_url, handle, created_at) VALUES ("
                + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            int next = 1;
            if (withId) {
                statement.setLong(next++, account.id().value());
            }
            next = bindContent(statement, next, account);
            statement.setObject(next, createdAt.atOffset(ZoneOffset.UTC));
            executeNamed(statement, account);
            if (withId) {
                return account;
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return account.withId(new AccountId(keys.getLong(1)));
            }
        }
    }

    static void update(Connection connection, ChannelAccount account) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE channel_account"
                + " SET name = ?, kind = ?, link = ?, base_url = ?, handle = ? WHERE id = ?")) {
            int next = bindContent(statement, 1, account);
            statement.setLong(next, account.id().value());
            if (executeNamed(statement, account) == 0) {
                throw new UserFacingException("error.account.notFound", account.name());
            }
        }
    }

    /** Runs an insert or update; a name another account has is the user's sentence, not a database error. */
    private static int executeNamed(PreparedStatement statement, ChannelAccount account) throws SQLException {
        try {
            return statement.executeUpdate();
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DUPLICATE_KEY_1) {
                throw new UserFacingException(e, "error.account.nameTaken", account.name());
            }
            throw e;
        }
    }

    @Override
    public int remove(AccountId id) {
        return transactions.write(connection -> {
            // Deleted here rather than left to the cascade, so the count is exactly the posts that lost it.
            int posts;
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM post_account WHERE account_id = ?")) {
                statement.setLong(1, id.value());
                posts = statement.executeUpdate();
            }
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM channel_account WHERE id = ?")) {
                statement.setLong(1, id.value());
                return statement.executeUpdate() == 0 ? -1 : posts;
            }
        });
    }

    private static int bindContent(PreparedStatement statement, int first, ChannelAccount account) throws SQLException {
        statement.setString(first, account.name());
        statement.setString(first + 1, account.kind().id());
        statement.setString(first + 2, account.link());
        statement.setString(first + 3, account.baseUrl());
        statement.setString(first + 4, account.handle());
        return first + 5;
    }

    private static Optional<ChannelAccount> readFirst(PreparedStatement statement) throws SQLException {
        try (ResultSet rows = statement.executeQuery()) {
            return rows.next() ? read(rows) : Optional.empty();
        }
    }

    /** Empty for an account of a network this version does not know, written by a newer one. */
    private static Optional<ChannelAccount> read(ResultSet rows) throws SQLException {
        Optional<ChannelKind> kind = ChannelKind.fromId(rows.getString("kind"));
        if (kind.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new ChannelAccount(new AccountId(rows.getLong("id")), rows.getString("name"), kind.get(),
                rows.getString("link"), rows.getString("base_url"), rows.getString("handle")));
    }
}
