package app.herold.storage;

import app.herold.domain.channel.AccountId;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.PostId;
import app.herold.domain.publishing.AttemptKind;
import app.herold.domain.publishing.OutboxStore;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.TargetState;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Keeps the outbox in H2. Each public method is one transaction, on disk when it returns (the database
 * URL sets WRITE_DELAY=0): an attempt is durable before the platform is called.
 */
final class JdbcOutboxStore implements OutboxStore {

    private static final String SEPARATOR = "\u001f";
    /** Made on the first journal read or written, not when the database opens: a mapper takes tens of milliseconds. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }
    private static final String TARGET_COLUMNS = "id, post_id, account_id, state, due_at, next_attempt_at, "
            + "failed_attempts, request_key, remote_id, remote_url, problem_key, problem_arguments, fingerprint, "
            + "waiting_for_user, late_approved, updated_at";
    private static final String ATTEMPT_COLUMNS = "id, target_id, kind, started_at, request_key, journal, outcome, "
            + "remote_id, remote_url, problem_key, problem_arguments, finished_at";

    private final Transactions transactions;
    private final Clock clock;

    JdbcOutboxStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    @Override
    public List<PublishTarget> openTargets() {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + TARGET_COLUMNS
                    + " FROM publish_target WHERE state NOT IN ('sent', 'sent-manually') ORDER BY due_at, id")) {
                return readTargets(statement);
            }
        });
    }

    @Override
    public List<PublishTarget> targetsOf(Collection<PostId> posts) {
        if (posts.isEmpty()) {
            return List.of();
        }
        return transactions.read(connection -> {
            List<PublishTarget> found = new ArrayList<>();
            // One array parameter, so a thousand posts are one query.
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + TARGET_COLUMNS
                    + " FROM publish_target WHERE post_id = ANY(?) ORDER BY due_at, id")) {
                statement.setArray(1, connection.createArrayOf("BIGINT",
                        posts.stream().map(PostId::value).toArray(Long[]::new)));
                found.addAll(readTargets(statement));
            }
            return found;
        });
    }

    @Override
    public Optional<PublishTarget> find(long id) {
        return transactions.read(connection -> findTarget(connection, id));
    }

    @Override
    public PublishTarget create(PostId post, AccountId account, Instant dueAt, String requestKey) {
        return transactions.write(connection -> {
            try (PreparedStatement existing = connection.prepareStatement("SELECT " + TARGET_COLUMNS
                    + " FROM publish_target WHERE post_id = ? AND account_id = ?")) {
                existing.setLong(1, post.value());
                existing.setLong(2, account.value());
                List<PublishTarget> found = readTargets(existing);
                if (!found.isEmpty()) {
                    return found.get(0);
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_target (post_id, "
                    + "account_id, state, due_at, request_key, updated_at) VALUES (?, ?, ?, ?, ?, ?)",
                    new String[] {"ID"})) {
                insert.setLong(1, post.value());
                insert.setLong(2, account.value());
                insert.setString(3, TargetState.READY.id());
                insert.setObject(4, time(dueAt));
                insert.setString(5, requestKey);
                insert.setObject(6, time(clock.instant()));
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return findTarget(connection, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    @Override
    public PublishTarget update(PublishTarget target, TargetState expected) {
        return transactions.write(connection -> {
            updateTarget(connection, target, expected);
            return findTarget(connection, target.id()).orElseThrow();
        });
    }

    @Override
    public void delete(long targetId) {
        transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "DELETE FROM publish_target WHERE id = ? AND NOT EXISTS "
                            + "(SELECT 1 FROM publish_attempt a WHERE a.target_id = publish_target.id)")) {
                statement.setLong(1, targetId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public PublishAttempt begin(PublishTarget target, TargetState during, AttemptKind kind, Instant at) {
        return transactions.write(connection -> {
            PublishTarget stored = findTarget(connection, target.id()).orElseThrow();
            if (stored.state() != during) {
                updateTarget(connection, stored.movedTo(during), stored.state());
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO publish_attempt (target_id, kind, "
                    + "started_at, request_key) VALUES (?, ?, ?, ?)", new String[] {"ID"})) {
                insert.setLong(1, target.id());
                insert.setString(2, kind.id());
                insert.setObject(3, time(at));
                insert.setString(4, target.requestKey());
                insert.executeUpdate();
                try (ResultSet keys = insert.getGeneratedKeys()) {
                    keys.next();
                    return findAttempt(connection, keys.getLong(1)).orElseThrow();
                }
            }
        });
    }

    @Override
    public void note(long attemptId, String key, String value) {
        transactions.write(connection -> {
            PublishAttempt attempt = findAttempt(connection, attemptId).orElseThrow();
            Map<String, String> journal = new TreeMap<>(attempt.journal());
            journal.put(key, value);
            try (PreparedStatement statement = connection.prepareStatement(
                    "UPDATE publish_attempt SET journal = ? WHERE id = ?")) {
                statement.setString(1, json(journal));
                statement.setLong(2, attemptId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public PublishTarget finish(PublishAttempt attempt, PublishTarget target, TargetState expected, Delivery delivery) {
        return transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("UPDATE publish_attempt SET outcome = ?, "
                    + "remote_id = ?, remote_url = ?, problem_key = ?, problem_arguments = ?, finished_at = ? "
                    + "WHERE id = ?")) {
                statement.setString(1, attempt.outcome() == null ? null : attempt.outcome().id());
                statement.setString(2, attempt.remoteId());
                statement.setString(3, attempt.remoteUrl());
                statement.setString(4, attempt.problem() == null ? "" : attempt.problem().key());
                statement.setString(5, arguments(attempt.problem()));
                statement.setObject(6, time(attempt.finishedAt() == null ? clock.instant() : attempt.finishedAt()));
                statement.setLong(7, attempt.id());
                statement.executeUpdate();
            }
            updateTarget(connection, target, expected);
            if (delivery != null) {
                JdbcDeliveryLog.insert(connection, new Delivery(0, delivery.post(), delivery.channel(),
                        delivery.account(), delivery.accountName(), delivery.method(),
                        delivery.publishedAt().truncatedTo(ChronoUnit.MICROS), delivery.link(),
                        clock.instant().truncatedTo(ChronoUnit.MICROS)));
            }
            return findTarget(connection, target.id()).orElseThrow();
        });
    }

    @Override
    public void forget(long attemptId) {
        transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM publish_attempt WHERE id = ?")) {
                statement.setLong(1, attemptId);
                statement.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public List<PublishAttempt> attemptsOf(long targetId) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                    + " FROM publish_attempt WHERE target_id = ? ORDER BY id")) {
                statement.setLong(1, targetId);
                return readAttempts(statement);
            }
        });
    }

    @Override
    public List<PublishAttempt> recentAttempts(int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                    + " FROM publish_attempt ORDER BY id DESC LIMIT ?")) {
                statement.setInt(1, limit);
                return readAttempts(statement);
            }
        });
    }

    /**
     * After a restore the outbox is as old as the backup: a post it holds as not yet sent may have gone out
     * since, or been handed over to Facebook or Mastodon, which schedule by themselves. Asking the platform
     * is no help here (the restored attempts lack what was sent after the backup), so every target that
     * could have moved waits for the user's look, "Ist erschienen" or "Nicht erschienen"; so do the ready
     * posts that had no target yet. Posts handed over or sent before the backup stay as they are.
     */
    void askAfterRestore(Instant now) {
        transactions.write(connection -> {
            askAbout(connection, now, "publish.restored", null);
            return null;
        });
    }

    /**
     * Marks the targets that could have moved elsewhere as waiting for the user's look, and makes such targets
     * for ready posts that have none.
     *
     * @param posts only these posts (an import), or null for all (a restore)
     */
    static void askAbout(Connection connection, Instant now, String problemKey, java.util.Collection<Long> posts)
            throws SQLException {
        String couldHaveMoved = "(%s <= ? OR %s IN (SELECT id FROM channel_account WHERE kind IN "
                + "('facebook', 'mastodon')))";
        String onlyThese = posts == null ? "" : " AND %s = ANY(?)";
        try (PreparedStatement statement = connection.prepareStatement("UPDATE publish_target SET "
                + "state = 'needs-check', waiting_for_user = TRUE, next_attempt_at = NULL, "
                + "problem_key = ?, problem_arguments = '', updated_at = ? "
                + "WHERE state IN ('ready', 'queued', 'sending', 'failed-retryable') AND "
                + String.format(couldHaveMoved, "due_at", "account_id") + String.format(onlyThese, "post_id"))) {
            bindAsk(statement, connection, now, problemKey, posts);
            statement.executeUpdate();
        }
        // The key is chosen by the network's adapter before the first attempt (a Bluesky record key has a
        // form of its own), so it is left empty here.
        try (PreparedStatement statement = connection.prepareStatement("INSERT INTO publish_target (post_id, "
                + "account_id, state, due_at, request_key, waiting_for_user, problem_key, updated_at) "
                + "SELECT p.id, pa.account_id, 'needs-check', p.scheduled_at, '', TRUE, ?, ? "
                + "FROM post p JOIN post_account pa ON pa.post_id = p.id "
                + "JOIN channel_account a ON a.id = pa.account_id "
                + "WHERE p.status = 'ready' AND p.scheduled_at IS NOT NULL AND a.kind <> 'whatsapp' "
                + "AND NOT EXISTS (SELECT 1 FROM publish_target t WHERE t.post_id = p.id "
                + "AND t.account_id = pa.account_id) AND "
                + String.format(couldHaveMoved, "p.scheduled_at", "pa.account_id") + String.format(onlyThese, "p.id"))) {
            bindAsk(statement, connection, now, problemKey, posts);
            statement.executeUpdate();
        }
    }

    @Override
    public Map<String, String> optionsOf(AccountId account) {
        return transactions.read(connection -> {
            Map<String, String> options = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT name, option_value FROM account_option WHERE account_id = ? ORDER BY name")) {
                statement.setLong(1, account.value());
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        options.put(rows.getString(1), rows.getString(2));
                    }
                }
            }
            return options;
        });
    }

    @Override
    public void saveOptions(AccountId account, Map<String, String> options) {
        transactions.write(connection -> {
            try (PreparedStatement delete = connection.prepareStatement(
                    "DELETE FROM account_option WHERE account_id = ?")) {
                delete.setLong(1, account.value());
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO account_option (account_id, name, option_value) VALUES (?, ?, ?)")) {
                for (var option : options.entrySet()) {
                    if (option.getValue() == null || option.getValue().isBlank()) {
                        continue;
                    }
                    insert.setLong(1, account.value());
                    insert.setString(2, option.getKey());
                    insert.setString(3, option.getValue().strip());
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            return null;
        });
    }

    private void updateTarget(Connection connection, PublishTarget target, TargetState expected) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE publish_target SET post_id = ?, "
                + "state = ?, due_at = ?, next_attempt_at = ?, failed_attempts = ?, remote_id = ?, remote_url = ?, "
                + "problem_key = ?, problem_arguments = ?, fingerprint = ?, waiting_for_user = ?, late_approved = ?, "
                + "updated_at = ?, request_key = ? WHERE id = ? AND state = ?")) {
            if (target.post() == null) {
                statement.setNull(1, Types.BIGINT);
            } else {
                statement.setLong(1, target.post().value());
            }
            statement.setString(2, target.state().id());
            statement.setObject(3, time(target.dueAt()));
            statement.setObject(4, target.nextAttemptAt() == null ? null : time(target.nextAttemptAt()));
            statement.setInt(5, target.failedAttempts());
            statement.setString(6, target.remoteId());
            statement.setString(7, target.remoteUrl());
            statement.setString(8, target.problem() == null ? "" : target.problem().key());
            statement.setString(9, arguments(target.problem()));
            statement.setString(10, target.fingerprint());
            statement.setBoolean(11, target.waitingForUser());
            statement.setBoolean(12, target.lateApproved());
            statement.setObject(13, time(clock.instant()));
            statement.setString(14, target.requestKey());
            statement.setLong(15, target.id());
            statement.setString(16, expected.id());
            if (statement.executeUpdate() != 1) {
                // Another pass (or the user) moved the target meanwhile: acting on the old state could post twice.
                throw new IllegalStateException("target " + target.id() + " is no longer " + expected.id());
            }
        }
    }

    private static Optional<PublishTarget> findTarget(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + TARGET_COLUMNS
                + " FROM publish_target WHERE id = ?")) {
            statement.setLong(1, id);
            return readTargets(statement).stream().findFirst();
        }
    }

    private static Optional<PublishAttempt> findAttempt(Connection connection, long id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT " + ATTEMPT_COLUMNS
                + " FROM publish_attempt WHERE id = ?")) {
            statement.setLong(1, id);
            return readAttempts(statement).stream().findFirst();
        }
    }

    private static List<PublishTarget> readTargets(PreparedStatement statement) throws SQLException {
        List<PublishTarget> targets = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                long post = rows.getLong("post_id");
                PostId postId = rows.wasNull() ? null : new PostId(post);
                targets.add(new PublishTarget(rows.getLong("id"), postId, new AccountId(rows.getLong("account_id")),
                        TargetState.fromId(rows.getString("state")).orElseThrow(), instant(rows, "due_at"),
                        instant(rows, "next_attempt_at"), rows.getInt("failed_attempts"), rows.getString("request_key"),
                        rows.getString("remote_id"), rows.getString("remote_url"),
                        problem(rows.getString("problem_key"), rows.getString("problem_arguments")),
                        rows.getString("fingerprint"), rows.getBoolean("waiting_for_user"),
                        rows.getBoolean("late_approved"), instant(rows, "updated_at")));
            }
        }
        return targets;
    }

    private static List<PublishAttempt> readAttempts(PreparedStatement statement) throws SQLException {
        List<PublishAttempt> attempts = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String outcome = rows.getString("outcome");
                attempts.add(new PublishAttempt(rows.getLong("id"), rows.getLong("target_id"),
                        AttemptKind.fromId(rows.getString("kind")).orElseThrow(), instant(rows, "started_at"),
                        rows.getString("request_key"), journal(rows.getString("journal")),
                        outcome == null ? null : TargetState.fromId(outcome).orElseThrow(), rows.getString("remote_id"),
                        rows.getString("remote_url"), problem(rows.getString("problem_key"),
                        rows.getString("problem_arguments")), instant(rows, "finished_at")));
            }
        }
        return attempts;
    }

    private static Problem problem(String key, String arguments) {
        if (key == null || key.isEmpty()) {
            return null;
        }
        return new Problem(key, arguments == null || arguments.isEmpty() ? List.of()
                : Arrays.asList(arguments.split(SEPARATOR, -1)));
    }

    private static String arguments(Problem problem) {
        return problem == null ? "" : problem.arguments().stream().collect(Collectors.joining(SEPARATOR));
    }

    private static Map<String, String> journal(String text) {
        try {
            return Json.MAPPER.readValue(text == null || text.isBlank() ? "{}" : text, new TypeReference<Map<String, String>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("an attempt's journal is not JSON", e);
        }
    }

    private static String json(Map<String, String> journal) {
        try {
            return Json.MAPPER.writeValueAsString(journal);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a journal of strings is always JSON", e);
        }
    }

    /** The problem, the time, the "due by now" bound and, for an import, its posts: the same in both statements. */
    private static void bindAsk(PreparedStatement statement, Connection connection, Instant now, String problemKey,
                                java.util.Collection<Long> posts) throws SQLException {
        statement.setString(1, problemKey);
        statement.setObject(2, time(now));
        statement.setObject(3, time(now));
        if (posts != null) {
            statement.setArray(4, connection.createArrayOf("BIGINT", posts.toArray(Long[]::new)));
        }
    }

    static OffsetDateTime time(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet rows, String column) throws SQLException {
        OffsetDateTime value = rows.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
