package app.herold.domain.post;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** Every row of a planning table as it would be imported, each with its problems, before anything is saved. */
public record ImportPreview(Path file, List<ImportRow> rows) {

    public ImportPreview {
        rows = List.copyOf(rows);
    }

    /** Whether the import may run: there are rows, and not one of them has a problem. */
    public boolean importable() {
        return !rows.isEmpty() && rowsWithProblems() == 0;
    }

    public int rowsWithProblems() {
        return (int) rows.stream().filter(ImportRow::hasProblems).count();
    }

    /** The earliest day the table plans, where the calendar shows the imported posts. */
    public Optional<LocalDate> firstDay() {
        return rows.stream().map(ImportRow::date).filter(Objects::nonNull).min(LocalDate::compareTo);
    }
}
