package app.herold.ui.planfile;

import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.exchange.ImportIssue;
import app.herold.domain.exchange.ImportMode;
import app.herold.domain.exchange.ImportPreview;
import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.exchange.Tally;
import app.herold.domain.settings.FederalState;
import app.herold.i18n.Messages;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.common.WorkState;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BiConsumer;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * "Plan aus Datei importieren…": what a file of the JSON export would change, per kind, in the mode
 * the officer chooses (merge or replace), with its problems and notes; then, after a backup of the
 * plan as it is, the import. Reading, comparing, the backup and the import run off the UI thread.
 */
public final class PlanImportViewModel {

    /** One kind of item in the preview table, its counts as the table shows them. */
    public record Row(String kind, int added, int present, int changed, int removed) {
    }

    private final PlanFiles files;
    private final Backups backups;
    private final Path file;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ZoneId zone;
    private final BiConsumer<ImportPreview, BackupFile> onImported;
    private final ObjectProperty<ImportMode> mode = new SimpleObjectProperty<>(ImportMode.MERGE);
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> notes = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final WorkState work = new WorkState();
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanBinding importable;
    private PlanFiles.PreparedImport prepared;
    /** Raised by every request for a preview, so an answer to an older mode is dropped. */
    private long requested;

    /** @param onImported told on the UI thread once the import is written, with the backup made before it */
    public PlanImportViewModel(PlanFiles files, Backups backups, Path file, TaskExecutor executor, Messages messages,
                               ZoneId zone, BiConsumer<ImportPreview, BackupFile> onImported) {
        this.files = files;
        this.backups = backups;
        this.file = file;
        this.executor = executor;
        this.messages = messages;
        this.zone = zone;
        this.onImported = onImported;
        importable = Bindings.createBooleanBinding(() -> preview.get() != null && !preview.get().blocked()
                && !work.isBusy() && !imported.get(), preview, work.busyProperty(), imported);
        mode.addListener((observable, was, now) -> {
            if (prepared != null && !imported.get()) {
                compare();
            }
        });
    }

    public Path file() {
        return file;
    }

    /** Merge (the default) or replace; a change compares the file with the plan again. */
    public ObjectProperty<ImportMode> modeProperty() {
        return mode;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Sentences that refuse the import while there is one. */
    public ObservableList<String> problems() {
        return problems;
    }

    /** Sentences the officer should know; the import goes ahead. */
    public ObservableList<String> notes() {
        return notes;
    }

    /** "Exportiert am … von Herold …", once the file is read. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** Where the Land (for the holidays) goes. */
    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** Reading, comparing or importing, and its sentence: what the import would do, what stops it, or what became of it. */
    public WorkState work() {
        return work;
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** True once a preview without problems is shown and nothing runs: what enables "Importieren". */
    public BooleanBinding importableProperty() {
        return importable;
    }

    /** Reads and checks the file, then compares it with the plan; changes nothing. */
    public void load() {
        work.start(messages.text("planImport.reading"));
        executor.submit(() -> files.prepare(file), ready -> {
            prepared = ready;
            origin.set(origin(ready));
            compare();
        }, problem -> work.failed(problem, messages));
    }

    /** Backs the plan up, then imports the file in the chosen mode; only while the preview has no problem. */
    public void importFile() {
        if (!importable.get()) {
            return;
        }
        ImportMode chosen = mode.get();
        PlanFiles.PreparedImport ready = prepared;
        work.start(messages.text("planImport.importing"));
        record Done(ImportPreview preview, BackupFile backup) {
        }
        executor.submit(() -> {
            // Neither mode can be undone piece by piece: the backup is the way back.
            BackupFile backup = backups.create(BackupKind.BEFORE_IMPORT);
            return new Done(ready.commit(chosen), backup);
        }, done -> {
            imported.set(true);
            work.done(messages.format("planImport.done", done.preview().posts().added(),
                    done.preview().posts().changed(),
                    done.preview().posts().removed(),
                    done.backup().file().getFileName().toString()));
            close();
            onImported.accept(done.preview(), done.backup());
        }, problem -> work.failed(problem, messages));
    }

    /** Lets go of the file's unpacked pictures; the dialog calls it when it closes. */
    public void close() {
        PlanFiles.PreparedImport ready = prepared;
        prepared = null;
        if (ready != null) {
            executor.submit(() -> {
                ready.close();
                return null;
            }, ignored -> { }, problem -> { });
        }
    }

    private void compare() {
        PlanFiles.PreparedImport ready = prepared;
        ImportMode chosen = mode.get();
        long generation = ++requested;
        work.start(messages.text("planImport.comparing"));
        executor.submit(() -> ready.preview(chosen), compared -> {
            if (generation == requested) {
                show(compared);
            }
        }, problem -> {
            if (generation == requested) {
                work.failed(problem, messages);
            }
        });
    }

    private void show(ImportPreview compared) {
        preview.set(compared);
        rows.setAll(List.of(
                row("jsonImport.kind.posts", compared.posts()),
                row("jsonImport.kind.accounts", compared.accounts()),
                row("jsonImport.kind.elections", compared.elections()),
                row("jsonImport.kind.parties", compared.parties()),
                row("jsonImport.kind.deliveries", compared.deliveries()),
                row("jsonImport.kind.auditLog", compared.auditLog()),
                row("jsonImport.kind.pictures", compared.pictures())));
        problems.setAll(sentences(compared, true));
        notes.setAll(sentences(compared, false));
        state.set(compared.stateBefore().equals(compared.stateAfter())
                ? messages.format("jsonImport.preview.state", land(compared.stateAfter()))
                : messages.format("jsonImport.preview.stateChanged", land(compared.stateBefore()),
                        land(compared.stateAfter())));
        if (compared.blocked()) {
            work.refused(messages.format("planImport.blocked", compared.problems()));
        } else if (compared.mode() == ImportMode.REPLACE) {
            work.done(messages.format("planImport.ready.replace", compared.posts().added(),
                    compared.posts().changed(), compared.posts().removed()));
        } else {
            work.done(messages.format("planImport.ready.merge", compared.posts().added(),
                    compared.posts().changed()));
        }
    }

    /** "Sachsen" rather than the code the file holds. */
    private static String land(String code) {
        return FederalState.fromCode(code).map(FederalState::germanName).orElse(code);
    }

    private Row row(String kind, Tally tally) {
        return new Row(messages.text(kind), tally.added(), tally.present(), tally.changed(), tally.removed());
    }

    private List<String> sentences(ImportPreview compared, boolean blocking) {
        return compared.issues().stream().filter(issue -> issue.blocking() == blocking)
                .map(this::sentence).toList();
    }

    private String sentence(ImportIssue issue) {
        return messages.format(issue.messageKey(), issue.arguments().toArray());
    }

    private String origin(PlanFiles.PreparedImport ready) {
        if (ready.exportedAt() == null) {
            return messages.format("planImport.origin.undated", ready.appVersion());
        }
        ZonedDateTime when = ready.exportedAt().atZone(zone);
        return messages.format("planImport.origin", messages.day(when.toLocalDate()) + " "
                + messages.timeFormat().format(when), ready.appVersion());
    }
}
