package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog.Verification;
import app.herold.exchange.audit.AuditLogCsv;
import app.herold.exchange.audit.AuditLogSheet;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herold audit-log export|verify}: the neutrality audit log for the legal office, and its check. */
@Command(name = "audit-log", subcommands = {AuditLogCommand.Export.class, AuditLogCommand.Verify.class})
final class AuditLogCommand {

    @ParentCommand
    HeroldCommand root;

    /** The subcommands reach the data directory through their parent; both only read. */
    abstract static class AuditCommand extends DataDirectoryCommand {

        @ParentCommand
        AuditLogCommand auditLog;

        @Override
        HeroldCommand root() {
            return auditLog.root;
        }

        @Override
        boolean onlyReads() {
            return true;
        }
    }

    /** Writes a CSV file or a printable HTML sheet, chosen by the file's extension, and prints its path. */
    @Command(name = "export", sortOptions = false)
    static final class Export extends AuditCommand {

        @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "audit-log.export.out")
        Path out;

        @Override
        void validate() {
            if (!isCsv() && !isHtml()) {
                throw new UserFacingException("cli.error.auditFormat", out.toString());
            }
        }

        @Override
        int run(Database database, ContentPlan plan) {
            List<AuditEntry> entries = database.audit().entries();
            if (isCsv()) {
                AuditLogCsv.write(entries, root().clock().getZone(), out);
            } else {
                Verification verification = database.audit().verify();
                AuditLogSheet.write(entries, verification, root().clock(), out);
            }
            root().out().println(out.toAbsolutePath());
            return HeroldCommandLine.EXIT_OK;
        }

        private boolean isCsv() {
            return extension().equals(".csv");
        }

        private boolean isHtml() {
            return extension().equals(".html") || extension().equals(".htm");
        }

        private String extension() {
            String name = String.valueOf(out.getFileName()).toLowerCase(Locale.ROOT);
            int dot = name.lastIndexOf('.');
            return dot < 0 ? "" : name.substring(dot);
        }
    }

    /**
     * Prints one line and exits 0 when the chain is intact; otherwise the failure's one sentence,
     * naming the first altered entry, goes to standard error with exit code 1, so scripts can alarm.
     */
    @Command(name = "verify")
    static final class Verify extends AuditCommand {

        @Override
        int run(Database database, ContentPlan plan) {
            Verification verification = database.audit().verify();
            if (!verification.intact()) {
                throw new UserFacingException("error.audit.altered", String.valueOf(verification.firstBrokenSequence()));
            }
            root().out().println(root().messages().format("cli.audit.intact", verification.entries()));
            return HeroldCommandLine.EXIT_OK;
        }
    }
}
