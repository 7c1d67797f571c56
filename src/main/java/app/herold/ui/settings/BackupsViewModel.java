package app.herold.ui.settings;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.backup.RetentionPolicy;
import app.herold.domain.settings.BackupSettings;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The backups in the settings: where they go and how many automatic ones are kept (saved at once, like
 * the accounts), the list of backups, "Jetzt sichern", and a restore that is checked and confirmed
 * before the window hands it to the application.
 */
public final class BackupsViewModel {

    private final Backups backups;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final Consumer<BackupSettings> saveSettings;
    private final Consumer<Path> restore;
    private final ObservableList<BackupFile> list = FXCollections.observableArrayList();
    private final ObjectProperty<BackupFile> selected = new SimpleObjectProperty<>();
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final IntegerProperty daily = new SimpleIntegerProperty();
    private final IntegerProperty monthly = new SimpleIntegerProperty();
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
    private BackupSettings settings;
    private boolean filling;

    /**
     * @param saveSettings stores changed backup settings in the preferences
     * @param restore puts a checked and confirmed backup in place of the plan (the window closes for it)
     */
    public BackupsViewModel(Backups backups, BackupSettings current, TaskExecutor executor, DialogService dialogs,
                            Messages messages, Consumer<BackupSettings> saveSettings, Consumer<Path> restore) {
        this.backups = backups;
        this.settings = current;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.saveSettings = saveSettings;
        this.restore = restore;
        filling = true;
        daily.set(current.retention().daily());
        monthly.set(current.retention().monthly());
        filling = false;
        daily.addListener((observable, old, value) -> retentionChanged());
        monthly.addListener((observable, old, value) -> retentionChanged());
    }

    public ObservableList<BackupFile> backups() {
        return list;
    }

    public ObjectProperty<BackupFile> selectedProperty() {
        return selected;
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public IntegerProperty dailyProperty() {
        return daily;
    }

    public IntegerProperty monthlyProperty() {
        return monthly;
    }

    /** The last thing that happened here ("Sicherung gespeichert: …"), or a problem in one sentence. */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Reads the folder and its backups in the background. */
    public void load() {
        executor.submit(() -> new Listing(backups.folder(), backups.list()), listing -> {
            folder.set(listing.folder().toString());
            list.setAll(listing.backups());
        }, this::failed);
    }

    private record Listing(Path folder, List<BackupFile> backups) {
    }

    public void backupNow() {
        busy.set(true);
        executor.submit(() -> backups.create(BackupKind.MANUAL), made -> {
            busy.set(false);
            notice.set(messages.format("backup.made", made.file().getFileName().toString()));
            load();
        }, problem -> {
            busy.set(false);
            failed(problem);
        });
    }

    /** Lets the user pick another folder (a network drive, a USB stick); saved at once. */
    public void chooseFolder() {
        dialogs.chooseFolder(messages.text("backup.folder.choose"), Path.of(folder.get().isBlank() ? "." : folder.get()))
                .ifPresent(chosen -> {
                    settings = settings.withFolder(chosen.toString());
                    saveSettings.accept(settings);
                    load();
                });
    }

    /** Back to the data directory's own {@code backups} folder. */
    public void useDefaultFolder() {
        settings = settings.withFolder("");
        saveSettings.accept(settings);
        load();
    }

    public void openFolder() {
        if (!folder.get().isBlank()) {
            dialogs.openExternally(Path.of(folder.get()).toUri().toString());
        }
    }

    /** Restores the selected backup after checking it and asking. */
    public void restoreSelected() {
        BackupFile chosen = selected.get();
        if (chosen != null) {
            checkThenRestore(chosen.file());
        }
    }

    /** Restores a backup from anywhere (a USB stick) after checking it and asking. */
    public void restoreFromFile() {
        dialogs.chooseOpenFile(messages.text("backup.restore.choose"), messages.text("backup.restore.filter"), List.of("zip")).ifPresent(this::checkThenRestore);
    }

    private void checkThenRestore(Path file) {
        busy.set(true);
        executor.submit(() -> backups.check(file), check -> {
            busy.set(false);
            String when = check.created().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                    .withLocale(messages.locale()));
            String question = check.posts() >= 0 ? messages.format("backup.restore.question", when, check.posts())
                    : messages.format("backup.restore.questionNoCount", when);
            if (dialogs.confirm(messages.text("backup.restore.title"), question, messages.text("backup.restore.confirm"))) {
                restore.accept(file);
            }
        }, problem -> {
            busy.set(false);
            failed(problem);
        });
    }

    private void retentionChanged() {
        if (filling) {
            return;
        }
        try {
            settings = settings.withRetention(new RetentionPolicy(daily.get(), monthly.get()));
            saveSettings.accept(settings);
        } catch (IllegalArgumentException outOfRange) {
            // The spinners keep to the range; a value typed past it is not saved.
            notice.set(messages.format("backup.retention.range", RetentionPolicy.MOST));
        }
    }

    private void failed(Throwable problem) {
        notice.set(problem instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage())));
    }
}
