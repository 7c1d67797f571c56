package app.herold.storage;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rows a post keeps beside its own: tags, images, texts for single channels and the accounts
 * it goes to.
 *
 * <p>Written in batches, and a statement is prepared only once a post has rows for it: the demo's
 * 100,000 posts have no channel texts or accounts and must not get slower to insert for them.
 */
final class PostChildRows implements AutoCloseable {

    /** What a post holds in the child tables; the lists are the reader's own until they go into a post. */
    record Children(List<String> tags, List<PostImage> images, Map<ChannelKind, String> variants,
                    List<AccountId> accounts) {

        static final Children NONE = new Children(List.of(), List.of(), Map.of(), List.of());

        private static Children collecting() {
            return new Children(new ArrayList<>(), new ArrayList<>(), new EnumMap<>(ChannelKind.class), new ArrayList<>());
        }
    }

    /** Sets the parameters of a {@code WHERE} clause on {@code post p}. */
    @FunctionalInterface
    interface PostFilter {
        void bind(PreparedStatement statement) throws SQLException;
    }

    private final Batch tags;
    private final Batch images;
    private final Batch variants;
    private final Batch accounts;
    /** The account of each row in the account batch, to tell which ones were skipped. */
    private final List<AccountId> accountRows = new ArrayList<>();
    private final Set<AccountId> skippedAccounts = new HashSet<>();

    PostChildRows(Connection connection) {
        tags = new Batch(connection, "INSERT INTO post_tag (post_id, position, tag) VALUES (?, ?, ?)");
        images = new Batch(connection, "INSERT INTO post_image (post_id, position, media_file, alt_text, focus_x, focus_y,"
                + " fit, decorative) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
        variants = new Batch(connection, "INSERT INTO post_variant (post_id, channel, body) VALUES (?, ?, ?)");
        // Through a SELECT so that an account removed while the post was open in the editor is left
        // out, instead of failing the save on the foreign key and keeping the post unsaveable.
        accounts = new Batch(connection, "INSERT INTO post_account (post_id, account_id, position)"
                + " SELECT CAST(? AS BIGINT), id, CAST(? AS INT) FROM channel_account WHERE id = ?");
    }

    /** Queues the post's child rows under {@code postId}; {@link #flush} writes them. */
    void add(long postId, Post post) throws SQLException {
        List<String> tagList = post.tags();
        for (int position = 0; position < tagList.size(); position++) {
            PreparedStatement statement = tags.statement();
            statement.setLong(1, postId);
            statement.setInt(2, position);
            statement.setString(3, tagList.get(position));
            tags.addRow();
        }
        List<PostImage> imageList = post.images();
        for (int position = 0; position < imageList.size(); position++) {
            PostImage image = imageList.get(position);
            PreparedStatement statement = images.statement();
            statement.setLong(1, postId);
            statement.setInt(2, position);
            statement.setString(3, image.mediaFile());
            statement.setString(4, image.altText());
            statement.setDouble(5, image.focusX());
            statement.setDouble(6, image.focusY());
            statement.setString(7, image.fit().id());
            statement.setBoolean(8, image.decorative());
            images.addRow();
        }
        for (Map.Entry<ChannelKind, String> variant : post.variants().entrySet()) {
            PreparedStatement statement = variants.statement();
            statement.setLong(1, postId);
            statement.setString(2, variant.getKey().id());
            statement.setString(3, variant.getValue());
            variants.addRow();
        }
        List<AccountId> accountList = post.accounts();
        for (int position = 0; position < accountList.size(); position++) {
            PreparedStatement statement = accounts.statement();
            statement.setLong(1, postId);
            statement.setInt(2, position);
            statement.setLong(3, accountList.get(position).value());
            accounts.addRow();
            accountRows.add(accountList.get(position));
        }
    }

    void flush() throws SQLException {
        tags.execute();
        images.execute();
        variants.execute();
        int[] counts = accounts.execute();
        for (int row = 0; row < counts.length; row++) {
            if (counts[row] == 0) {
                skippedAccounts.add(accountRows.get(row));
            }
        }
        accountRows.clear();
    }

    /** Accounts a flushed post named that no longer exist, and so were not stored. */
    Set<AccountId> skippedAccounts() {
        return skippedAccounts;
    }

    @Override
    public void close() throws SQLException {
        try (tags; images; variants; accounts) {
            // every statement is closed even when closing another one fails
        }
    }

    /** Removes a post's child rows before it is written anew. */
    static void deleteFor(Connection connection, long postId) throws SQLException {
        for (String table : List.of("post_tag", "post_image", "post_variant", "post_account")) {
            try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + table + " WHERE post_id = ?")) {
                statement.setLong(1, postId);
                statement.executeUpdate();
            }
        }
    }

    /**
     * The child rows of the posts a clause selects, by post id. One query per table rather than per
     * post, so that listing every post stays five queries.
     *
     * @param where empty, or a {@code WHERE} clause on {@code post p}
     */
    static Map<Long, Children> read(Connection connection, String where, PostFilter filter) throws SQLException {
        Map<Long, Children> children = new HashMap<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT t.post_id, t.tag FROM post_tag t"
                + " JOIN post p ON p.id = t.post_id" + where + " ORDER BY t.post_id, t.position")) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    of(children, rows.getLong(1)).tags().add(rows.getString(2));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT i.post_id, i.media_file, i.alt_text, i.focus_x, i.focus_y, i.fit, i.decorative FROM post_image i"
                        + " JOIN post p ON p.id = i.post_id" + where + " ORDER BY i.post_id, i.position")) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    of(children, rows.getLong(1)).images().add(new PostImage(rows.getString(2), rows.getString(3),
                            rows.getDouble(4), rows.getDouble(5), PostImage.Fit.fromId(rows.getString(6)),
                            rows.getBoolean(7)));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT v.post_id, v.channel, v.body"
                + " FROM post_variant v JOIN post p ON p.id = v.post_id" + where)) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    long postId = rows.getLong(1);
                    String body = rows.getString(3);
                    // A channel this version does not know (written by a newer one) is left out, like in post.channels.
                    ChannelKind.fromId(rows.getString(2))
                            .ifPresent(channel -> of(children, postId).variants().put(channel, body));
                }
            }
        }
        try (PreparedStatement statement = connection.prepareStatement("SELECT a.post_id, a.account_id"
                + " FROM post_account a JOIN post p ON p.id = a.post_id" + where + " ORDER BY a.post_id, a.position")) {
            filter.bind(statement);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    of(children, rows.getLong(1)).accounts().add(new AccountId(rows.getLong(2)));
                }
            }
        }
        return children;
    }

    private static Children of(Map<Long, Children> children, long postId) {
        return children.computeIfAbsent(postId, id -> Children.collecting());
    }

    /** One insert statement, prepared at its first row. */
    private static final class Batch implements AutoCloseable {

        private final Connection connection;
        private final String sql;
        private PreparedStatement statement;
        private int rows;

        Batch(Connection connection, String sql) {
            this.connection = connection;
            this.sql = sql;
        }

        PreparedStatement statement() throws SQLException {
            if (statement == null) {
                statement = connection.prepareStatement(sql);
            }
            return statement;
        }

        void addRow() throws SQLException {
            statement.addBatch();
            rows++;
        }

        int[] execute() throws SQLException {
            if (rows == 0) {
                return new int[0];
            }
            rows = 0;
            return statement.executeBatch();
        }

        @Override
        public void close() throws SQLException {
            if (statement != null) {
                statement.close();
            }
        }
    }
}
