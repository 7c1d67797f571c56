package app.herold.ui.ics;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.ExportPlanCalendar;
import app.herold.i18n.Messages;
import app.herold.ui.calendar.CalendarMode;
import app.herold.ui.calendar.CalendarPeriod;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

/**
 * "Plan als Kalenderdatei (ICS) exportieren…": the first and last day, then where to save the file;
 * the file is written in the background and the dialog says in one sentence how many posts went
 * where, or what went wrong.
 *
 * <p>The days start as those the calendar shows (the month, or the week in the week view): the
 * officer has usually just looked at what the mayor should get, and the pickers change it quickly.
 */
public final class IcsExportViewModel {

    private final ExportPlanCalendar export;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<LocalDate> from = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> to = new SimpleObjectProperty<>();
    private final StringBinding problem;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");

    public IcsExportViewModel(ExportPlanCalendar export, TaskExecutor executor, DialogService dialogs,
                              Messages messages, CalendarPeriod shown) {
        this.export = export;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        if (shown.mode() == CalendarMode.WEEK) {
            from.set(shown.first());
            to.set(shown.last());
        } else {
            from.set(shown.anchor().withDayOfMonth(1));
            to.set(shown.anchor().with(TemporalAdjusters.lastDayOfMonth()));
        }
        problem = Bindings.createStringBinding(this::rangeProblem, from, to);
    }

    public ObjectProperty<LocalDate> fromProperty() {
        return from;
    }

    public ObjectProperty<LocalDate> toProperty() {
        return to;
    }

    /** Why the chosen days cannot be exported ("" when they can): a missing day, or the end before the start. */
    public StringBinding problemProperty() {
        return problem;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The sentence after an export: how many posts went into which file, or what went wrong. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** Asks where to save the file, then writes it in the background. */
    public void export() {
        if (running.get() || !problem.get().isEmpty()) {
            return;
        }
        LocalDate first = from.get();
        LocalDate last = to.get();
        String suggested = messages.format("ics.fileName", first.toString(), last.toString());
        dialogs.chooseSaveFile(messages.text("ics.choose"), suggested, List.of("ics")).ifPresent(chosen -> {
            Path file = chosen.getFileName().toString().contains(".") ? chosen
                    : chosen.resolveSibling(chosen.getFileName() + ".ics");
            running.set(true);
            result.set("");
            executor.submit(() -> export.export(first, last, messages.locale(), file), count -> {
                running.set(false);
                result.set(messages.format("ics.done", count, date(first), date(last), file.toString()));
            }, failure -> {
                running.set(false);
                result.set(failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                        : messages.format("error.unexpected", String.valueOf(failure.getMessage())));
            });
        });
    }

    private String rangeProblem() {
        if (from.get() == null || to.get() == null) {
            return messages.text("ics.noDate");
        }
        if (to.get().isBefore(from.get())) {
            return messages.format("ics.error.range", date(from.get()), date(to.get()));
        }
        return "";
    }

    private String date(LocalDate day) {
        return messages.dateFormat().format(day);
    }
}
