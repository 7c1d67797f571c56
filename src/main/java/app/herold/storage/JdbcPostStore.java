package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import app.herold.storage.PostChildRows.Children;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Time;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javax.sql.DataSource;

/** Keeps posts in H2, their child rows through {@link PostChildRows}. Each public method is one transaction. */
final class JdbcPostStore implements PostStore {

    /** Separates tags in the aggregated column; a control character no one types into a tag. */
    private static final String TAG_SEPARATOR = "\u001f";

    private static final String SUMMARY_COLUMNS = "p.id, p.title, LEFT(p.body, " + PostSummary.SNIPPET_LENGTH
            + ") AS snippet, p.scheduled_at, p.zone, p.status, p.channels, "
            + "(SELECT LISTAGG(t.tag, '" + TAG_SEPARATOR + "') WITHIN GROUP (ORDER BY t.position) "
            + "FROM post_tag t WHERE t.post_id = p.id) AS tags, "
            + "(SELECT i.media_file FROM post_image i WHERE i.post_id = p.id AND i.position = 0) AS first_image";

    private static final String POST_COLUMNS =
            "p.id, p.title, p.body, p.scheduled_at, p.zone, p.status, p.channels, p.notes, p.created_at, p.updated_at";

    private final Transactions transactions;
    private final Clock clock;

    JdbcPostStore(DataSource dataSource, Clock clock) {
        this.transactions = new Transactions(dataSource);
        this.clock = clock;
    }

    @Override
    public Post save(Post post) {
        return transactions.write(connection -> {
            Instant now = clock.instant();
            Post stored;
            if (post.isSaved()) {
                Instant createdAt = post.createdAt() != null ? post.createdAt() : now;
                stored = post.withTimestamps(createdAt, now);
                update(connection, stored);
                PostChildRows.deleteFor(connection, stored.id().value());
            } else {
                Post withTimes = post.withTimestamps(now, now);
                stored = withTimes.withId(PostId.of(insert(connection, withTimes, false)));
            }
            Set<AccountId> skipped = writeChildren(connection, stored);
            // The caller gets what is stored: the editor may still name an account removed meanwhile.
            if (skipped.isEmpty()) {
                return stored;
            }
            return stored.withAccounts(stored.accounts().stream().filter(account -> !skipped.contains(account)).toList());
        });
    }

    @Override
    public void reinsert(Post post) {
        transactions.write(connection -> {
            insert(connection, post, true);
            writeChildren(connection, post);
            return null;
        });
    }

    @Override
    public Optional<Post> find(PostId id) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM post p WHERE p.id = ?")) {
                statement.setLong(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    Map<Long, Children> children = PostChildRows.read(connection, " WHERE p.id = ?",
                            filter -> filter.setLong(1, id.value()));
                    return Optional.of(readPost(rows, children.getOrDefault(id.value(), Children.NONE)));
                }
            }
        });
    }

    @Override
    public boolean delete(PostId id) {
        return transactions.write(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM post WHERE id = ?")) {
                statement.setLong(1, id.value());
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<PostSummary> summariesBetween(LocalDate from, LocalDate to) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM post p WHERE p.plan_date BETWEEN ? AND ? ORDER BY p.plan_date, p.plan_time, p.id")) {
                statement.setDate(1, Date.valueOf(from));
                statement.setDate(2, Date.valueOf(to));
                return readSummaries(statement);
            }
        });
    }

    @Override
    public Map<LocalDate, DayOverview> overview(LocalDate from, LocalDate to, int postsPerDay) {
        return transactions.read(connection -> {
            Map<LocalDate, Integer> counts = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT plan_date, COUNT(*) FROM post WHERE plan_date BETWEEN ? AND ? GROUP BY plan_date")) {
                statement.setDate(1, Date.valueOf(from));
                statement.setDate(2, Date.valueOf(to));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        counts.put(rows.getDate(1).toLocalDate(), rows.getInt(2));
                    }
                }
            }
            Map<LocalDate, DayOverview> days = new LinkedHashMap<>();
            // One short index scan per day with posts: a day with 300 posts costs as little as one with 3.
            // The order names all three columns of post_by_plan, plan_date included although it is fixed:
            // only then does H2 read the index in order and stop after the first rows, instead of
            // reading the whole day (with the tag and image subqueries for every post) and sorting it.
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM post p WHERE p.plan_date = ? ORDER BY p.plan_date, p.plan_time, p.id LIMIT ?")) {
                for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
                    Integer total = counts.get(day);
                    if (total == null) {
                        days.put(day, DayOverview.empty(day));
                        continue;
                    }
                    statement.setDate(1, Date.valueOf(day));
                    statement.setInt(2, postsPerDay);
                    days.put(day, new DayOverview(day, readSummaries(statement), total));
                }
            }
            return days;
        });
    }

    @Override
    public List<PostSummary> ideas(int offset, int limit) {
        return transactions.read(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("SELECT " + SUMMARY_COLUMNS
                    + " FROM post p WHERE p.plan_date IS NULL ORDER BY p.updated_at DESC, p.id DESC"
                    + " OFFSET ? ROWS FETCH NEXT ? ROWS ONLY")) {
                statement.setInt(1, offset);
                statement.setInt(2, limit);
                return readSummaries(statement);
            }
        });
    }

    @Override
    public long count() {
        return transactions.read(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM post")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public List<Post> readyUntil(Instant until) {
        String where = " WHERE p.status = 'ready' AND p.scheduled_at < ?";
        return transactions.read(connection -> {
            Map<Long, Children> children = PostChildRows.read(connection, where,
                    statement -> statement.setObject(1, until.atOffset(java.time.ZoneOffset.UTC)));
            List<Post> ready = new ArrayList<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM post p" + where + " ORDER BY p.scheduled_at, p.id")) {
                statement.setObject(1, until.atOffset(java.time.ZoneOffset.UTC));
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        ready.add(readPost(rows, children.getOrDefault(rows.getLong("id"), Children.NONE)));
                    }
                }
            }
            return ready;
        });
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<Post> action) {
        boolean everything = from == null && to == null;
        String where = everything ? "" : " WHERE p.plan_date BETWEEN ? AND ?";
        String order = " ORDER BY p.plan_date IS NULL, p.plan_date, p.plan_time, p.id";
        transactions.read(connection -> {
            Map<Long, Children> children = PostChildRows.read(connection, where,
                    statement -> bindRange(statement, everything, from, to));
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM post p" + where + order)) {
                bindRange(statement, everything, from, to);
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong("id");
                        action.accept(readPost(rows, children.getOrDefault(id, Children.NONE)));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void insertAll(List<Post> posts) {
        transactions.write(connection -> {
            Instant now = clock.instant();
            try (PreparedStatement insertPost = connection.prepareStatement(insertSql(false), new String[] {"ID"});
                 PostChildRows children = new PostChildRows(connection)) {
                int batchStart = 0;
                for (int index = 0; index < posts.size(); index++) {
                    Post post = posts.get(index);
                    bindPost(insertPost, post.withTimestamps(
                            post.createdAt() != null ? post.createdAt() : now,
                            post.updatedAt() != null ? post.updatedAt() : now), false);
                    insertPost.addBatch();
                    boolean last = index == posts.size() - 1;
                    if ((index + 1) % 1000 == 0 || last) {
                        insertPost.executeBatch();
                        List<Long> ids = new ArrayList<>();
                        try (ResultSet keys = insertPost.getGeneratedKeys()) {
                            while (keys.next()) {
                                ids.add(keys.getLong(1));
                            }
                        }
                        for (int offset = 0; offset < ids.size(); offset++) {
                            children.add(ids.get(offset), posts.get(batchStart + offset));
                        }
                        children.flush();
                        batchStart = index + 1;
                    }
                }
            }
            return null;
        });
    }

    // --- writing -------------------------------------------------------------------------------

    /**
     * Inserts posts under the ids they have, with their own timestamps, in batches like {@link #insertAll}:
     * an import, which keeps every number a file gives. Part of the caller's transaction.
     */
    static void insertWithIds(Connection connection, List<Post> posts) throws SQLException {
        try (PreparedStatement insertPost = connection.prepareStatement(insertSql(true));
             PostChildRows children = new PostChildRows(connection)) {
            for (int index = 0; index < posts.size(); index++) {
                Post post = posts.get(index);
                bindPost(insertPost, post, true);
                insertPost.addBatch();
                children.add(post.id().value(), post);
                if ((index + 1) % 1000 == 0 || index == posts.size() - 1) {
                    insertPost.executeBatch();
                    children.flush();
                }
            }
        }
    }

    private static String insertSql(boolean withId) {
        return "INSERT INTO post (" + (withId ? "id, " : "")
                + "title, body, scheduled_at, zone, plan_date, plan_time, status, channels, notes, created_at, updated_at)"
                + " VALUES (" + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    /** Inserts the post's own row, under its id when {@code withId}, and returns the id. */
    static long insert(Connection connection, Post post, boolean withId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(insertSql(withId), new String[] {"ID"})) {
            bindPost(statement, post, withId);
            statement.executeUpdate();
            if (withId) {
                return post.id().value();
            }
            try (ResultSet keys = statement.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Rewrites the post's own row, timestamps included, as they are in {@code post}. */
    static void update(Connection connection, Post post) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE post SET title = ?, body = ?, scheduled_at = ?, zone = ?, plan_date = ?, plan_time = ?,"
                        + " status = ?, channels = ?, notes = ?, created_at = ?, updated_at = ? WHERE id = ?")) {
            int next = bindContent(statement, 1, post);
            statement.setLong(next, post.id().value());
            if (statement.executeUpdate() == 0) {
                throw new UserFacingException("error.postNotFound", post.id().value());
            }
        }
    }

    private static void bindPost(PreparedStatement statement, Post post, boolean withId) throws SQLException {
        int index = 1;
        if (withId) {
            statement.setLong(index++, post.id().value());
        }
        bindContent(statement, index, post);
    }

    /** Binds the content columns in table order and returns the next free parameter index. */
    private static int bindContent(PreparedStatement statement, int first, Post post) throws SQLException {
        int index = first;
        statement.setString(index++, post.title());
        statement.setString(index++, post.text());
        Schedule schedule = post.schedule();
        if (schedule == null) {
            statement.setNull(index++, Types.TIMESTAMP_WITH_TIMEZONE);
            statement.setNull(index++, Types.VARCHAR);
            statement.setNull(index++, Types.DATE);
            statement.setNull(index++, Types.TIME);
        } else {
            statement.setObject(index++, schedule.at().atOffset(ZoneOffset.UTC));
            statement.setString(index++, schedule.zone().getId());
            statement.setDate(index++, Date.valueOf(schedule.localDate()));
            statement.setTime(index++, Time.valueOf(schedule.localTime().withNano(0)));
        }
        statement.setString(index++, post.status().id());
        statement.setString(index++, joinChannels(post.channels()));
        statement.setString(index++, post.notes());
        statement.setObject(index++, post.createdAt().atOffset(ZoneOffset.UTC));
        statement.setObject(index++, post.updatedAt().atOffset(ZoneOffset.UTC));
        return index;
    }

    /** Writes the post's child rows; returns the accounts it named that no longer exist and were left out. */
    static Set<AccountId> writeChildren(Connection connection, Post post) throws SQLException {
        try (PostChildRows children = new PostChildRows(connection)) {
            children.add(post.id().value(), post);
            children.flush();
            return children.skippedAccounts();
        }
    }

    // --- reading -------------------------------------------------------------------------------

    private static List<PostSummary> readSummaries(PreparedStatement statement) throws SQLException {
        List<PostSummary> summaries = new ArrayList<>();
        try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String tags = rows.getString("tags");
                summaries.add(new PostSummary(
                        PostId.of(rows.getLong("id")),
                        rows.getString("title"),
                        rows.getString("snippet"),
                        readSchedule(rows),
                        readStatus(rows.getString("status")),
                        splitChannels(rows.getString("channels")),
                        tags == null || tags.isEmpty() ? List.of() : List.of(tags.split(TAG_SEPARATOR)),
                        rows.getString("first_image")));
            }
        }
        return summaries;
    }

    private static Post readPost(ResultSet rows, Children children) throws SQLException {
        return new Post(
                PostId.of(rows.getLong("id")),
                rows.getString("title"),
                rows.getString("body"),
                readSchedule(rows),
                readStatus(rows.getString("status")),
                splitChannels(rows.getString("channels")),
                children.tags(),
                rows.getString("notes"),
                children.images(),
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                rows.getObject("updated_at", OffsetDateTime.class).toInstant(),
                children.variants(),
                children.accounts());
    }

    private static Schedule readSchedule(ResultSet rows) throws SQLException {
        OffsetDateTime at = rows.getObject("scheduled_at", OffsetDateTime.class);
        if (at == null) {
            return null;
        }
        return new Schedule(at.toInstant(), ZoneId.of(rows.getString("zone")));
    }

    private static PostStatus readStatus(String id) {
        return PostStatus.fromId(id).orElse(PostStatus.DRAFT);
    }

    private static String joinChannels(Set<ChannelKind> channels) {
        StringBuilder joined = new StringBuilder();
        for (ChannelKind kind : channels) {
            if (joined.length() > 0) {
                joined.append(',');
            }
            joined.append(kind.id());
        }
        return joined.toString();
    }

    private static Set<ChannelKind> splitChannels(String column) {
        Set<ChannelKind> kinds = EnumSet.noneOf(ChannelKind.class);
        if (column != null && !column.isEmpty()) {
            for (String id : column.split(",")) {
                ChannelKind.fromId(id).ifPresent(kinds::add);
            }
        }
        return kinds;
    }

    private static void bindRange(PreparedStatement statement, boolean everything, LocalDate from, LocalDate to)
            throws SQLException {
        if (everything) {
            return;
        }
        statement.setDate(1, Date.valueOf(from != null ? from : LocalDate.of(1, 1, 1)));
        statement.setDate(2, Date.valueOf(to != null ? to : LocalDate.of(9999, 12, 31)));
    }
}
