package app.herold.domain.exchange;

import java.util.List;

/**
 * What an import would do, shown before it does it: per kind how many items are new, already present,
 * changed or removed, where the Land goes, and the problems (which refuse the import) and notes.
 *
 * @param stateBefore the Land's code now
 * @param stateAfter the Land's code after the import; equal to {@code stateBefore} when it stays
 */
public record ImportPreview(ImportMode mode, Tally posts, Tally accounts, Tally elections, Tally parties,
                            Tally deliveries, Tally auditLog, Tally pictures, String stateBefore, String stateAfter,
                            List<ImportIssue> issues) {

    public ImportPreview {
        issues = List.copyOf(issues);
    }

    /** True when a problem refuses the import: then nothing at all is changed. */
    public boolean blocked() {
        return issues.stream().anyMatch(ImportIssue::blocking);
    }

    public long problems() {
        return issues.stream().filter(ImportIssue::blocking).count();
    }
}
