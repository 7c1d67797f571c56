package app.herold.domain.post;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/** Where posts are kept. Implemented by the storage adapter; every call may block on disk. */
public interface PostStore {

    /**
     * Inserts a post without an id or updates the one with its id, and returns what was stored
     * (with id and timestamps). Returns only once the change is durable on disk.
     */
    Post save(Post post);

    /** Inserts a post under the id it already has: how an undone delete comes back unchanged. */
    void reinsert(Post post);

    Optional<Post> find(PostId id);

    /** Returns false when there was no such post. */
    boolean delete(PostId id);

    /** Every scheduled post on the days from {@code from} to {@code to} inclusive, in time order. */
    List<PostSummary> summariesBetween(LocalDate from, LocalDate to);

    /** Per day from {@code from} to {@code to} inclusive: the first posts in time order and the count. */
    Map<LocalDate, DayOverview> overview(LocalDate from, LocalDate to, int postsPerDay);

    /** Posts without a schedule, newest first. */
    default List<PostSummary> ideas() {
        return ideas(0, Integer.MAX_VALUE);
    }

    /** Posts without a schedule, newest first: {@code limit} of them after skipping {@code offset}. */
    List<PostSummary> ideas(int offset, int limit);

    long count();

    /**
     * The posts marked ready whose time is before {@code until}, in time order: what the outbox may send or
     * hand over. Ready posts are few, so this is quick however large the plan.
     */
    List<Post> readyUntil(java.time.Instant until);

    /**
     * Streams full posts in plan order. With both dates null: every post, ideas last. With a range:
     * the scheduled posts on those days ({@code null} leaves that end open).
     */
    void forEach(LocalDate from, LocalDate to, Consumer<Post> action);

    /**
     * Inserts many new posts in one transaction (demo data, an imported plan); much faster than single
     * saves. On any failure none of them is stored.
     */
    void insertAll(List<Post> posts);
}
