package app.herold.ui.csvimport;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ImportPreview;
import app.herold.domain.post.ImportProblem;
import app.herold.domain.post.ImportRow;
import app.herold.domain.post.PlanImport;
import app.herold.i18n.Messages;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
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
 * "Beiträge aus CSV importieren…": every row of the chosen file as it would be imported, with its
 * problems; the import only while no row has one, in the background, all rows at once.
 */
public final class CsvImportViewModel {

    /** One row of the preview table, in words; {@code problems} one sentence per line. */
    public record Row(int number, String date, String time, String headline, List<ChannelKind> channels,
                      String problems) {

        public Row {
            channels = List.copyOf(channels);
        }

        public boolean failed() {
            return !problems.isEmpty();
        }

        /** "WhatsApp, Instagram": what the channel icons say to a screen reader. */
        public String channelNames() {
            return channels.stream().map(ChannelKind::brandName).collect(Collectors.joining(", "));
        }
    }

    private final PlanImport imports;
    private final Path file;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Consumer<ImportPreview> onImported;
    private final ObservableList<Row> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper failed = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper imported = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<ImportPreview> preview = new SimpleObjectProperty<>();
    private final BooleanBinding importable;

    /** @param onImported told once the rows are saved, on the UI thread */
    public CsvImportViewModel(PlanImport imports, Path file, TaskExecutor executor, Messages messages,
                              Consumer<ImportPreview> onImported) {
        this.imports = imports;
        this.file = file;
        this.executor = executor;
        this.messages = messages;
        this.onImported = onImported;
        importable = Bindings.createBooleanBinding(
                () -> preview.get() != null && preview.get().importable() && !busy.get() && !imported.get(),
                preview, busy, imported);
    }

    public Path file() {
        return file;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** What the file holds, what stops the import, or what became of it. */
    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

    /** Whether the summary tells of a problem. */
    public ReadOnlyBooleanProperty failedProperty() {
        return failed.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty importedProperty() {
        return imported.getReadOnlyProperty();
    }

    /** True while every row can be imported and nothing is running: what enables "Importieren". */
    public BooleanBinding importableProperty() {
        return importable;
    }

    /** Reads and checks the file (again, after the officer corrected it); saves nothing. */
    public void load() {
        if (busy.get() || imported.get()) {
            return;
        }
        busy.set(true);
        failed.set(false);
        summary.set(messages.text("import.reading"));
        executor.submit(() -> imports.preview(file), this::show, problem -> {
            busy.set(false);
            preview.set(null);
            rows.clear();
            fail(problem);
        });
    }

    /** Saves every row as a draft in one transaction; does nothing while a row has a problem. */
    public void importAll() {
        ImportPreview checked = preview.get();
        if (!importable.get()) {
            return;
        }
        busy.set(true);
        summary.set(messages.text("import.importing"));
        executor.submit(() -> imports.importAll(checked), saved -> {
            busy.set(false);
            imported.set(true);
            summary.set(messages.format("import.done", saved));
            onImported.accept(checked);
        }, problem -> {
            busy.set(false);
            fail(problem);
        });
    }

    private void show(ImportPreview checked) {
        busy.set(false);
        rows.setAll(checked.rows().stream().map(this::row).toList());
        preview.set(checked);
        int wrong = checked.rowsWithProblems();
        failed.set(wrong > 0);
        summary.set(wrong > 0 ? messages.format("import.blocked", wrong)
                : messages.format("import.ready", checked.rows().size()));
    }

    private Row row(ImportRow row) {
        String date = row.date() != null ? messages.day(row.date()) : row.dateCell();
        String time = row.time() != null ? messages.timeFormat().format(row.time()) : row.timeCell();
        String problems = row.problems().stream().map(this::sentence).collect(Collectors.joining("\n"));
        return new Row(row.number(), date, time, row.headline(), List.copyOf(row.channels()), problems);
    }

    private String sentence(ImportProblem problem) {
        return messages.format(problem.messageKey(), problem.argumentArray());
    }

    private void fail(Throwable problem) {
        failed.set(true);
        summary.set(problem instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage())));
    }
}
