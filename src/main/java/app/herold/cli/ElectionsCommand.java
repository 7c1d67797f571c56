package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.exchange.ElectionJson;
import app.herold.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code herold elections add|list|remove}: the election calendar the neutrality checks use. */
@Command(name = "elections", subcommands = {ElectionsCommand.Add.class, ElectionsCommand.ListElections.class,
        ElectionsCommand.Remove.class})
final class ElectionsCommand {

    @ParentCommand
    HeroldCommand root;

    abstract static class ElectionCommand extends DataDirectoryCommand {

        @ParentCommand
        ElectionsCommand elections;

        @Override
        HeroldCommand root() {
            return elections.root;
        }
    }

    @Command(name = "add", sortOptions = false)
    static final class Add extends ElectionCommand {

        @Option(names = "--type", required = true, paramLabel = "TYPE", descriptionKey = "elections.add.type")
        String type;

        @Option(names = "--date", required = true, paramLabel = "DATE", descriptionKey = "elections.add.date")
        String date;

        @Option(names = "--announced", paramLabel = "DATE", descriptionKey = "elections.add.announced")
        String announced;

        @Option(names = "--name", paramLabel = "TEXT", descriptionKey = "elections.add.name")
        String name;

        @Option(names = "--candidate", paramLabel = "NAME", descriptionKey = "elections.add.candidate")
        List<String> candidates = new ArrayList<>();

        @Option(names = "--group", paramLabel = "NAME", descriptionKey = "elections.add.group")
        List<String> groups = new ArrayList<>();

        @Override
        void validate() {
            ElectionType.fromId(type).orElseThrow(() -> new UserFacingException("cli.error.electionType", type));
            LocalDate day = day(date);
            if (announced != null && day(announced).isAfter(day)) {
                throw new UserFacingException("cli.error.announcedAfter", announced, date);
            }
        }

        @Override
        int run(Database database, ContentPlan plan) {
            Election saved = database.elections().save(new Election(0, ElectionType.fromId(type).orElseThrow(), day(date),
                    announced == null ? null : day(announced), name, candidates, groups, false));
            root().out().println(saved.id());
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "list", sortOptions = false)
    static final class ListElections extends ElectionCommand {

        @Option(names = "--json", descriptionKey = "elections.list.json")
        boolean json;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) throws IOException {
            List<Election> all = database.elections().elections();
            PrintStream out = root().out();
            if (json) {
                Console.printJsonArray(out, all, ElectionJson::write);
            } else {
                for (Election election : all) {
                    var window = election.window();
                    // The shipped examples say so in their names ("… (Beispiel)"), which the window shows too.
                    boolean marked = !election.example() || election.name().contains("(");
                    out.println(String.format("%4d  %-17s  %s  %s%s  (%s – %s)", election.id(), election.type().id(),
                            root().messages().day(election.date()), election.name(),
                            marked ? "" : " [" + root().messages().text("cli.elections.example") + "]",
                            root().messages().day(window.start()), root().messages().day(window.endExclusive().minusDays(1))));
                }
            }
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "remove", sortOptions = false)
    static final class Remove extends ElectionCommand {

        @Parameters(index = "0", paramLabel = "ID", descriptionKey = "elections.remove.id")
        long id;

        @Override
        boolean onlyReads() {
            return true;
        }

        @Override
        int run(Database database, ContentPlan plan) {
            if (!database.elections().remove(id)) {
                throw new UserFacingException("cli.error.noElection", String.valueOf(id));
            }
            root().out().println(root().messages().format("cli.elections.removed", String.valueOf(id)));
            return HeroldCommandLine.EXIT_OK;
        }
    }

    static LocalDate day(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "cli.error.date", text);
        }
    }
}
