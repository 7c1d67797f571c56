package app.herold.ui;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import app.herold.ui.common.AppContext;
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
     * @param context the plan and its ports; calls on them wait until {@code ready} completes
     * @param ready completes when the database is open, or fails with the reason it cannot be
     * @param refusal why this start may not use the data directory (already open elsewhere), or null
     */
    public record Startup(Path dataDirectory, Preferences preferences, AppContext context,
                          CompletableFuture<?> ready, UserFacingException refusal, boolean probe,
                          Consumer<String> probeOutput, Consumer<String> errorOutput) {
    }

    private static Startup startup;
    private static volatile int exitCode;

    private static final Duration LONGEST_WAIT = Duration.ofMillis(800);

    private FxTaskExecutor executor;
    private boolean refused;

    /** Starts the toolkit and returns once the window has closed. */
    public static int launch(Startup prepared) {
        startup = prepared;
        exitCode = 0;
        Application.launch(HeroldApp.class);
        return exitCode;
    }

    @Override
    public void init() {
        StartupWarmUp.begin();
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
        HeroldWindow window = new HeroldWindow(stage, startup.context(), executor, startup.preferences(),
                Platform::exit);
        window.prepare();
        if (startup.probe()) {
            reportStartupWhenShown(window);
        }
        showWhenFilled(window);
        startup.ready().whenComplete((database, problem) -> Platform.runLater(() -> {
            if (problem != null) {
                stage.hide();
                refuse(messages, unwrap(problem));
            } else {
                window.start();
            }
        }));
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
    private void showWhenFilled(HeroldWindow window) {
        Runnable show = () -> {
            if (!window.stage().isShowing() && !refused) {
                window.stage().show();
            }
        };
        window.viewModel().calendar().shownGenerationProperty().addListener((observable, old, generation) -> show.run());
        executor.schedule(LONGEST_WAIT, show);
    }

    private void reportStartupWhenShown(HeroldWindow window) {
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
                        long sinceJvmStart = System.currentTimeMillis()
                                - ManagementFactory.getRuntimeMXBean().getStartTime();
                        startup.probeOutput().accept("startup_ms=" + sinceJvmStart);
                        Platform.runLater(() -> window.viewModel().prepareToClose(Platform::exit));
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
