package app.herold.ui.audit;

import app.herold.domain.UserFacingException;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.AuditLogFiles;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The neutrality audit log for the officer and the legal office: every confirmation, whether the
 * chain is intact, and the log as a CSV table or a printable sheet. Read only: nothing here edits it.
 */
public final class AuditLogViewModel {

    private final AuditLog log;
    private final AuditLogFiles files;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObservableList<AuditEntry> entries = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper state = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper intact = new ReadOnlyBooleanWrapper(true);
    private AuditLog.Verification verification;

    public AuditLogViewModel(AuditLog log, AuditLogFiles files, TaskExecutor executor, DialogService dialogs,
                             Messages messages) {
        this.log = log;
        this.files = files;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    public ObservableList<AuditEntry> entries() {
        return entries;
    }

    public ReadOnlyStringProperty stateProperty() {
        return state.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty intactProperty() {
        return intact.getReadOnlyProperty();
    }

    public void load() {
        executor.submit(() -> new Loaded(log.entries(), log.verify()), loaded -> {
            entries.setAll(loaded.entries());
            verification = loaded.verification();
            intact.set(verification.intact());
            state.set(verification.intact() ? messages.format("audit.intact", verification.entries())
                    : messages.format("audit.altered", verification.firstBrokenSequence()));
        }, this::failed);
    }

    private record Loaded(List<AuditEntry> entries, AuditLog.Verification verification) {
    }

    /** Saves the log as CSV or as a printable sheet (HTML) where the user chooses; the sheet opens to print. */
    public void save(boolean sheet) {
        if (verification == null) {
            return;
        }
        String suggested = sheet ? "pruefprotokoll-neutralitaet.html" : "pruefprotokoll-neutralitaet.csv";
        dialogs.chooseSaveFile(messages.text(sheet ? "audit.saveSheet" : "audit.saveCsv"), suggested,
                List.of(sheet ? "html" : "csv")).ifPresent(chosen -> {
                    Path file = chosen.getFileName().toString().contains(".") ? chosen
                            : chosen.resolveSibling(chosen.getFileName() + (sheet ? ".html" : ".csv"));
                    List<AuditEntry> all = List.copyOf(entries);
                    AuditLog.Verification checked = verification;
                    executor.submit(() -> {
                        files.write(all, checked, file);
                        return file;
                    }, written -> {
                        state.set(messages.format("audit.saved", written.toString()));
                        if (sheet) {
                            dialogs.openExternally(written.toUri().toString());
                        }
                    }, this::failed);
                });
    }

    private void failed(Throwable problem) {
        state.set(problem instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage())));
    }
}
