package app.herold;

import app.herold.cli.GuiLauncher;
import app.herold.demo.DemoLoader;
import app.herold.demo.DemoPlan;
import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.settings.Preferences;
import app.herold.storage.Database;
import app.herold.ui.HeroldApp;
import app.herold.ui.common.AppContext;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Wires the window to the data directory: claims the directory (quick), opens the database in
 * the background while JavaFX starts (slow, so the two overlap), and closes it after the window.
 */
final class DesktopStartup implements GuiLauncher {

    private final Clock clock;

    DesktopStartup(Clock clock) {
        this.clock = clock;
    }

    @Override
    public int launch(Path dataDirectory, boolean startupProbe, Consumer<String> probeOutput,
                      Consumer<String> errorOutput) {
        Logging.toDataDirectory(dataDirectory);
        Preferences preferences = Database.readPreferences(dataDirectory);
        Database.LockedDirectory locked = null;
        UserFacingException refusal = null;
        try {
            locked = Database.lock(dataDirectory);
        } catch (UserFacingException e) {
            refusal = e;
        }
        CompletableFuture<Database> database = new CompletableFuture<>();
        if (locked != null) {
            Database.LockedDirectory claimed = locked;
            Thread opener = new Thread(() -> {
                try {
                    database.complete(claimed.open(clock));
                } catch (RuntimeException | Error e) {
                    database.completeExceptionally(e);
                }
            }, "herold-open-database");
            opener.setDaemon(true);
            opener.start();
        }
        CompletableFuture<AppContext> context = database.thenApply(this::contextFor);
        try {
            return HeroldApp.launch(new HeroldApp.Startup(dataDirectory, preferences, context, refusal, startupProbe,
                    probeOutput, errorOutput));
        } finally {
            if (database.isDone() && !database.isCompletedExceptionally()) {
                database.join().close();
            }
        }
    }

    private AppContext contextFor(Database database) {
        ContentPlan plan = new ContentPlan(database.posts(), clock);
        return new AppContext(plan, database.posts(), database.media(), database.preferences(), database.directory(),
                clock, () -> DemoLoader.load(database.posts(), database.media(), DemoPlan.DEFAULT_POSTS,
                        DemoLoader.DEFAULT_SEED, clock));
    }
}
