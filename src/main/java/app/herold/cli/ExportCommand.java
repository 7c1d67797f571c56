package app.herold.cli;

import app.herold.channels.Channels;
import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.PostExports;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.exchange.ChannelExports;
import app.herold.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold export}: a post's ready-to-post bundles, one per channel target, in a folder or ZIP
 * each, with the rendered text, the prepared pictures, their alt texts and manifest.json. Prints
 * the path of every bundle written.
 */
@Command(name = "export", sortOptions = false)
final class ExportCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--post", required = true, paramLabel = "ID", descriptionKey = "export.post")
    long post;

    @Option(names = "--channel", paramLabel = "KIND", descriptionKey = "export.channel")
    List<String> channels = new ArrayList<>();

    @Option(names = "--out", required = true, paramLabel = "DIR", descriptionKey = "export.out")
    Path out;

    @Option(names = "--zip", descriptionKey = "export.zip")
    boolean zip;

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
        for (String channel : channels) {
            ChannelKind.fromId(channel).orElseThrow(() -> new UserFacingException("cli.error.channel", channel));
        }
    }

    @Override
    int run(Database database, ContentPlan plan) throws Exception {
        Post found = (post > 0 ? database.posts().find(PostId.of(post)) : java.util.Optional.<Post>empty())
                .orElseThrow(() -> new UserFacingException("cli.error.noPost", String.valueOf(post)));
        PostExports exports = new ChannelExports(Channels.load(), database.accounts(), database.media(),
                database.directory().resolve("work"), root::messages, root.clock());
        List<PostExports.Target> targets = chosenTargets(exports.targetsOf(found));
        if (targets.isEmpty()) {
            throw new UserFacingException("cli.error.noTargets", String.valueOf(post));
        }
        Files.createDirectories(out);
        for (Path bundle : exports.exportBundles(found, targets, out, zip, fraction -> { })) {
            root.out().println(bundle.toAbsolutePath());
        }
        return HeroldCommandLine.EXIT_OK;
    }

    /** The post's targets on the chosen channels; a chosen channel the post does not target is exported too. */
    private List<PostExports.Target> chosenTargets(List<PostExports.Target> ofPost) {
        if (channels.isEmpty()) {
            return ofPost;
        }
        Set<ChannelKind> chosen = EnumSet.noneOf(ChannelKind.class);
        channels.forEach(channel -> chosen.add(ChannelKind.fromId(channel).orElseThrow()));
        List<PostExports.Target> targets = new ArrayList<>();
        for (ChannelKind kind : chosen) {
            List<PostExports.Target> onKind = ofPost.stream().filter(target -> target.channel() == kind).toList();
            targets.addAll(onKind.isEmpty() ? List.of(new PostExports.Target(kind, null)) : onKind);
        }
        return targets;
    }
}
