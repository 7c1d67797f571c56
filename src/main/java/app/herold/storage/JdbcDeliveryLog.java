package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.PostId;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.api.ErrorCode;

/** Keeps the delivery log in H2. Each public method is one transaction. */
final class JdbcDeliveryLog implements DeliveryLog {

    private final Transactions transactions;
    private final Clock clock;

    JdbcDeliveryLog(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    @Override
    public Delivery record(Delivery delivery) {
        return transactions.write(connection -> {
            AccountId account = delivery.account();
            String accountName = delivery.accountName();
            if (account != null) {
                Optional<String> storedName = accountName(connection, account);
                // An account removed meanwhile is recorded as the log keeps removed ones: by name only.
                account = storedName.isPresent() ? account : null;
                if (accountName.isBlank()) {
                    accountName = storedName.orElse("");
                }
            }
            // The column keeps microseconds; what is returned must equal what is read back later.
            Delivery recorded = new Delivery(0, delivery.post(), delivery.channel(), account, accountName,
                    delivery.method(), delivery.publishedAt().truncatedTo(ChronoUnit.MICROS), delivery.link(),
                    clock.instant().truncatedTo(ChronoUnit.MICROS));
            return insert(connection, recorded);
        });
    }

    /**
     * Inserts a delivery as it is, under its id when it has one (an import), and returns it with its id.
     * Its account must exist or be null.
     */
    static Delivery insert(Connection connection, Delivery delivery) throws SQLException {
        boolean withId = delivery.id() > 0;
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO delivery (" + (withId ? "id, " : "")
                + "post_id, channel, account_id, account_name, method, published_at, link, recorded_at)"
                + " VALUES (" + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?)", new String[] {"ID"})) {
            int index = 1;
            if (withId) {
                statement.setLong(index++, delivery.id());
            }
            statement.setLong(index++, delivery.post().value());
            statement.setString(index++, delivery.channel().id());
            if (delivery.account() == null) {
                statement.setNull(index++, Types.BIGINT);
            } else {
                statement.setLong(index++, delivery.account().value());
            }
            statement.setString(index++, delivery.accountName());
            statement.setString(index++, delivery.method().id());
            statement.setObject(index++, delivery.publishedAt().atOffset(ZoneOffset.UTC));
            statement.setString(index++, delivery.link());
            statement.setObject(index, delivery.recordedAt().atOffset(ZoneOffset.UTC));
            statement.executeUpdate();
            if (withId) {
                return delivery;
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return new Delivery(keys.getLong(1), delivery.post(), delivery.channel(), delivery.account(),
                        delivery.accountName(), delivery.method(), delivery.publishedAt(), delivery.link(),
                        delivery.recordedAt());
            }
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.REFERENTIAL_INTEGRITY_VIOLATED_PARENT_MISSING_1) {
                throw new UserFacingException(e, "error.postNotFound", delivery.post().value());
            }
            throw e;
        }
    }

    @Override
    public List<Delivery> deliveriesOf(PostId post) {
        return read(" WHERE post_id = ? ORDER BY published_at, id", statement -> statement.setLong(1, post.value()));
    }

    @Override
    public List<Delivery> all() {
        return read(" ORDER BY id", statement -> { });
    }

    private List<Delivery> read(String whereAndOrder, PostChildRows.PostFilter filter) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT id, post_id, channel, account_id,"
                    + " account_name, method, published_at, link, recorded_at FROM delivery" + whereAndOrder)) {
                filter.bind(statement);
                List<Delivery> deliveries = new ArrayList<>();
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        Optional<ChannelKind> channel = ChannelKind.fromId(rows.getString("channel"));
                        // A network this version does not know was written by a newer one; it cannot be shown.
                        if (channel.isEmpty()) {
                            continue;
                        }
                        long accountId = rows.getLong("account_id");
                        AccountId account = rows.wasNull() ? null : new AccountId(accountId);
                        deliveries.add(new Delivery(rows.getLong("id"), PostId.of(rows.getLong("post_id")), channel.get(),
                                account, rows.getString("account_name"),
                                "api".equals(rows.getString("method")) ? Delivery.Method.API : Delivery.Method.MANUAL,
                                rows.getObject("published_at", OffsetDateTime.class).toInstant(),
                                rows.getString("link"),
                                rows.getObject("recorded_at", OffsetDateTime.class).toInstant()));
                    }
                }
                return deliveries;
            }
        });
    }

    private static Optional<String> accountName(Connection connection, AccountId account) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT name FROM channel_account WHERE id = ?")) {
            statement.setLong(1, account.value());
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }
}
