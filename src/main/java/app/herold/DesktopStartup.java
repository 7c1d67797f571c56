package app.herold;

import app.herold.channels.Channels;
import app.herold.cli.GuiLauncher;
import app.herold.demo.DemoLoader;
import app.herold.demo.DemoPlan;
import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.RestoredBackup;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.MonthGrid;
import app.herold.domain.settings.Preferences;
import app.herold.exchange.csv.PlanCsvReader;
import app.herold.exchange.json.JsonPlanFiles;
import app.herold.holidays.JollydayHolidays;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.storage.MonthSnapshot;
import app.herold.storage.ZipBackups;
import app.herold.ui.HeroldApp;
import app.herold.ui.calendar.CalendarViewModel;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.ChannelServices;
import app.herold.ui.common.PassphrasePrompt;
import app.herold.domain.publishing.MissedTargets;
import app.herold.ui.common.DataDirectories;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Wires the window to the data directory: claims the directory (quick), opens the database on a
 * background thread while JavaFX starts and the window is built (slow, so the two overlap), and
 * closes it after the window, keeping the month the next start opens on beside it
 * ({@link MonthSnapshot}). With that month at hand the next start shows the calendar first and opens
 * the database right after (decision 0027).
 */
final class DesktopStartup implements GuiLauncher, DataDirectories {

    /**
     * How long a quit the system asks for (a logout, SIGTERM) may take before Java's plain exit follows:
     * the open post saved, the database closed and the month kept take well under a second; a desktop's
     * logout waits several seconds before it kills. Should it come to that, every save is on disk already.
     */
    private static final java.time.Duration QUIT_AT_THE_LATEST = java.time.Duration.ofSeconds(8);
    /** How long the database waits for the calendar to be on screen when the month came from the snapshot. */
    private static final java.time.Duration OPEN_AT_THE_LATEST = java.time.Duration.ofSeconds(2);

    private final Clock clock;
    private final java.time.Duration openAtTheLatest;
    /** Every data directory this run opened; whatever is still open is closed when the window has gone. */
    private final List<Session> opened = new java.util.concurrent.CopyOnWriteArrayList<>();

    DesktopStartup(Clock clock) {
        this(clock, OPEN_AT_THE_LATEST);
    }

    /** @param openAtTheLatest how long a database waits for the calendar when the month came from the snapshot */
    DesktopStartup(Clock clock, java.time.Duration openAtTheLatest) {
        this.clock = clock;
        this.openAtTheLatest = openAtTheLatest;
    }

    @Override
    public int launch(Path dataDirectory, boolean startupProbe, Consumer<String> probeOutput,
                      Consumer<String> errorOutput) {
        Session first = null;
        UserFacingException refusal = null;
        try {
            first = open(dataDirectory);
        } catch (UserFacingException e) {
            refusal = e;
            silenceConsole();
        }
        QuitOnSignals signals = QuitOnSignals.install(HeroldApp::quitAsTheSystemAsks, QUIT_AT_THE_LATEST);
        try {
            Preferences preferences = first != null ? first.preferences() : Database.readPreferences(dataDirectory);
            return HeroldApp.launch(new HeroldApp.Startup(dataDirectory, preferences, first,
                    this, refusal, startupProbe, probeOutput, errorOutput));
        } finally {
            signals.close();
            opened.forEach(session -> session.close().run());
        }
    }

    @Override
    public Session open(Path dataDirectory) {
        Preferences preferences = Database.readPreferences(dataDirectory);
        CompletableFuture<Database> database = new CompletableFuture<>();
        OpeningDatabase posts = new OpeningDatabase(database);
        CompletableFuture<Void> ready = new CompletableFuture<>();
        CompletableFuture<Void> calendarShown = new CompletableFuture<>();
        Database.LockedDirectory claimed = Database.lock(dataDirectory);
        MonthGrid month = firstMonth();
        Optional<Map<LocalDate, DayOverview>> kept = MonthSnapshot.read(dataDirectory, snapshotKey(), month.first(),
                month.last(), CalendarViewModel.CARDS_PER_MONTH_CELL);
        boolean fromSnapshot = kept.isPresent();
        if (fromSnapshot) {
            posts.answerFirst(month.first(), month.last(), CalendarViewModel.CARDS_PER_MONTH_CELL, kept.get());
            // Anything that needs the database before the calendar is shown opens it at once.
            posts.whenNeeded(() -> calendarShown.complete(null));
            ready.complete(null);
        }
        // Here, not first thing: setting up logging searches the class path for logger providers, which
        // waits while the time zone's look-up opens the jars; the folder and the kept month need neither.
        silenceConsole();
        openInBackground(claimed, database, posts, ready, fromSnapshot ? calendarShown : null);
        ChannelServices channels = ChannelWiring.services(Channels.onFirstUse(), Database.mediaOf(dataDirectory), posts,
                posts, posts, posts, dataDirectory, () -> Messages.forPreferences(preferences), clock);
        AppContext context = new AppContext(new ContentPlan(posts, clock), posts, Database.mediaOf(dataDirectory),
                Database.preferencesOf(dataDirectory), dataDirectory, clock,
                () -> DemoLoader.load(posts, Database.mediaOf(dataDirectory), DemoPlan.DEFAULT_POSTS,
                        DemoLoader.DEFAULT_SEED, clock),
                channels,
                // Touches no Jollyday class until the calendar first asks, after the first month is on screen.
                new JollydayHolidays(),
                posts.backups(), new PlanCsvReader(),
                new JsonPlanFiles(posts.transfer(), Database.mediaOf(dataDirectory), dataDirectory, clock,
                        Version.current()),
                PublishingWiring.forWindow(posts, posts, posts, posts.outbox(), channels.exports(), dataDirectory,
                        () -> new MissedTargets(Database.preferencesOf(dataDirectory).load().missedLimit()),
                        new PassphrasePrompt(), clock));
        Session session = new Session(dataDirectory, preferences, context, ready, database,
                () -> calendarShown.complete(null), () -> {
            calendarShown.complete(null);
            // Waits for an opening still under way; a database that failed to open has released its lock.
            Database open;
            try {
                open = database.join();
            } catch (RuntimeException failedToOpen) {
                return;
            }
            open.closeKeepingMonth(snapshotKey(), firstMonth(), CalendarViewModel.CARDS_PER_MONTH_CELL, false);
        });
        opened.add(session);
        return session;
    }

    /**
     * Before the toolkit starts, which warns on the console (JavaFX's classes come from the class path):
     * the user sees no console and a probed start must print only its one line. Before the database's
     * thread starts too, which sends the log to the data directory.
     */
    private static void silenceConsole() {
        Logging.silenceConsole();
    }

    /** The month the window opens on: today's, as its calendar asks for it. */
    private MonthGrid firstMonth() {
        return MonthGrid.containing(LocalDate.now(clock));
    }

    private String snapshotKey() {
        return MonthSnapshot.key(Version.current(), clock.getZone());
    }

    @Override
    public List<BackupFile> backupsOf(Path dataDirectory) {
        return ZipBackups.backupsOf(dataDirectory, backupFolder(dataDirectory), clock, Version.current());
    }

    @Override
    public RestoredBackup restore(Path dataDirectory, Path backup, boolean keepReplacedDatabase) {
        // The window closed the database; the lock keeps a command line from starting on it meanwhile.
        Database.LockedDirectory locked = Database.lock(dataDirectory);
        try {
            return ZipBackups.restore(backup, dataDirectory, backupFolder(dataDirectory), clock, Version.current(),
                    keepReplacedDatabase);
        } finally {
            locked.release();
        }
    }

    private static Path backupFolder(Path dataDirectory) {
        return ZipBackups.folderOf(dataDirectory, Database.readPreferences(dataDirectory).backups().folder());
    }

    /**
     * Opens the database, then reads the first month ahead, and only then reports it ready: the window
     * takes longer to build than both, and its first question is then answered without a query.
     *
     * <p>When the month came from the snapshot ({@code waitFor} given), the database opens once the
     * calendar is on screen, or once a call needs it, or after {@link #OPEN_AT_THE_LATEST}: on two cores,
     * opening H2 (about a quarter of a second of work, and as much again compiling its code) would
     * otherwise share them with the window's first frame. Everything else the window loads waits for it on the worker thread.
     */
    private void openInBackground(Database.LockedDirectory claimed, CompletableFuture<Database> database,
                                  OpeningDatabase posts, CompletableFuture<Void> ready, CompletableFuture<Void> waitFor) {
        Thread opener = new Thread(() -> {
            try {
                if (waitFor != null) {
                    try {
                        waitFor.get(openAtTheLatest.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
                    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.ExecutionException e) {
                        // Open now: the window did not say (a refused start, a slow machine).
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                }
                Logging.toDataDirectory(claimed.directory());
                Database opened = claimed.open(clock);
                database.complete(opened);
                if (waitFor == null) {
                    readFirstMonthAhead(posts);
                }
                ready.complete(null);
            } catch (RuntimeException | Error e) {
                database.completeExceptionally(e);
                ready.completeExceptionally(e);
            }
        }, "herold-open-database");
        opener.setDaemon(true);
        opener.start();
    }

    /** The month the window opens on, as its calendar asks for it. */
    private void readFirstMonthAhead(OpeningDatabase posts) {
        try {
            MonthGrid month = firstMonth();
            posts.readAhead(month.first(), month.last(), CalendarViewModel.CARDS_PER_MONTH_CELL);
        } catch (RuntimeException e) {
            // Only a head start: the window asks itself and reports what goes wrong then.
        }
    }
}
