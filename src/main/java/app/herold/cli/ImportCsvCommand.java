package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.ImportPreview;
import app.herold.domain.post.ImportProblem;
import app.herold.domain.post.ImportRow;
import app.herold.domain.post.PlanImport;
import app.herold.domain.post.PlanTable;
import app.herold.exchange.csv.PlanCsvReader;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold import-csv FILE [--dry-run]}: a month planned in Excel or LibreOffice, as drafts.
 * Prints one line per row and each row's problems below it; imports only when no row has one, all
 * rows in one transaction. Exit 1 when any row has a problem, and then nothing is saved.
 */
@Command(name = "import-csv", sortOptions = false)
final class ImportCsvCommand extends DataDirectoryCommand {

    private static final int HEADLINE_WIDTH = 40;

    @ParentCommand
    HeroldCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "import-csv.file")
    Path file;

    @Option(names = "--dry-run", descriptionKey = "import-csv.dry-run")
    boolean dryRun;

    private PlanTable table;

    @Override
    HeroldCommand root() {
        return root;
    }

    /** A trial run changes nothing, so it does not create a data directory either. */
    @Override
    boolean onlyReads() {
        return dryRun;
    }

    /** Reads the file before the data directory is touched: a file that is no table changes nothing. */
    @Override
    void validate() {
        table = new PlanCsvReader().read(file);
    }

    @Override
    int run(Database database, ContentPlan plan) throws Exception {
        PlanImport imports = new PlanImport(new PlanCsvReader(), database.media(), plan,
                () -> database.preferences().load().defaultPostTime());
        ImportPreview preview = imports.check(table);
        PrintStream out = root.out();
        Messages messages = root.messages();
        for (ImportRow row : preview.rows()) {
            out.println(line(row, messages));
            for (ImportProblem problem : row.problems()) {
                out.println("       " + messages.format("cli.import.problem",
                        messages.format(problem.messageKey(), problem.argumentArray())));
            }
        }
        if (!preview.importable()) {
            throw new UserFacingException("error.import.rowsWithProblems", preview.rowsWithProblems());
        }
        if (dryRun) {
            out.println(messages.format("cli.import.dryRun", preview.rows().size()));
            return HeroldCommandLine.EXIT_OK;
        }
        int saved = imports.importAll(preview);
        out.println(messages.format("import.done", saved));
        return HeroldCommandLine.EXIT_OK;
    }

    private static String line(ImportRow row, Messages messages) {
        String day = row.date() != null ? messages.day(row.date()) : row.dateCell();
        String time = row.time() != null ? messages.timeFormat().format(row.time()) : row.timeCell();
        String channels = row.channels().stream().map(ChannelKind::id).collect(Collectors.joining(","));
        return String.format("%5d  %-16s  %-5s  %-" + HEADLINE_WIDTH + "s  %s", row.number(), day, time,
                shortened(row.headline()), channels).stripTrailing();
    }

    private static String shortened(String headline) {
        return headline.length() <= HEADLINE_WIDTH ? headline : headline.substring(0, HEADLINE_WIDTH - 1) + "…";
    }
}
