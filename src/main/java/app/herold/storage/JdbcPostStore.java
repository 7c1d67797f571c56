package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
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

/** Keeps posts in H2. Each public method is one transaction. */
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

    private final DataSource dataSource;
    private final Clock clock;

    JdbcPostStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    @Override
    public Post save(Post post) {
        return inTransaction(connection -> {
            Instant now = clock.instant();
            Post stored;
            if (post.isSaved()) {
                Instant createdAt = post.createdAt() != null ? post.createdAt() : now;
                stored = post.withTimestamps(createdAt, now);
                update(connection, stored);
            } else {
                Post withTimes = post.withTimestamps(now, now);
                stored = withTimes.withId(PostId.of(insert(connection, withTimes, false)));
            }
            writeChildren(connection, stored);
            return stored;
        });
    }

    @Override
    public void reinsert(Post post) {
        inTransaction(connection -> {
            insert(connection, post, true);
            writeChildren(connection, post);
            return null;
        });
    }

    @Override
    public Optional<Post> find(PostId id) {
        return withConnection(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM post p WHERE p.id = ?")) {
                statement.setLong(1, id.value());
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(readPost(rows, readTags(connection, id.value()), readImages(connection, id.value())));
                }
            }
        });
    }

    @Override
    public boolean delete(PostId id) {
        return inTransaction(connection -> {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM post WHERE id = ?")) {
                statement.setLong(1, id.value());
                return statement.executeUpdate() > 0;
            }
        });
    }

    @Override
    public List<PostSummary> summariesBetween(LocalDate from, LocalDate to) {
        return withConnection(connection -> {
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
        return withConnection(connection -> {
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
        return withConnection(connection -> {
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
        return withConnection(connection -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("SELECT COUNT(*) FROM post")) {
                rows.next();
                return rows.getLong(1);
            }
        });
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<Post> action) {
        boolean everything = from == null && to == null;
        String where = everything ? "" : " WHERE p.plan_date BETWEEN ? AND ?";
        String order = " ORDER BY p.plan_date IS NULL, p.plan_date, p.plan_time, p.id";
        withConnection(connection -> {
            Map<Long, List<String>> tags = new HashMap<>();
            Map<Long, List<PostImage>> images = new HashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT t.post_id, t.tag FROM post_tag t JOIN post p ON p.id = t.post_id" + where
                            + " ORDER BY t.post_id, t.position")) {
                bindRange(statement, everything, from, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tags.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>()).add(rows.getString(2));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT i.post_id, i.media_file, i.alt_text FROM post_image i JOIN post p ON p.id = i.post_id"
                            + where + " ORDER BY i.post_id, i.position")) {
                bindRange(statement, everything, from, to);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        images.computeIfAbsent(rows.getLong(1), id -> new ArrayList<>())
                                .add(new PostImage(rows.getString(2), rows.getString(3)));
                    }
                }
            }
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT " + POST_COLUMNS + " FROM post p" + where + order)) {
                bindRange(statement, everything, from, to);
                statement.setFetchSize(500);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        long id = rows.getLong("id");
                        action.accept(readPost(rows, tags.getOrDefault(id, List.of()), images.getOrDefault(id, List.of())));
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void insertAll(List<Post> posts) {
        inTransaction(connection -> {
            Instant now = clock.instant();
            try (PreparedStatement insertPost = connection.prepareStatement(insertSql(false), new String[] {"ID"});
                 PreparedStatement insertTag = connection.prepareStatement(
                         "INSERT INTO post_tag (post_id, position, tag) VALUES (?, ?, ?)");
                 PreparedStatement insertImage = connection.prepareStatement(
                         "INSERT INTO post_image (post_id, position, media_file, alt_text) VALUES (?, ?, ?, ?)")) {
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
                            Post inserted = posts.get(batchStart + offset);
                            long id = ids.get(offset);
                            addChildren(insertTag, insertImage, id, inserted);
                        }
                        insertTag.executeBatch();
                        insertImage.executeBatch();
                        batchStart = index + 1;
                    }
                }
            }
            return null;
        });
    }

    // --- writing -------------------------------------------------------------------------------

    private static String insertSql(boolean withId) {
        return "INSERT INTO post (" + (withId ? "id, " : "")
                + "title, body, scheduled_at, zone, plan_date, plan_time, status, channels, notes, created_at, updated_at)"
                + " VALUES (" + (withId ? "?, " : "") + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    }

    private static long insert(Connection connection, Post post, boolean withId) throws SQLException {
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

    private static void update(Connection connection, Post post) throws SQLException {
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

    private static void writeChildren(Connection connection, Post post) throws SQLException {
        long id = post.id().value();
        try (PreparedStatement deleteTags = connection.prepareStatement("DELETE FROM post_tag WHERE post_id = ?");
             PreparedStatement deleteImages = connection.prepareStatement("DELETE FROM post_image WHERE post_id = ?")) {
            deleteTags.setLong(1, id);
            deleteTags.executeUpdate();
            deleteImages.setLong(1, id);
            deleteImages.executeUpdate();
        }
        try (PreparedStatement insertTag = connection.prepareStatement(
                "INSERT INTO post_tag (post_id, position, tag) VALUES (?, ?, ?)");
             PreparedStatement insertImage = connection.prepareStatement(
                     "INSERT INTO post_image (post_id, position, media_file, alt_text) VALUES (?, ?, ?, ?)")) {
            addChildren(insertTag, insertImage, id, post);
            insertTag.executeBatch();
            insertImage.executeBatch();
        }
    }

    private static void addChildren(PreparedStatement insertTag, PreparedStatement insertImage, long id, Post post)
            throws SQLException {
        List<String> tags = post.tags();
        for (int position = 0; position < tags.size(); position++) {
            insertTag.setLong(1, id);
            insertTag.setInt(2, position);
            insertTag.setString(3, tags.get(position));
            insertTag.addBatch();
        }
        List<PostImage> images = post.images();
        for (int position = 0; position < images.size(); position++) {
            insertImage.setLong(1, id);
            insertImage.setInt(2, position);
            insertImage.setString(3, images.get(position).mediaFile());
            insertImage.setString(4, images.get(position).altText());
            insertImage.addBatch();
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

    private static Post readPost(ResultSet rows, List<String> tags, List<PostImage> images) throws SQLException {
        return new Post(
                PostId.of(rows.getLong("id")),
                rows.getString("title"),
                rows.getString("body"),
                readSchedule(rows),
                readStatus(rows.getString("status")),
                splitChannels(rows.getString("channels")),
                tags,
                rows.getString("notes"),
                images,
                rows.getObject("created_at", OffsetDateTime.class).toInstant(),
                rows.getObject("updated_at", OffsetDateTime.class).toInstant());
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

    private static List<String> readTags(Connection connection, long postId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT tag FROM post_tag WHERE post_id = ? ORDER BY position")) {
            statement.setLong(1, postId);
            List<String> tags = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    tags.add(rows.getString(1));
                }
            }
            return tags;
        }
    }

    private static List<PostImage> readImages(Connection connection, long postId) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT media_file, alt_text FROM post_image WHERE post_id = ? ORDER BY position")) {
            statement.setLong(1, postId);
            List<PostImage> images = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    images.add(new PostImage(rows.getString(1), rows.getString(2)));
                }
            }
            return images;
        }
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

    // --- transactions --------------------------------------------------------------------------

    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw StorageFailures.translate(e);
        }
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw StorageFailures.translate(e);
        }
    }
}
