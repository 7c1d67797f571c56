package app.herold.ui;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import app.herold.ui.common.DataDirectories;
import app.herold.ui.common.FxTaskExecutor;
import app.herold.ui.common.Theme;
import app.herold.ui.main.HeroldWindow;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Consumer;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;

/**
 * The JavaFX application. The window is built while the database opens in the background, and
 * the plan loads as soon as the database is ready; a second start or a database that cannot be
 * opened gets one clear message instead of a window.
 */
public final class HeroldApp extends Application {

    /**
     * What the launcher prepared before the toolkit started.
     *
     * @param session the data directory being opened: the plan and its ports, whose calls wait until
     *     its database is ready; null when {@code refusal} says why not
     * @param directories opens other data directories and restores backups while the window runs
     * @param refusal why this start may not use the data directory (already open elsewhere), or null
     */
    public record Startup(Path dataDirectory, Preferences preferences, DataDirectories.Session session,
                          DataDirectories directories, UserFacingException refusal, boolean probe,
                          Consumer<String> probeOutput, Consumer<String> errorOutput) {
    }

    private static Startup startup;
    private static StartupWarmUp warmUp;
    private static volatile int exitCode;
    /** The window last built, for a quit the system asks for (it quits only while that window shows); null before. */
    private static volatile HeroldWindow shown;

    private static final Duration LONGEST_WAIT = Duration.ofMillis(800);

    private FxTaskExecutor executor;
    private boolean refused;
    private Stage stage;

    /** Starts the toolkit and returns once the window has closed. */
    public static int launch(Startup prepared) {
        startup = prepared;
        exitCode = 0;
        warmUp = StartupWarmUp.begin(prepared.preferences().language());
        Application.launch(HeroldApp.class);
        return exitCode;
    }

    /**
     * Quits as the window's close button does (the open post saved first), because the system asks:
     * a logout, a shutdown, SIGTERM or Ctrl+C in a terminal. Returns at once; the quit runs on the UI
     * thread. Without a window (not yet shown, a refused start) the toolkit simply ends.
     */
    public static void quitAsTheSystemAsks() {
        try {
            Platform.runLater(() -> {
                HeroldWindow window = shown;
                if (window != null && window.stage().isShowing()) {
                    window.quit();
                } else {
                    Platform.exit();
                }
            });
        } catch (IllegalStateException toolkitGone) {
            // The toolkit has ended already: the window is closed, and what follows it runs on the main thread.
        }
    }

    @Override
    public void init() {
        warmUp.toolkitStarted();
    }

    @Override
    public void start(Stage stage) {
        // Before any control exists, so JavaFX never parses its default stylesheet only to replace it.
        Theme.useUserAgentStylesheet(startup.preferences().theme());
        Messages messages = Messages.forPreferences(startup.preferences());
        Locale.setDefault(messages.locale());
        if (startup.refusal() != null) {
            refuse(messages, startup.refusal());
            return;
        }
        executor = new FxTaskExecutor();
        this.stage = stage;
        // Between closing one data directory and opening the next no window may be showing; Herold
        // ends when the user quits (or a start is refused), not when the last window hides.
        Platform.setImplicitExit(false);
        show(startup.session(), startup.probe());
    }

    /**
     * Builds the window for a data directory, shows it once filled, and starts it as soon as its first
     * month can be answered: from the snapshot of the last close at once, otherwise once the database is open.
     */
    private void show(DataDirectories.Session session, boolean probe) {
        HeroldWindow window = new HeroldWindow(stage, session.context(), executor, session.preferences(),
                Platform::exit);
        window.setOnRestore(backup -> restoreWhileRunning(window, session, backup));
        window.prepare();
        shown = window;
        if (probe) {
            afterFirstMonthLaidOut(window, () -> {
                long sinceJvmStart = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                startup.probeOutput().accept("startup_ms=" + sinceJvmStart);
                Platform.runLater(() -> window.viewModel().prepareToClose(Platform::exit));
            });
        }
        afterFirstMonthLaidOut(window, session.calendarShown());
        // Set when the database fails to open: the window must then stay hidden behind the question.
        java.util.concurrent.atomic.AtomicBoolean abandoned = new java.util.concurrent.atomic.AtomicBoolean();
        showWhenFilled(window, abandoned);
        session.ready().whenComplete((answerable, problem) -> {
            if (problem == null) {
                Platform.runLater(() -> {
                    if (!abandoned.get()) {
                        window.start();
                    }
                });
            }
        });
        // Also after the window showed the month from the snapshot of the last close: a database that
        // will not open then still gets the question, instead of a window that cannot save.
        session.opened().whenComplete((database, problem) -> {
            if (problem != null) {
                Platform.runLater(() -> notOpened(session, probe, window, abandoned, unwrap(problem)));
            }
        });
    }

    private void notOpened(DataDirectories.Session session, boolean probe, HeroldWindow window,
                           java.util.concurrent.atomic.AtomicBoolean abandoned, Throwable reason) {
        abandoned.set(true);
        stage.hide();
        Messages messages = Messages.forPreferences(session.preferences());
        if (probe || !isDatabaseFailure(reason)) {
            refuse(messages, reason);
        } else {
            window.viewModel().dispose();
            new DatabaseRecovery(stage, messages, executor, startup.directories(), this::show)
                    .offer(session.directory(), reason);
        }
    }

    /** A database that would not open (damaged, unreadable), as opposed to a folder in use elsewhere. */
    private static boolean isDatabaseFailure(Throwable problem) {
        return problem instanceof UserFacingException userFacing
                && userFacing.messageKey().equals(DatabaseRecovery.DATABASE_OPEN_FAILED);
    }

    /**
     * Puts a backup in place of the open plan: the open post is saved, the window closed and the
     * database with it, the backup restored (the current plan is saved first), and the window opened
     * again on the restored plan. If the restore fails, the plan is as it was and opens again.
     */
    private void restoreWhileRunning(HeroldWindow window, DataDirectories.Session session, Path backup) {
        Messages messages = window.viewModel().messages();
        window.viewModel().prepareToClose(() -> {
            window.viewModel().dispose();
            stage.getScene().getRoot().setDisable(true);
            executor.submit(() -> {
                session.close().run();
                return startup.directories().restore(session.directory(), backup, false);
            }, restored -> reopen(session.directory(), messages.format("backup.restored",
                    restored.before().file().getFileName().toString()), messages), problem -> {
                reopen(session.directory(), null, messages);
                showError(messages, problem);
            });
        });
    }

    private void reopen(Path directory, String notice, Messages messages) {
        try {
            DataDirectories.Session reopened = startup.directories().open(directory);
            show(reopened, false);
            if (notice != null) {
                new app.herold.ui.common.FxDialogService(stage, messages).showInfo(notice);
            }
        } catch (RuntimeException e) {
            refuse(messages, e);
        }
    }

    private void showError(Messages messages, Throwable problem) {
        new app.herold.ui.common.FxDialogService(stage, messages).showError(problem instanceof UserFacingException userFacing
                ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage())));
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.drain(Duration.ofSeconds(10));
        }
    }

    /**
     * Shows the window as soon as the first month is loaded, or after {@link #LONGEST_WAIT} if the
     * database is slow: one styling and layout pass over the filled grid instead of one over an
     * empty grid and another over the cards.
     */
    private void showWhenFilled(HeroldWindow window, java.util.concurrent.atomic.AtomicBoolean abandoned) {
        Runnable show = () -> {
            if (!window.stage().isShowing() && !refused && !abandoned.get()) {
                window.stage().show();
            }
        };
        window.viewModel().calendar().shownGenerationProperty().addListener((observable, old, generation) -> show.run());
        executor.schedule(LONGEST_WAIT, show);
    }

    /** Runs {@code action} once, right after the layout of the first pulse that shows the first loaded month. */
    private static void afterFirstMonthLaidOut(HeroldWindow window, Runnable action) {
        ChangeListener<Number> firstLoad = new ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Number> observable, Number old,
                                Number generation) {
                if (generation.longValue() < 1) {
                    return;
                }
                observable.removeListener(this);
                Scene scene = window.stage().getScene();
                Runnable afterPulse = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        action.run();
                    }
                };
                scene.addPostLayoutPulseListener(afterPulse);
                Platform.requestNextPulse();
            }
        };
        window.viewModel().calendar().shownGenerationProperty().addListener(firstLoad);
    }

    private void refuse(Messages messages, Throwable problem) {
        refused = true;
        exitCode = 1;
        String text = problem instanceof UserFacingException userFacing
                ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage()));
        if (startup.probe()) {
            startup.errorOutput().accept(text);
            Platform.exit();
            return;
        }
        Alert alert = new Alert(Alert.AlertType.ERROR, text,
                new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(null);
        alert.showAndWait();
        Platform.exit();
    }

    private static Throwable unwrap(Throwable problem) {
        return problem instanceof CompletionException && problem.getCause() != null ? problem.getCause() : problem;
    }
}
