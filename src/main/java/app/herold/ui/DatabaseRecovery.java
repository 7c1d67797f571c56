package app.herold.ui;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.RestoredBackup;
import app.herold.i18n.Messages;
import app.herold.ui.common.DataDirectories;
import app.herold.ui.common.FxDialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;

/**
 * What the user can do when the database will not open (a damaged file, a disk error): restore the
 * newest backup that is intact, choose another data folder, or quit. The damaged file is never
 * overwritten or deleted: a restore keeps it beside the new one under another name, and the backup
 * made before the restore holds it too.
 */
final class DatabaseRecovery {

    /** The message key under which the database reports that it could not be opened. */
    static final String DATABASE_OPEN_FAILED = "error.databaseOpen";
    private static final int LONGEST_REASON = 240;
    private static final System.Logger LOG = System.getLogger(DatabaseRecovery.class.getName());

    private final javafx.stage.Stage stage;
    private final Messages messages;
    private final TaskExecutor executor;
    private final DataDirectories directories;
    private final BiConsumer<DataDirectories.Session, Boolean> show;
    private final FxDialogService dialogs;

    /** @param show opens the window on a data directory (the second argument: probe the start-up) */
    DatabaseRecovery(javafx.stage.Stage stage, Messages messages, TaskExecutor executor, DataDirectories directories,
                     BiConsumer<DataDirectories.Session, Boolean> show) {
        this.stage = stage;
        this.messages = messages;
        this.executor = executor;
        this.directories = directories;
        this.show = show;
        this.dialogs = new FxDialogService(null, messages);
    }

    /** Looks for backups in the background, then asks. */
    void offer(Path directory, Throwable problem) {
        // A backup made before a restore holds the state that was replaced, after a damage the damaged one.
        executor.submit(() -> directories.backupsOf(directory).stream()
                        .filter(backup -> backup.kind() != app.herold.domain.backup.BackupKind.BEFORE_RESTORE).toList(),
                backups -> ask(directory, problem, backups), failure -> ask(directory, problem, List.of()));
    }

    private void ask(Path directory, Throwable problem, List<BackupFile> backups) {
        // H2's own words ("use the recovery tool") mean nothing to the user; they go to the log.
        LOG.log(System.Logger.Level.WARNING, "database in " + directory + " cannot be opened: " + reason(problem), problem);
        StringBuilder text = new StringBuilder(messages.format("recovery.text", directory.toString()));
        text.append("\n\n").append(backups.isEmpty() ? messages.text("recovery.noBackup")
                : messages.format("recovery.newest", formatted(backups.get(0))));
        List<ButtonType> buttons = new ArrayList<>();
        ButtonType restore = null;
        if (!backups.isEmpty()) {
            restore = new ButtonType(messages.text("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
            buttons.add(restore);
        }
        ButtonType other = new ButtonType(messages.text("recovery.otherFolder"), ButtonBar.ButtonData.OTHER);
        ButtonType quit = new ButtonType(messages.text("recovery.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        buttons.add(other);
        buttons.add(quit);
        Alert alert = new Alert(Alert.AlertType.ERROR, text.toString(), buttons.toArray(ButtonType[]::new));
        alert.setTitle(messages.text("app.title"));
        alert.setHeaderText(messages.text("recovery.header"));
        alert.getDialogPane().setId("database-recovery");
        alert.getDialogPane().setMinWidth(680);
        for (ButtonType button : buttons) {
            // Each button keeps its whole label ("Sicherung vom 28.11.2026, 09:07 wiederherstellen").
            javafx.scene.control.Button shown = (javafx.scene.control.Button) alert.getDialogPane().lookupButton(button);
            ButtonBar.setButtonUniformSize(shown, false);
            shown.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        }
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isPresent() && answer.get() == restore) {
            restoreNewestIntact(directory, problem, backups);
        } else if (answer.isPresent() && answer.get() == other) {
            chooseOther(directory, problem, backups);
        } else {
            Platform.exit();
        }
    }

    /** Tries the backups newest first; one that fails its checksums is skipped, nothing is touched by it. */
    private void restoreNewestIntact(Path directory, Throwable problem, List<BackupFile> backups) {
        executor.submit(() -> {
            UserFacingException lastRefusal = null;
            for (BackupFile backup : backups) {
                try {
                    return directories.restore(directory, backup.file(), true);
                } catch (UserFacingException refused) {
                    lastRefusal = refused;
                }
            }
            throw lastRefusal;
        }, restored -> {
            if (open(directory, problem, List.of())) {
                whenWindowShows(() -> new FxDialogService(stage, messages).showInfo(restoredSentence(restored)));
            }
        }, failure -> {
            dialogs.showError(describe(failure));
            ask(directory, problem, List.of());
        });
    }

    private void chooseOther(Path directory, Throwable problem, List<BackupFile> backups) {
        Optional<Path> chosen = dialogs.chooseFolder(messages.text("recovery.chooseFolder"), directory.getParent());
        if (chosen.isEmpty()) {
            ask(directory, problem, backups);
            return;
        }
        open(chosen.get(), problem, backups);
    }

    /** Opens the window on a folder; if it is in use elsewhere, says so and asks again. */
    private boolean open(Path directory, Throwable problem, List<BackupFile> backups) {
        try {
            show.accept(directories.open(directory), false);
            return true;
        } catch (UserFacingException refused) {
            dialogs.showError(messages.describe(refused));
            ask(directory, problem, backups);
            return false;
        }
    }

    /** The window shows once its month is loaded; a message before that would end up behind it. */
    private void whenWindowShows(Runnable action) {
        if (stage.isShowing()) {
            Platform.runLater(action);
            return;
        }
        stage.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> observable, Boolean was,
                                Boolean showing) {
                if (showing) {
                    observable.removeListener(this);
                    Platform.runLater(action);
                }
            }
        });
    }

    private String restoredSentence(RestoredBackup restored) {
        String when = restored.restored().created()
                .format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(messages.locale()));
        return restored.keptDatabase() == null ? messages.format("backup.restored", restored.before().file().getFileName())
                : messages.format("recovery.restored", when, restored.keptDatabase().getFileName().toString());
    }

    private String formatted(BackupFile backup) {
        return backup.created().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(messages.locale()));
    }

    /** The database's own reason, first line only: H2 appends the SQL state and its version. */
    private static String reason(Throwable problem) {
        Throwable cause = problem.getCause() != null ? problem.getCause() : problem;
        String text = String.valueOf(cause.getMessage()).lines().findFirst().orElse("").strip();
        return text.length() > LONGEST_REASON ? text.substring(0, LONGEST_REASON) + "…" : text;
    }

    private String describe(Throwable failure) {
        return failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(failure.getMessage()));
    }
}
