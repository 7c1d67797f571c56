package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.exchange.PostJsonWriter;
import app.herold.storage.Database;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herold list}: the posts in a date range, as a table or as JSON. */
@Command(name = "list", sortOptions = false)
final class ListCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", descriptionKey = "list.from")
    String from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", descriptionKey = "list.to")
    String to;

    @Option(names = "--json", descriptionKey = "list.json")
    boolean json;

    @Override
    void validate() {
        LocalDate fromDate = parse(from);
        LocalDate toDate = parse(to);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            throw new UserFacingException("cli.error.range", from, to);
        }
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Database database, ContentPlan plan) {
        LocalDate fromDate = parse(from);
        LocalDate toDate = parse(to);
        PrintStream out = root().out();
        if (json) {
            try (PostJsonWriter writer = new PostJsonWriter(out)) {
                database.posts().forEach(fromDate, toDate, writer::write);
            }
            out.flush();
        } else {
            database.posts().forEach(fromDate, toDate, post -> out.println(line(post)));
        }
        return HeroldCommandLine.EXIT_OK;
    }

    private String line(Post post) {
        String when = post.schedule() == null
                ? root().messages().text("cli.list.idea")
                : root().messages().day(post.schedule().localDate()) + " "
                        + root().messages().timeFormat().format(post.schedule().localTime());
        String channels = post.channels().stream().map(ChannelKind::id).collect(Collectors.joining(","));
        return String.format("%6d  %-22s  %-9s  %-30s  %s", post.id().value(), when, post.status().id(), channels,
                post.headline());
    }

    private static LocalDate parse(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "cli.error.date", value);
        }
    }
}
