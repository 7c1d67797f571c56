package app.herold.cli;

import app.herold.channels.Channels;
import app.herold.domain.UserFacingException;
import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.Finding;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold lint}: a text or a saved post measured and checked as one channel does it. Exits 0
 * when nothing keeps the post from going out, {@value #EXIT_BLOCKED} when a finding does, so scripts
 * can stop on it.
 */
@Command(name = "lint", sortOptions = false)
final class LintCommand implements Callable<Integer> {

    static final int EXIT_BLOCKED = 3;

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--channel", required = true, paramLabel = "KIND", descriptionKey = "lint.channel")
    String channel;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Source source;

    @Option(names = "--json", descriptionKey = "lint.json")
    boolean json;

    static final class Source {
        @Option(names = "--text-file", required = true, paramLabel = "F", descriptionKey = "lint.text-file")
        Path textFile;

        @Option(names = "--post", required = true, paramLabel = "ID", descriptionKey = "lint.post")
        Long post;
    }

    @Override
    public Integer call() throws IOException {
        ChannelKind kind = ChannelKind.fromId(channel).orElseThrow(() -> new UserFacingException("cli.error.channel", channel));
        Channel checked = Channels.load().channel(kind);
        ChannelDraft draft = source.textFile != null ? ChannelDraft.textOnly(TextFiles.read(source.textFile)) : draftOfPost(kind);
        ChannelCheck check = checked.check(draft);
        if (json) {
            writeJson(check, root.out());
        } else {
            writeText(check, root.out(), root.messages());
        }
        return check.blocks() ? EXIT_BLOCKED : HeroldCommandLine.EXIT_OK;
    }

    private ChannelDraft draftOfPost(ChannelKind kind) {
        if (source.post <= 0 || !Files.isDirectory(root.dataDirectory())) {
            throw new UserFacingException(Files.isDirectory(root.dataDirectory()) ? "cli.error.noPost"
                    : "cli.error.noDataDirectory", Files.isDirectory(root.dataDirectory())
                    ? String.valueOf(source.post) : root.dataDirectory().toString());
        }
        app.herold.Logging.toDataDirectory(root.dataDirectory());
        try (Database database = Database.open(root.dataDirectory(), root.clock())) {
            Post post = database.posts().find(PostId.of(source.post))
                    .orElseThrow(() -> new UserFacingException("cli.error.noPost", String.valueOf(source.post)));
            List<DraftImage> images = post.images().stream()
                    .map(image -> MediaFacts.describe(database.media().pathOf(image.mediaFile()), image.altText()))
                    .toList();
            return new ChannelDraft(post.textFor(kind), images);
        }
    }

    private static void writeJson(ChannelCheck check, PrintStream out) throws IOException {
        Messages english = Messages.forLocale(Messages.ENGLISH);
        Console.printJson(out, json -> {
            json.writeStartObject();
            json.writeStringField("channel", check.channel().id());
            json.writeNumberField("length", check.length());
            json.writeNumberField("limit", check.limit());
            json.writeStringField("unit", check.unit().name().toLowerCase(java.util.Locale.ROOT));
            writeStrings(json, "hashtags", check.hashtags());
            writeStrings(json, "mentions", check.mentions());
            writeStrings(json, "urls", check.urls());
            json.writeArrayFieldStart("findings");
            for (Finding finding : check.findings()) {
                json.writeStartObject();
                json.writeStringField("rule", finding.rule());
                json.writeStringField("severity", finding.severity().id());
                // Scripts compare messages more easily in one language; the German one is added beside it.
                json.writeStringField("message", english.format(finding.messageKey(), finding.arguments().toArray()));
                json.writeStringField("messageDe", Messages.forLocale(Messages.GERMAN)
                        .format(finding.messageKey(), finding.arguments().toArray()));
                if (finding.span() != null) {
                    json.writeNumberField("start", finding.span().start());
                    json.writeNumberField("end", finding.span().end());
                }
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeEndObject();
        });
    }

    private static void writeStrings(JsonGenerator json, String field, List<String> values) throws IOException {
        json.writeArrayFieldStart(field);
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
    }

    private static void writeText(ChannelCheck check, PrintStream out, Messages messages) {
        String limit = check.limit() > 0 ? messages.format("cli.lint.limit", check.limit()) : messages.text("cli.lint.noLimit");
        out.println(messages.format("cli.lint.length", check.channel().brandName(), check.length(), limit,
                messages.text("cli.lint.unit." + check.unit().name().toLowerCase(java.util.Locale.ROOT))));
        out.println(messages.format("cli.lint.entities", join(check.hashtags(), "#"), join(check.mentions(), "@"),
                join(check.urls(), "")));
        if (check.findings().isEmpty()) {
            out.println(messages.text("cli.lint.noFindings"));
        }
        for (Finding finding : check.findings()) {
            out.println(messages.text("cli.lint.severity." + finding.severity().id()) + " [" + finding.rule() + "] "
                    + messages.format(finding.messageKey(), finding.arguments().toArray()));
        }
    }

    private static String join(List<String> values, String prefix) {
        return values.isEmpty() ? "–" : String.join(" ", values.stream().map(value -> prefix + value).toList());
    }
}
