package app.herold.ui.csvimport;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ImportPreview;
import app.herold.domain.post.ImportProblem;
import app.herold.domain.post.ImportRow;
import app.herold.domain.post.PlanImport;
import app.herold.i18n.Messages;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.common.WorkState;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
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
    private final WorkState work = new WorkState();
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
                () -> preview.get() != null && preview.get().importable() && !work.isBusy() && !imported.get(),
                preview, work.busyProperty(), imported);
    }

    public Path file() {
        return file;
    }

    public ObservableList<Row> rows() {
        return rows;
    }

    /** Reading or importing, and its sentence: what the file holds, what stops the import, or what became of it. */
    public WorkState work() {
        return work;
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
        if (work.isBusy() || imported.get()) {
            return;
        }
        work.start(messages.text("import.reading"));
        executor.submit(() -> imports.preview(file), this::show, problem -> {
            preview.set(null);
            rows.clear();
            work.failed(problem, messages);
        });
    }

    /** Saves every row as a draft in one transaction; does nothing while a row has a problem. */
    public void importAll() {
        ImportPreview checked = preview.get();
        if (!importable.get()) {
            return;
        }
        work.start(messages.text("import.importing"));
        executor.submit(() -> imports.importAll(checked), saved -> {
            imported.set(true);
            work.done(messages.format("import.done", saved));
            onImported.accept(checked);
        }, problem -> work.failed(problem, messages));
    }

    private void show(ImportPreview checked) {
        rows.setAll(checked.rows().stream().map(this::row).toList());
        preview.set(checked);
        int wrong = checked.rowsWithProblems();
        if (wrong > 0) {
            work.refused(messages.format("import.blocked", wrong));
        } else {
            work.done(messages.format("import.ready", checked.rows().size()));
        }
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
}
