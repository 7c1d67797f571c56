package app.herold;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupCheck;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.exchange.PlanChanges;
import app.herold.domain.exchange.PlanData;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.backup.RetentionPolicy;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.Confirmation;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.storage.Database;
import java.nio.file.Path;
import app.herold.domain.publishing.AttemptKind;
import app.herold.domain.publishing.OutboxStore;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.TargetState;
import java.time.Instant;
import java.util.Collection;
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
 *
 * <p>It also keeps the first month's overview, read on the opening thread while the UI thread is
 * still building the window, for the window's first question: the month then needs no query on
 * the start-up's critical path. It is handed out once, and forgotten at the first change.
 */
final class OpeningDatabase implements PostStore, ChannelAccountStore, DeliveryLog, ElectionStore, AuditLog {

    private final CompletableFuture<Database> database;
    private volatile ReadAhead readAhead;
    /** Told when a call needs the database itself: one that waits to open (see DesktopStartup) opens now. */
    private volatile Runnable needed = () -> { };

    private record ReadAhead(LocalDate from, LocalDate to, int postsPerDay, Map<LocalDate, DayOverview> days) {
    }

    OpeningDatabase(CompletableFuture<Database> database) {
        this.database = database;
    }

    /** Reads the overview the window will ask for first; on the opening thread, once the database is open. */
    void readAhead(LocalDate from, LocalDate to, int postsPerDay) {
        readAhead = new ReadAhead(from, to, postsPerDay, posts().overview(from, to, postsPerDay));
    }

    /** The first month's overview known without the database (the month snapshot): handed out the same way. */
    void answerFirst(LocalDate from, LocalDate to, int postsPerDay, Map<LocalDate, DayOverview> days) {
        readAhead = new ReadAhead(from, to, postsPerDay, days);
    }

    /** Who opens a database that waits: called by the first call that cannot be answered without it. */
    void whenNeeded(Runnable open) {
        needed = open;
    }

    private PostStore posts() {
        if (!database.isDone()) {
            needed.run();
        }
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
        readAhead = null;
        return posts().save(post);
    }

    @Override
    public void reinsert(Post post) {
        readAhead = null;
        posts().reinsert(post);
    }

    @Override
    public Optional<Post> find(PostId id) {
        return posts().find(id);
    }

    @Override
    public boolean delete(PostId id) {
        readAhead = null;
        return posts().delete(id);
    }

    @Override
    public List<PostSummary> summariesBetween(LocalDate from, LocalDate to) {
        return posts().summariesBetween(from, to);
    }

    @Override
    public Map<LocalDate, DayOverview> overview(LocalDate from, LocalDate to, int postsPerDay) {
        ReadAhead ready = readAhead;
        readAhead = null;
        if (ready != null && ready.from().equals(from) && ready.to().equals(to) && ready.postsPerDay() == postsPerDay) {
            return ready.days();
        }
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
    public List<Post> readyUntil(java.time.Instant until) {
        return posts().readyUntil(until);
    }

    @Override
    public void forEach(LocalDate from, LocalDate to, Consumer<Post> action) {
        posts().forEach(from, to, action);
    }

    @Override
    public void insertAll(List<Post> many) {
        readAhead = null;
        posts().insertAll(many);
    }

    // --- channel accounts and deliveries, from the same database once it is open -----------------

    private Database opened() {
        posts();
        return database.join();
    }

    @Override
    public List<ChannelAccount> accounts() {
        return opened().accounts().accounts();
    }

    @Override
    public Optional<ChannelAccount> find(AccountId id) {
        return opened().accounts().find(id);
    }

    @Override
    public Optional<ChannelAccount> findByName(String name) {
        return opened().accounts().findByName(name);
    }

    @Override
    public ChannelAccount save(ChannelAccount account) {
        return opened().accounts().save(account);
    }

    @Override
    public int remove(AccountId id) {
        readAhead = null;
        return opened().accounts().remove(id);
    }

    @Override
    public Delivery record(Delivery delivery) {
        return opened().deliveries().record(delivery);
    }

    @Override
    public List<Delivery> deliveriesOf(PostId post) {
        return opened().deliveries().deliveriesOf(post);
    }

    @Override
    public List<Delivery> all() {
        return opened().deliveries().all();
    }

    @Override
    public List<Election> elections() {
        return opened().elections().elections();
    }

    @Override
    public Election save(Election election) {
        return opened().elections().save(election);
    }

    @Override
    public boolean remove(long id) {
        return opened().elections().remove(id);
    }

    @Override
    public List<String> parties() {
        return opened().elections().parties();
    }

    @Override
    public void replaceParties(List<String> parties) {
        opened().elections().replaceParties(parties);
    }

    @Override
    public AuditEntry append(Confirmation confirmation) {
        return opened().audit().append(confirmation);
    }

    @Override
    public List<AuditEntry> entries() {
        return opened().audit().entries();
    }

    @Override
    public Verification verify() {
        return opened().audit().verify();
    }

    /** The backups of the data directory once it is open; each call waits for the opening like the stores. */
    Backups backups() {
        return new Backups() {
            private Backups opened() {
                return OpeningDatabase.this.opened().backups(Version.current());
            }

            @Override
            public Path folder() {
                return opened().folder();
            }

            @Override
            public BackupFile create(BackupKind kind) {
                return opened().create(kind);
            }

            @Override
            public BackupFile createAt(Path file) {
                return opened().createAt(file);
            }

            @Override
            public List<BackupFile> list() {
                return opened().list();
            }

            @Override
            public BackupCheck check(Path backup) {
                return opened().check(backup);
            }

            @Override
            public Optional<BackupFile> dailyIfDue(RetentionPolicy policy) {
                return opened().dailyIfDue(policy);
            }
        };
    }

    /** The whole plan read and written at once, for the JSON export and import; waits for the opening. */
    PlanTransfer transfer() {
        return new PlanTransfer() {
            @Override
            public PlanData read() {
                return opened().transfer().read();
            }

            @Override
            public void apply(PlanChanges changes) {
                opened().transfer().apply(changes);
            }
        };
    }

    /** The outbox's storage; every call waits for the opening. */
    OutboxStore outbox() {
        return new OutboxStore() {
            @Override
            public List<PublishTarget> openTargets() {
                return opened().outbox().openTargets();
            }

            @Override
            public List<PublishTarget> targetsOf(Collection<PostId> posts) {
                return opened().outbox().targetsOf(posts);
            }

            @Override
            public Optional<PublishTarget> find(long id) {
                return opened().outbox().find(id);
            }

            @Override
            public PublishTarget create(PostId post, AccountId account, Instant dueAt, String requestKey) {
                return opened().outbox().create(post, account, dueAt, requestKey);
            }

            @Override
            public PublishTarget update(PublishTarget target, TargetState expected) {
                return opened().outbox().update(target, expected);
            }

            @Override
            public void delete(long targetId) {
                opened().outbox().delete(targetId);
            }

            @Override
            public PublishAttempt begin(PublishTarget target, TargetState during, AttemptKind kind, Instant at) {
                return opened().outbox().begin(target, during, kind, at);
            }

            @Override
            public void note(long attemptId, String key, String value) {
                opened().outbox().note(attemptId, key, value);
            }

            @Override
            public PublishTarget finish(PublishAttempt attempt, PublishTarget target, TargetState expected,
                                        Delivery delivery) {
                return opened().outbox().finish(attempt, target, expected, delivery);
            }

            @Override
            public void forget(long attemptId) {
                opened().outbox().forget(attemptId);
            }

            @Override
            public List<PublishAttempt> attemptsOf(long targetId) {
                return opened().outbox().attemptsOf(targetId);
            }

            @Override
            public List<PublishAttempt> recentAttempts(int limit) {
                return opened().outbox().recentAttempts(limit);
            }

            @Override
            public Map<String, String> optionsOf(AccountId account) {
                return opened().outbox().optionsOf(account);
            }

            @Override
            public void saveOptions(AccountId account, Map<String, String> options) {
                opened().outbox().saveOptions(account, options);
            }
        };
    }
}
