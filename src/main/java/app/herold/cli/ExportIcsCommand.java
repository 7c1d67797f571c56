package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.ExportPlanCalendar;
import app.herold.exchange.ics.PlanCalendarIcs;
import app.herold.storage.DataDirectoryId;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold export-ics}: the posts planned from one day to another as an iCalendar file for the
 * mayor's calendar, and one sentence saying how many went where.
 */
@Command(name = "export-ics", sortOptions = false)
final class ExportIcsCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--from", required = true, paramLabel = "DATE", descriptionKey = "export-ics.from")
    String from;

    @Option(names = "--to", required = true, paramLabel = "DATE", descriptionKey = "export-ics.to")
    String to;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export-ics.out")
    Path out;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    void validate() {
        ExportPlanCalendar.requireRange(parse(from), parse(to));
    }

    @Override
    int run(Database database, ContentPlan plan) {
        LocalDate fromDate = parse(from);
        LocalDate toDate = parse(to);
        Path file = out.toAbsolutePath();
        ExportPlanCalendar export = new ExportPlanCalendar(database.posts(),
                new PlanCalendarIcs(() -> DataDirectoryId.of(database.directory())));
        int count = export.export(fromDate, toDate, root.messages().locale(), file);
        root.out().println(root.messages().format("ics.done", count,
                root.messages().dateFormat().format(fromDate), root.messages().dateFormat().format(toDate), file));
        return HeroldCommandLine.EXIT_OK;
    }

    private static LocalDate parse(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "cli.error.date", value);
        }
    }
}
