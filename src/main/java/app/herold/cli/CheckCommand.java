package app.herold.cli;

import app.herold.channels.text.IcuTextFacts;
import app.herold.domain.UserFacingException;
import app.herold.domain.channel.Finding;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostSummary;
import app.herold.domain.rules.PostRules;
import app.herold.domain.rules.VolumeCheck;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold check}: every public-body rule on a saved post (accessibility, neutrality before
 * elections). Exits 0 when nothing blocks the post, {@value LintCommand#EXIT_BLOCKED} when a finding does.
 */
@Command(name = "check", sortOptions = false)
final class CheckCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--post", required = true, paramLabel = "ID", descriptionKey = "check.post")
    long post;

    @Option(names = "--json", descriptionKey = "check.json")
    boolean json;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Database database, ContentPlan plan) throws IOException {
        Post found = (post > 0 ? database.posts().find(PostId.of(post)) : java.util.Optional.<Post>empty())
                .orElseThrow(() -> new UserFacingException("cli.error.noPost", String.valueOf(post)));
        var elections = database.elections().elections();
        var preferences = database.preferences().load();
        List<app.herold.domain.rules.Holiday> holidays = found.schedule() == null ? List.of()
                : new app.herold.holidays.JollydayHolidays().between(found.schedule().localDate(),
                        found.schedule().localDate(), preferences.state());
        PostRules.Context context = new PostRules.Context(elections, database.elections().parties(),
                postsPerDay(database, found, elections), holidays, preferences.altTextMarker());
        List<PostRules.PostFinding> findings = new PostRules(new IcuTextFacts()).check(found, context);
        if (json) {
            writeJson(found, findings, root.out());
        } else {
            writeText(findings, root.out(), root.messages());
        }
        return PostRules.blocksReady(findings) ? LintCommand.EXIT_BLOCKED : HeroldCommandLine.EXIT_OK;
    }

    /** Posts without an acute occasion per day, as far back as the volume check looks. */
    static Map<LocalDate, Integer> postsPerDay(Database database, Post post, List<app.herold.domain.rules.Election> elections) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        if (post.schedule() == null) {
            return perDay;
        }
        LocalDate day = post.schedule().localDate();
        LocalDate from = VolumeCheck.countsFrom(day, elections);
        if (from.equals(day)) {
            return perDay;
        }
        LocalDate to = day.with(TemporalAdjusters.nextOrSame(java.time.DayOfWeek.SUNDAY));
        for (PostSummary summary : database.posts().summariesBetween(from, to)) {
            if (!VolumeCheck.isAcute(summary.tags())) {
                perDay.merge(summary.schedule().localDate(), 1, Integer::sum);
            }
        }
        return perDay;
    }

    private void writeJson(Post found, List<PostRules.PostFinding> findings, PrintStream out) throws IOException {
        Messages english = Messages.forLocale(Messages.ENGLISH);
        Messages german = Messages.forLocale(Messages.GERMAN);
        Console.printJson(out, generator -> {
            generator.writeStartObject();
            generator.writeNumberField("postId", found.id().value());
            generator.writeArrayFieldStart("findings");
            for (PostRules.PostFinding entry : findings) {
                Finding finding = entry.finding();
                generator.writeStartObject();
                generator.writeStringField("rule", finding.rule());
                generator.writeStringField("severity", finding.severity().id());
                generator.writeStringField("message", english.format(finding.messageKey(), finding.arguments().toArray()));
                generator.writeStringField("messageDe", german.format(finding.messageKey(), finding.arguments().toArray()));
                generator.writeStringField("why", english.text(finding.messageKey() + ".why"));
                if (finding.span() == null) {
                    generator.writeNullField("start");
                    generator.writeNullField("end");
                } else {
                    generator.writeNumberField("start", finding.span().start());
                    generator.writeNumberField("end", finding.span().end());
                }
                if (entry.channel() == null) {
                    generator.writeNullField("channel");
                } else {
                    generator.writeStringField("channel", entry.channel().id());
                }
                generator.writeEndObject();
            }
            generator.writeEndArray();
            generator.writeEndObject();
        });
    }

    private static void writeText(List<PostRules.PostFinding> findings, PrintStream out, Messages messages) {
        if (findings.isEmpty()) {
            out.println(messages.text("cli.lint.noFindings"));
        }
        for (PostRules.PostFinding entry : findings) {
            Finding finding = entry.finding();
            out.println(messages.text("cli.lint.severity." + finding.severity().id()) + " [" + finding.rule() + "]"
                    + (entry.channel() == null ? "" : " (" + entry.channel().brandName() + ")") + " "
                    + messages.format(finding.messageKey(), finding.arguments().toArray()));
        }
    }
}
