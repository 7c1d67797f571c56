package app.herold;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.storage.Database;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;

/**
 * The post store of a database that is still opening. Lets the window be built while H2 and
 * Flyway start in the background; a call made before the database is ready waits for it, on the
 * worker thread that makes every database call, never on the UI thread.
 */
final class OpeningDatabase implements PostStore {

    private final CompletableFuture<Database> database;

    OpeningDatabase(CompletableFuture<Database> database) {
        this.database = database;
    }

    private PostStore posts() {
        try {
            return database.join().posts();
        } catch (CompletionException e) {
            if (e.getCause() instanceof UserFacingException userFacing) {
                throw userFacing;
            }
            throw new UserFacingException(e.getCause(), "error.databaseOpen", String.valueOf(e.getCause()));
        }
    }

    @Override
    public Post save(Post post) {
        return posts().save(post);
    }

    @Override
    public void reinsert(Post post) {
        posts().reinsert(post);
    }

    @Override
    public Optional<Post> find(PostId id) {
        return posts().find(id);
    }

    @Override
    public boolean delete(PostId id) {
        return posts().delete(id);
    }

    @Override
    public List<PostSummary> summariesBetween(LocalDate from, LocalDate to) {
        return posts().summariesBetween(from, to);
    }

    @Override
    public Map<LocalDate, DayOverview> overview(LocalDate from, LocalDate to, int postsPerDay) {
        return posts().overview(from, to, postsPerDay);
    }

    @Override
    public List<PostSummary> ideas(int offset, int limit) {
        return posts().ideas(offset, limit);
    }

    @Override
    public long count() {
        return posts().count();
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<Post> action) {
        posts().forEach(from, to, action);
    }

    @Override
    public void insertAll(List<Post> many) {
        posts().insertAll(many);
    }
}
