package app.herold.ui;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.FxTaskExecutor;
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
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

/**
 * The JavaFX application. The data directory opens in the background while the toolkit starts,
 * so the window appears as soon as both are ready; a second start or a database that cannot be
 * opened gets one clear message instead of a window.
 */
public final class HeroldApp extends Application {

    /**
     * What the launcher prepared before the toolkit started.
     *
     * @param refusal why this start may not use the data directory (already open elsewhere), or null
     */
    public record Startup(Path dataDirectory, Preferences preferences, CompletableFuture<AppContext> context,
                          UserFacingException refusal, boolean probe, Consumer<String> probeOutput,
                          Consumer<String> errorOutput) {
    }

    private static Startup startup;
    private static volatile int exitCode;

    private FxTaskExecutor executor;

    /** Starts the toolkit and returns once the window has closed. */
    public static int launch(Startup prepared) {
        startup = prepared;
        exitCode = 0;
        Application.launch(HeroldApp.class);
        return exitCode;
    }

    @Override
    public void start(Stage stage) {
        Messages messages = Messages.forPreferences(startup.preferences());
        Locale.setDefault(messages.locale());
        if (startup.refusal() != null) {
            refuse(messages, startup.refusal());
            return;
        }
        stage.setTitle(messages.text("app.title"));
        executor = new FxTaskExecutor();
        startup.context().whenComplete((context, problem) -> Platform.runLater(() -> {
            if (problem != null) {
                refuse(messages, unwrap(problem));
                return;
            }
            HeroldWindow window = new HeroldWindow(stage, context, executor, startup.preferences(), Platform::exit);
            window.show();
            if (startup.probe()) {
                reportStartupWhenShown(window);
            }
        }));
        // The window frame appears at once; the plan fills it as soon as the database is open.
        if (!startup.context().isDone()) {
            stage.setScene(new Scene(new StackPane(), 1280, 800));
            stage.show();
        }
    }

    @Override
    public void stop() {
        if (executor != null) {
            executor.drain(Duration.ofSeconds(10));
        }
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
