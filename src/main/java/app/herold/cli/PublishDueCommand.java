package app.herold.cli;

import app.herold.PublishingWiring;
import app.herold.domain.UserFacingException;
import app.herold.channels.Channels;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.PublishTarget;
import app.herold.exchange.ChannelExports;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.io.IOException;
import java.io.PrintStream;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold publish-due [--dry-run] [--json]}: one pass of the outbox for a scheduler (cron, a systemd
 * timer, Windows Task Scheduler) while the window is closed. Sends what is due, hands over to the platforms
 * what falls within their own scheduling, checks lost answers; exits 1 when anything needs the user.
 */
@Command(name = "publish-due", sortOptions = false)
final class PublishDueCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--dry-run", descriptionKey = "publish-due.dry-run")
    boolean dryRun;

    @Option(names = "--json", descriptionKey = "publish-due.json")
    boolean json;

    @Override
    HeroldCommand root() {
        return root;
    }

    /**
     * While Herold's window has the data folder open, the window sends by itself: a timer that calls this
     * command every few minutes must not report a failure for it.
     */
    @Override
    Integer callWhenOpenElsewhere(UserFacingException refusal) {
        if (!refusal.messageKey().equals("error.alreadyRunning")) {
            throw refusal;
        }
        root.out().println(root.messages().format("cli.publish.windowSends"));
        return HeroldCommandLine.EXIT_OK;
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Database database, ContentPlan plan) throws IOException {
        Messages messages = root.messages();
        ChannelExports exports = new ChannelExports(Channels.load(), database.accounts(), database.media(),
                database.directory().resolve("work"), root::messages, root.clock());
        Outbox outbox = PublishingWiring.outbox(database, PublishingWiring.publishers(root.clock()),
                exports::prepareForSending,
                PublishingWiring.secretsForCommands(database.directory(), root::environment), root.clock(),
                new MissedTargets(database.preferences().load().missedLimit()));
        Outbox.Report report = dryRun ? outbox.dryRun() : outbox.run();
        PrintStream out = root.out();
        if (json) {
            Console.printJsonArray(out, report.events(), (generator, event) -> {
                PublishTarget target = event.target();
                generator.writeStartObject();
                generator.writeNumberField("postId", target.post() == null ? 0 : target.post().value());
                generator.writeStringField("title", event.postTitle());
                generator.writeStringField("account", event.account().name());
                generator.writeStringField("channel", event.account().kind().id());
                generator.writeStringField("event", eventId(event.kind()));
                generator.writeStringField("state", target.state().id());
                generator.writeStringField("dueAt", target.dueAt().toString());
                generator.writeStringField("url", target.remoteUrl());
                generator.writeStringField("problem", target.problem() == null ? "" : messages.describe(target.problem()));
                generator.writeEndObject();
            });
        } else if (report.events().isEmpty()) {
            out.println(messages.text("cli.publish.nothing"));
        } else {
            // Days as the window writes them: "So., 29.11.2026, 09:00".
            java.util.function.Function<java.time.Instant, String> when = instant -> {
                java.time.ZonedDateTime at = instant.atZone(root.clock().getZone());
                return messages.day(at.toLocalDate()) + ", " + messages.timeFormat().format(at.toLocalTime());
            };
            for (Outbox.Event event : report.events()) {
                PublishTarget target = event.target();
                String detail = switch (event.kind()) {
                    case SENT -> target.remoteUrl();
                    case HANDED_OVER, WOULD_HAND_OVER, MISSED, WOULD_SEND -> when.apply(target.dueAt());
                    case WAITING -> messages.describe(target.problem()) + " " + messages.format("cli.publish.nextAttempt",
                            target.nextAttemptAt() == null ? "" : when.apply(target.nextAttemptAt()));
                    case FAILED, CHECKING -> target.problem() == null ? "" : messages.describe(target.problem());
                    case WITHDRAWN -> "";
                };
                out.println(messages.format("cli.publish." + eventId(event.kind()), event.postTitle(),
                        event.account().name(), detail));
            }
        }
        return report.anythingFailed() ? HeroldCommandLine.EXIT_FAILURE : HeroldCommandLine.EXIT_OK;
    }

    private static String eventId(Outbox.Event.Kind kind) {
        return kind.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
