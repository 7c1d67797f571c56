package app.herold.cli;

import app.herold.channels.media.StoredImageFacts;
import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostLimits;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.storage.Database;
import java.io.IOException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herold add}: creates one post and prints its id. */
@Command(name = "add", sortOptions = false)
final class AddCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Option(names = "--text-file", required = true, paramLabel = "F", descriptionKey = "add.text-file")
    Path textFile;

    @Option(names = "--title", paramLabel = "T", descriptionKey = "add.title")
    String title;

    @Option(names = "--at", paramLabel = "YYYY-MM-DDTHH:MM", descriptionKey = "add.at")
    String at;

    @Option(names = "--zone", paramLabel = "ZONE", descriptionKey = "add.zone")
    String zone;

    @Option(names = "--channel", paramLabel = "KIND", descriptionKey = "add.channel")
    List<String> channels = new ArrayList<>();

    @Option(names = "--account", paramLabel = "NAME", descriptionKey = "add.account")
    List<String> accounts = new ArrayList<>();

    @Option(names = "--tag", paramLabel = "T", descriptionKey = "add.tag")
    List<String> tags = new ArrayList<>();

    @ArgGroup(exclusive = false, multiplicity = "0..*")
    List<ImageOption> images = new ArrayList<>();

    @Option(names = "--status", paramLabel = "STATUS", descriptionKey = "add.status")
    String status = PostStatus.DRAFT.id();

    /** {@code --image FILE [--alt TEXT]}: the alt text belongs to the image before it. */
    static final class ImageOption {
        @Option(names = "--image", required = true, paramLabel = "FILE", descriptionKey = "add.image")
        Path file;

        @Option(names = "--alt", paramLabel = "TEXT", descriptionKey = "add.alt")
        String alt;
    }

    @Override
    int run(Database database, ContentPlan plan) throws IOException {
        PostStatus postStatus = PostStatus.fromId(status)
                .orElseThrow(() -> new UserFacingException("cli.error.status", status));
        Set<ChannelKind> kinds = EnumSet.noneOf(ChannelKind.class);
        for (String channel : channels) {
            kinds.add(ChannelKind.fromId(channel).orElseThrow(() -> new UserFacingException("cli.error.channel", channel)));
        }
        List<AccountId> targets = new ArrayList<>();
        for (String name : accounts) {
            ChannelAccount account = database.accounts().findByName(name)
                    .orElseThrow(() -> new UserFacingException("cli.error.noAccount", name));
            targets.add(account.id());
            kinds.add(account.kind());
        }
        Schedule schedule = at == null ? null : parseSchedule();
        String text = readText();
        // Before any picture is copied: a text that cannot be saved should leave the data directory as it was.
        PostLimits.check(Post.newPost(null).withTitle(title).withText(text));
        for (ImageOption image : images) {
            StoredImageFacts.checkFile(image.file);
        }
        List<PostImage> postImages = new ArrayList<>();
        for (ImageOption image : images) {
            String stored = database.media().importImage(image.file);
            postImages.add(new PostImage(stored, image.alt));
        }
        Post post = Post.newPost(schedule)
                .withTitle(title)
                .withText(text)
                .withStatus(postStatus)
                .withChannels(kinds)
                .withTags(tags)
                .withImages(postImages)
                .withAccounts(targets);
        Post saved = plan.save(post);
        root().out().println(saved.id().value());
        return HeroldCommandLine.EXIT_OK;
    }

    private Schedule parseSchedule() {
        LocalDateTime local;
        try {
            local = LocalDateTime.parse(at);
        } catch (DateTimeParseException e) {
            throw new UserFacingException(e, "cli.error.at", at);
        }
        ZoneId zoneId;
        try {
            zoneId = zone == null ? root().clock().getZone() : ZoneId.of(zone);
        } catch (DateTimeException e) {
            throw new UserFacingException(e, "cli.error.zone", zone);
        }
        return Schedule.of(local, zoneId);
    }

    private String readText() throws IOException {
        return TextFiles.read(textFile);
    }

}
