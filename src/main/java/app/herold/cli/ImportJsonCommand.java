package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.exchange.ImportIssue;
import app.herold.domain.exchange.ImportMode;
import app.herold.domain.exchange.ImportPreview;
import app.herold.domain.exchange.Tally;
import app.herold.domain.post.ContentPlan;
import app.herold.Version;
import app.herold.domain.exchange.PlanFiles;
import app.herold.exchange.json.JsonPlanFiles;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold import-json FILE [--dry-run] [--replace]}: reads a file of {@code export-json}, prints
 * what it would change and problems if any, then merges it into the plan (or replaces the plan with
 * it). With a problem, or with {@code --dry-run}, nothing is changed.
 */
@Command(name = "import-json", sortOptions = false)
final class ImportJsonCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-json.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import-json.dry-run")
    boolean dryRun;

    @Option(names = "--replace", descriptionKey = "import-json.replace")
    boolean replace;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Override
    void validate() {
        // Before the data directory is opened: a mistyped file name must not create an empty plan.
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("jsonImport.error.missing", file.toString());
        }
    }

    @Override
    boolean compactAfterwards() {
        return !dryRun;
    }

    @Override
    int run(Database database, ContentPlan plan) {
        ImportMode mode = replace ? ImportMode.REPLACE : ImportMode.MERGE;
        PlanFiles files = new JsonPlanFiles(database.transfer(), database.media(), database.directory(), root.clock(),
                Version.current());
        try (PlanFiles.PreparedImport prepared = files.prepare(file)) {
            ImportPreview preview = prepared.preview(mode);
            print(prepared, preview);
            if (preview.blocked()) {
                throw new UserFacingException("jsonImport.error.blocked", preview.problems());
            }
            Messages messages = root.messages();
            if (dryRun) {
                root.out().println(messages.text("cli.jsonImport.dryRun"));
                return HeroldCommandLine.EXIT_OK;
            }
            prepared.commit(mode);
            plan.announceBulkChange();
            root.out().println(messages.format("cli.jsonImport.done", database.posts().count()));
        }
        return HeroldCommandLine.EXIT_OK;
    }

    private void print(PlanFiles.PreparedImport prepared, ImportPreview preview) {
        Messages messages = root.messages();
        PrintStream out = root.out();
        String mode = messages.text(preview.mode() == ImportMode.REPLACE ? "jsonImport.mode.replace"
                : "jsonImport.mode.merge");
        Instant exportedAt = prepared.exportedAt();
        if (exportedAt == null) {
            out.println(messages.format("jsonImport.preview.headerUndated", file.getFileName().toString(),
                    prepared.appVersion(), mode));
        } else {
            ZonedDateTime when = exportedAt.atZone(zone());
            out.println(messages.format("jsonImport.preview.header", file.getFileName().toString(),
                    messages.day(when.toLocalDate()) + " " + messages.timeFormat().format(when), prepared.appVersion(),
                    mode));
        }
        line("jsonImport.kind.posts", preview.posts(), true);
        line("jsonImport.kind.accounts", preview.accounts(), true);
        line("jsonImport.kind.elections", preview.elections(), true);
        line("jsonImport.kind.parties", preview.parties(), false);
        line("jsonImport.kind.deliveries", preview.deliveries(), false);
        line("jsonImport.kind.auditLog", preview.auditLog(), false);
        line("jsonImport.kind.pictures", preview.pictures(), false);
        out.println("  " + (preview.stateBefore().equals(preview.stateAfter())
                ? messages.format("jsonImport.preview.state", preview.stateAfter())
                : messages.format("jsonImport.preview.stateChanged", preview.stateBefore(), preview.stateAfter())));
        issues(true, "jsonImport.preview.problems", preview);
        issues(false, "jsonImport.preview.notes", preview);
    }

    private void line(String kind, Tally tally, boolean canChange) {
        Messages messages = root.messages();
        root.out().println("  " + messages.format(canChange ? "jsonImport.preview.counts" : "jsonImport.preview.added",
                messages.text(kind), tally.added(), tally.present(), tally.changed(), tally.removed()));
    }

    private void issues(boolean blocking, String heading, ImportPreview preview) {
        Messages messages = root.messages();
        var listed = preview.issues().stream().filter(issue -> issue.blocking() == blocking).toList();
        if (listed.isEmpty()) {
            return;
        }
        root.out().println(messages.text(heading));
        for (ImportIssue issue : listed) {
            root.out().println("  - " + messages.format(issue.messageKey(), issue.arguments().toArray()));
        }
    }

    private ZoneId zone() {
        return root.clock().getZone();
    }
}
