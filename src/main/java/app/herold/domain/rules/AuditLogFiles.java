package app.herold.domain.rules;

import java.nio.file.Path;
import java.util.List;

/** Writes the audit log for the town's legal office: a CSV table or a printable sheet, by the file's extension. */
@FunctionalInterface
public interface AuditLogFiles {

    void write(List<AuditEntry> entries, AuditLog.Verification verification, Path file);
}
