package app.herold;

import app.herold.cli.GuiLauncher;
import app.herold.demo.DemoLoader;
import app.herold.demo.DemoPlan;
import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.MonthGrid;
import app.herold.domain.settings.Preferences;
import app.herold.storage.Database;
import app.herold.ui.HeroldApp;
import app.herold.ui.common.AppContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Wires the window to the data directory: claims the directory (quick), opens the database on a
 * background thread while JavaFX starts and the window is built (slow, so the two overlap), and
 * closes it after the window.
 */
final class DesktopStartup implements GuiLauncher {

    private final Clock clock;

    DesktopStartup(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int launch(Path dataDirectory, boolean startupProbe, Consumer<String> probeOutput,
                      Consumer<String> errorOutput) {
        // JavaFX warns on the console as it starts (classes on the class path); the user sees no console
        // and a probed start must print only its one line.
        Logging.silenceConsole();
        Preferences preferences = Database.readPreferences(dataDirectory);
        CompletableFuture<Database> database = new CompletableFuture<>();
        UserFacingException refusal = null;
        try {
            openInBackground(Database.lock(dataDirectory), database);
        } catch (UserFacingException e) {
            refusal = e;
        }
        OpeningDatabase posts = new OpeningDatabase(database);
        AppContext context = new AppContext(new ContentPlan(posts, clock), posts, Database.mediaOf(dataDirectory),
                Database.preferencesOf(dataDirectory), dataDirectory, clock,
                () -> DemoLoader.load(posts, Database.mediaOf(dataDirectory), DemoPlan.DEFAULT_POSTS,
                        DemoLoader.DEFAULT_SEED, clock));
        try {
            return HeroldApp.launch(new HeroldApp.Startup(dataDirectory, preferences, context, database, refusal,
                    startupProbe, probeOutput, errorOutput));
        } finally {
            if (database.isDone() && !database.isCompletedExceptionally()) {
                database.join().close();
            }
        }
    }

    private void openInBackground(Database.LockedDirectory claimed, CompletableFuture<Database> database) {
        Thread opener = new Thread(() -> {
            try {
                Logging.toDataDirectory(claimed.directory());
                Database opened = claimed.open(clock);
                database.complete(opened);
                warmUp(opened);
            } catch (RuntimeException | Error e) {
                database.completeExceptionally(e);
            }
        }, "herold-open-database");
        opener.setDaemon(true);
        opener.start();
    }

    /**
     * Asks once, on the opening thread, for what the window shows first. The window's own queries
     * then find H2's caches filled and its code compiled while the UI thread is still building.
     */
    private void warmUp(Database database) {
        try {
            MonthGrid month = MonthGrid.containing(LocalDate.now(clock));
            database.posts().overview(month.first(), month.last(), 3);
        } catch (RuntimeException e) {
            // Only a head start: the window asks again and reports what goes wrong then.
        }
    }
}
