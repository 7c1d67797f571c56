package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.Backups;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.MonthGrid;
import app.herold.domain.post.PostStore;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.settings.Preferences;
import app.herold.domain.settings.PreferencesStore;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.h2.jdbcx.JdbcConnectionPool;

/**
 * The data directory opened for use: the lock, the embedded H2 database migrated to the newest
 * schema, the media folder and the preferences file. Everything else reaches storage through the
 * ports this hands out.
 */
public final class Database implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(Database.class.getName());

    static final String DATABASE_NAME = "herold";
    static final String MEDIA_FOLDER = "media";
    static final String PREFERENCES_FILE = "settings.properties";
    /** Written and deleted at each start, to see that the folder, not only its lock file, is writable. */
    static final String WRITE_CHECK_FILE = ".write-check.tmp";

    /*
     * WRITE_DELAY=0: H2 otherwise acknowledges commits it writes up to a second later, and a killed
     * process lost the newest commits (build.md); a saved post must survive a crash.
     * MAX_COMPACT_TIME: H2 compacts the whole file on close (0.7 s here); a short cap keeps quitting
     * and every command-line call quick while the background writer still compacts as it goes.
     * No AUTO_SERVER, no TCP and no console: the database never listens on a port.
     */
    private static final String URL_OPTIONS = ";WRITE_DELAY=0;MAX_COMPACT_TIME=100";

    private final Path directory;
    private final DataDirectoryLock lock;
    private final ReopeningConnections pool;
    private final boolean created;
    private final JdbcPostStore posts;
    private final JdbcChannelAccountStore accounts;
    private final JdbcDeliveryLog deliveries;
    private final JdbcElectionStore elections;
    private final JdbcAuditLog audit;
    private final JdbcOutboxStore outbox;
    private final FileMediaLibrary media;
    private final FilePreferencesStore preferences;
    private final Clock clock;

    private final Disk disk;

    private Database(Path directory, DataDirectoryLock lock, ReopeningConnections pool, boolean created, Clock clock,
                     Disk disk) {
        this.directory = directory;
        this.lock = lock;
        this.pool = pool;
        this.created = created;
        this.posts = new JdbcPostStore(pool, clock);
        this.accounts = new JdbcChannelAccountStore(pool, clock);
        this.deliveries = new JdbcDeliveryLog(pool, clock);
        this.elections = new JdbcElectionStore(pool);
        this.audit = new JdbcAuditLog(pool);
        this.outbox = new JdbcOutboxStore(pool, clock);
        this.media = new FileMediaLibrary(directory.resolve(MEDIA_FOLDER), disk.files());
        this.preferences = new FilePreferencesStore(directory.resolve(PREFERENCES_FILE));
        this.clock = clock;
        this.disk = disk;
    }

    public static Database open(Path directory, Clock clock) {
        return lock(directory).open(clock);
    }

    /** Opens the data directory on another disk than the real one: a simulated full disk in tests. */
    static Database open(Path directory, Clock clock, Disk disk) {
        return lock(directory).open(clock, disk);
    }

    /**
     * Claims the data directory for this process. Quick (a file lock), so the window can refuse a
     * second start before it shows anything; {@link LockedDirectory#open} then does the slow part.
     */
    public static LockedDirectory lock(Path directory) {
        createDirectory(directory);
        DataDirectoryLock lock = DataDirectoryLock.acquire(directory);
        try {
            checkWritable(directory);
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
        return new LockedDirectory(directory, lock);
    }

    /**
     * The lock file may be writable in a folder that is not (copied from a read-only medium, permissions
     * changed): without this check Herold would start and fail at the first picture, backup or setting.
     * One fixed name, which only the holder of the lock writes: a temporary file's random name seeds a
     * SecureRandom first, which cost a start about 10 ms.
     */
    private static void checkWritable(Path directory) {
        try {
            Path probe = directory.resolve(WRITE_CHECK_FILE);
            Files.write(probe, new byte[0]);
            Files.delete(probe);
        } catch (IOException e) {
            throw DataDirectoryLock.notWritable(directory, e);
        }
    }

    /** Reads the preferences file without opening the database. */
    public static Preferences readPreferences(Path directory) {
        return FilePreferencesStore.read(directory);
    }

    /** The preferences of a data directory; usable before (and without) the database. */
    public static PreferencesStore preferencesOf(Path directory) {
        return new FilePreferencesStore(directory.resolve(PREFERENCES_FILE));
    }

    /** The media folder of a data directory; usable before (and without) the database. */
    public static MediaLibrary mediaOf(Path directory) {
        return new FileMediaLibrary(directory.resolve(MEDIA_FOLDER));
    }

    /** A data directory this process holds the lock of, ready to be opened. */
    public static final class LockedDirectory {

        private final Path directory;
        private final DataDirectoryLock lock;

        private LockedDirectory(Path directory, DataDirectoryLock lock) {
            this.directory = directory;
            this.lock = lock;
        }

        public Path directory() {
            return directory;
        }

        public Database open(Clock clock) {
            return open(clock, Disk.REAL);
        }

        Database open(Clock clock, Disk disk) {
            JdbcConnectionPool pool = null;
            try {
                boolean created = !Files.exists(databaseFile(directory));
                String url = jdbcUrl(directory, disk);
                pool = ReopeningConnections.newPool(url);
                probe(pool);
                migrate(pool);
                Database opened = new Database(directory, lock, new ReopeningConnections(url, pool), created, clock, disk);
                opened.askAboutSendingAfterRestore();
                return opened;
            } catch (RuntimeException e) {
                if (pool != null) {
                    pool.dispose();
                }
                lock.close();
                throw e;
            }
        }

        public void release() {
            lock.close();
        }
    }

    static String jdbcUrl(Path directory) {
        return jdbcUrl(directory, Disk.REAL);
    }

    private static String jdbcUrl(Path directory, Disk disk) {
        return "jdbc:h2:" + disk.h2FileSystem() + directory.resolve(DATABASE_NAME).toAbsolutePath() + URL_OPTIONS;
    }

    static Path databaseFile(Path directory) {
        return directory.resolve(DATABASE_NAME + ".mv.db");
    }

    public Path directory() {
        return directory;
    }

    /** True when this start created the database, i.e. the data directory was empty. */
    public boolean wasCreated() {
        return created;
    }

    public PostStore posts() {
        return posts;
    }

    public ChannelAccountStore accounts() {
        return accounts;
    }

    public DeliveryLog deliveries() {
        return deliveries;
    }

    /** Left by a restore: the outbox's state is as old as the backup, so what went out since is asked about. */
    static final String RESTORED_MARKER = ".versand-nach-wiederherstellung";

    private void askAboutSendingAfterRestore() {
        Path marker = directory.resolve(RESTORED_MARKER);
        if (Files.exists(marker)) {
            outbox.askAfterRestore(clock.instant());
            try {
                Files.deleteIfExists(marker);
            } catch (java.io.IOException e) {
                // Asking again at the next start asks nothing new: the targets already wait for the user.
                System.getLogger(Database.class.getName()).log(System.Logger.Level.WARNING,
                        "the restore marker could not be removed: " + marker, e);
            }
        }
    }

    /** Where each post stands on each account it is sent to through an API, with every attempt. */
    public app.herold.domain.publishing.OutboxStore outbox() {
        return outbox;
    }

    public ElectionStore elections() {
        return elections;
    }

    /** The neutrality audit log: confirmations of posts with neutrality findings, append-only. */
    public AuditLog audit() {
        return audit;
    }

    public MediaLibrary media() {
        return media;
    }

    /** The whole plan at once, for the JSON export and import. */
    public PlanTransfer transfer() {
        return new JdbcPlanTransfer(pool, posts, accounts, elections, audit, deliveries, preferences, clock);
    }

    public PreferencesStore preferences() {
        return preferences;
    }

    /**
     * Backups of this data directory, into the folder the settings name at the time of each call. The
     * database part is H2's online backup: a consistent snapshot while the window keeps working.
     */
    public Backups backups(String appVersion) {
        return new ZipBackups(directory, () -> ZipBackups.folderOf(directory, preferences.load().backups().folder()),
                new ZipBackups.DatabaseSnapshot() {
                    @Override
                    public void copyTo(java.io.OutputStream out) throws IOException {
                        snapshotDatabase(out);
                    }

                    @Override
                    public long posts() {
                        return posts.count();
                    }
                }, clock, appVersion, disk.files());
    }

    /** H2 writes the snapshot as a ZIP of its own; its one file is what the backup keeps. */
    private void snapshotDatabase(java.io.OutputStream out) throws IOException {
        Path snapshot = Files.createTempFile(directory, ".snapshot-", ".zip");
        try {
            try (Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
                statement.execute("BACKUP TO '" + snapshot.toAbsolutePath().toString().replace("'", "''") + "'");
            } catch (SQLException e) {
                throw new IOException("database snapshot failed: " + e.getMessage(), e);
            }
            try (java.util.zip.ZipInputStream zip = new java.util.zip.ZipInputStream(Files.newInputStream(snapshot))) {
                for (java.util.zip.ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    if (entry.getName().endsWith(".mv.db")) {
                        zip.transferTo(out);
                        return;
                    }
                }
            }
            throw new IOException("the database snapshot held no database file");
        } finally {
            Files.deleteIfExists(snapshot);
        }
    }

    private boolean closed;

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        pool.dispose();
        lock.close();
    }

    /**
     * Closes the database and keeps the calendar's overview of {@code month} and of the month after it
     * beside it ({@link MonthSnapshot}), so the next start of the window shows its month before the
     * database has opened, also after a command changed the plan, and also when that start is the first
     * one in a new month. Written only when nothing else used the database between reading the overview
     * and closing it (the snapshot must be the closed file's content), and before the directory is
     * released, so no other process can change the file in between.
     *
     * <p>With {@code compact}, the file is first rewritten compactly: worth it after a bulk insert (demo
     * data), which leaves the file several times larger than its content and slows the first queries.
     * The snapshot then describes the rewritten file.
     */
    public synchronized void closeKeepingMonth(String version, MonthGrid month, int postsPerDay, boolean compact) {
        if (closed) {
            return;
        }
        long handedOutBefore = pool.handedOut();
        LocalDate keptUntil = month.next().last();
        Map<LocalDate, DayOverview> days = null;
        try {
            days = posts.overview(month.first(), keptUntil, postsPerDay);
        } catch (RuntimeException e) {
            LOG.log(Level.DEBUG, "no month snapshot: the overview could not be read", e);
        }
        if (compact) {
            shutDownCompact();
        }
        closed = true;
        pool.dispose();
        try {
            // One connection for the overview (and one for the compaction): any other was someone else's.
            boolean untouched = pool.handedOut() == handedOutBefore + (compact ? 2 : 1) && pool.activeConnections() == 0;
            if (days != null && untouched) {
                MonthSnapshot.write(directory, version, month.first(), keptUntil, postsPerDay, days);
            } else {
                MonthSnapshot.discard(directory);
            }
        } finally {
            lock.close();
        }
    }

    private void shutDownCompact() {
        try (Connection connection = pool.getConnection(); java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "compacting the database failed; it stays as it was", e);
        }
    }

    private static void createDirectory(Path directory) {
        try {
            Files.createDirectories(directory);
        } catch (IOException e) {
            throw new UserFacingException(e, "error.dataDirNotWritable", directory.toString());
        }
    }

    private static void probe(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection()) {
            LOG.log(Level.DEBUG, () -> "database opened, read-only: " + isReadOnly(connection));
        } catch (SQLException e) {
            if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new UserFacingException(e, "error.alreadyRunning");
            }
            throw new UserFacingException(e, "error.databaseOpen", e.getMessage());
        }
    }

    /** The newest successfully applied migration, or null for a new or foreign database. */
    static String appliedSchemaVersion(JdbcConnectionPool pool) {
        try (Connection connection = pool.getConnection();
             java.sql.Statement statement = connection.createStatement();
             java.sql.ResultSet rows = statement.executeQuery(
                     "SELECT \"version\" FROM \"flyway_schema_history\" WHERE \"success\""
                             + " ORDER BY \"installed_rank\" DESC LIMIT 1")) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            return null;
        }
    }

    private static boolean isReadOnly(Connection connection) {
        try {
            return connection.isReadOnly();
        } catch (SQLException e) {
            return false;
        }
    }

    /**
     * The newest migration in {@code db/migration}. When the database already has it, Flyway is not
     * started at all: loading its 400 classes costs a third of a second at every start.
     * {@code DatabaseTest} fails when a migration is added without raising this.
     */
    static final String LATEST_SCHEMA_VERSION = "5";

    private static void migrate(JdbcConnectionPool pool) {
        if (LATEST_SCHEMA_VERSION.equals(appliedSchemaVersion(pool))) {
            return;
        }
        try {
            Flyway.configure()
                    .dataSource(pool)
                    .locations("classpath:app/herold/db/migration")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw new UserFacingException(e, "error.databaseMigrate", e.getMessage());
        }
    }
}
