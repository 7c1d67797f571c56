package app.herold.exchange;

import app.herold.Version;
import app.herold.channels.media.FitMode;
import app.herold.channels.media.FocalPoint;
import app.herold.channels.media.ImagePipeline;
import app.herold.channels.media.ImageRulesOf;
import app.herold.channels.media.PreparedImage;
import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.PostExports;
import app.herold.domain.publishing.Preparation;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.exchange.bundle.BundleImage;
import app.herold.exchange.bundle.BundleRequest;
import app.herold.exchange.bundle.ExportBundleWriter;
import app.herold.i18n.Messages;
import java.nio.file.Path;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleConsumer;
import java.util.function.Supplier;

/**
 * Makes posts ready for their channels outside Herold: renders the text as each channel takes it,
 * prepares every picture for the channel (turned upright, stripped of location data, converted,
 * scaled and cropped to its rules) and writes the bundle or the folder for posting by hand.
 */
public final class ChannelExports implements PostExports {

    private final ChannelCatalog channels;
    private final ChannelAccountStore accounts;
    private final MediaLibrary media;
    private final Path preparedFolder;
    private ImagePipeline pipeline;
    private final Path handPostingFolder;
    private final Supplier<Messages> messages;
    private final Clock clock;

    /**
     * @param workFolder where prepared pictures are cached and hand-posting folders are made, inside
     *     the data directory so they stay with the town's plan
     */
    public ChannelExports(ChannelCatalog channels, ChannelAccountStore accounts, MediaLibrary media, Path workFolder,
                          Supplier<Messages> messages, Clock clock) {
        this.channels = channels;
        this.accounts = accounts;
        this.media = media;
        this.preparedFolder = workFolder.resolve("prepared");
        this.handPostingFolder = workFolder.resolve("hand-posting");
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public List<Target> targetsOf(Post post) {
        List<Target> targets = new ArrayList<>();
        List<ChannelAccount> named = post.accounts().stream().map(accounts::find).flatMap(Optional::stream).toList();
        for (ChannelKind kind : ChannelKind.values()) {
            List<ChannelAccount> onKind = named.stream().filter(account -> account.kind() == kind).toList();
            if (!onKind.isEmpty()) {
                onKind.forEach(account -> targets.add(new Target(kind, account)));
            } else if (post.channels().contains(kind)) {
                targets.add(new Target(kind, null));
            }
        }
        return targets;
    }

    @Override
    public List<Path> exportBundles(Post post, List<Target> targets, Path outDirectory, boolean zip,
                                    DoubleConsumer progress) {
        ExportBundleWriter writer = new ExportBundleWriter();
        List<Path> written = new ArrayList<>();
        for (int index = 0; index < targets.size(); index++) {
            Target target = targets.get(index);
            DoubleConsumer part = share(progress, index, targets.size());
            Rendered rendered = render(post, target.channel(), part);
            BundleRequest request = new BundleRequest(post.id().toString(), target.channel().id(),
                    target.account() == null ? null : target.account().name(), rendered.text(),
                    rendered.pictures().stream().map(picture -> new BundleImage(picture.prepared().file(),
                            picture.altText(), picture.prepared().width(), picture.prepared().height())).toList(),
                    messages.get().text("export.noAltText"), OffsetDateTime.now(clock), Version.current());
            written.add(writer.write(request, outDirectory, zip));
        }
        progress.accept(1);
        return written;
    }

    @Override
    public Prepared prepare(Post post, Target target, DoubleConsumer progress) {
        Rendered rendered = render(post, target.channel(), progress);
        Path folder = handPostingFolder.resolve("post-" + post.id() + "-" + target.channel().id());
        List<Path> pictures = new ArrayList<>();
        try {
            java.nio.file.Files.createDirectories(folder);
            try (var old = java.nio.file.Files.list(folder)) {
                for (Path stale : old.toList()) {
                    java.nio.file.Files.deleteIfExists(stale);
                }
            }
            for (int i = 0; i < rendered.pictures().size(); i++) {
                PreparedImage picture = rendered.pictures().get(i).prepared();
                String name = String.format("%02d.%s", i + 1, extension(picture.file()));
                pictures.add(java.nio.file.Files.copy(picture.file(), folder.resolve(name)));
            }
        } catch (java.io.IOException e) {
            throw WriteFailures.of(e, folder);
        }
        progress.accept(1);
        return new Prepared(target, rendered.text(), pictures,
                rendered.pictures().stream().map(Picture::altText).toList(), folder);
    }

    /**
     * The post as an account's network takes it through its API: the rendered text and the prepared
     * pictures where the pipeline keeps them (named by content, so the same picture is prepared once).
     * The outbox's {@link Preparation}.
     */
    public Preparation.Prepared prepareForSending(Post post, ChannelAccount account) {
        Rendered rendered = render(post, account.kind(), fraction -> { });
        return new Preparation.Prepared(rendered.text(), rendered.pictures().stream()
                .map(picture -> new app.herold.domain.publishing.Picture(picture.prepared().file(),
                        "image/" + (picture.prepared().format().name().equalsIgnoreCase("jpeg") ? "jpeg"
                                : picture.prepared().format().name().toLowerCase(java.util.Locale.ROOT)),
                        picture.altText(), picture.prepared().width(), picture.prepared().height()))
                .toList());
    }

    private record Picture(PreparedImage prepared, String altText) {
    }

    private record Rendered(String text, List<Picture> pictures) {
    }

    private Rendered render(Post post, ChannelKind kind, DoubleConsumer progress) {
        Channel channel = channels.channel(kind);
        List<PostImage> images = post.images();
        int count = channel.limits().maxImages() > 0 ? Math.min(images.size(), channel.limits().maxImages()) : images.size();
        List<Picture> pictures = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            PostImage image = images.get(i);
            DoubleConsumer part = share(progress, i, count);
            PreparedImage prepared = pipeline().prepare(media.pathOf(image.mediaFile()), ImageRulesOf.channel(channel.limits()),
                    new FocalPoint(image.focusX(), image.focusY()),
                    image.fit() == PostImage.Fit.PAD ? FitMode.PAD : FitMode.CROP, part::accept);
            pictures.add(new Picture(prepared, image.altText()));
        }
        List<DraftImage> drafts = pictures.stream().map(picture -> new DraftImage(picture.prepared().file().getFileName()
                .toString(), picture.prepared().format().name().toLowerCase(java.util.Locale.ROOT),
                picture.prepared().width(), picture.prepared().height(), picture.prepared().bytes(), picture.altText()))
                .toList();
        String text = channel.render(new ChannelDraft(post.textFor(kind), drafts)).text();
        return new Rendered(text, pictures);
    }

    /** Made when the first picture is prepared: the image readers are not needed to start the window. */
    private synchronized ImagePipeline pipeline() {
        if (pipeline == null) {
            pipeline = new ImagePipeline(preparedFolder);
        }
        return pipeline;
    }

    private static DoubleConsumer share(DoubleConsumer progress, int index, int count) {
        return fraction -> progress.accept((index + Math.max(0, Math.min(1, fraction))) / Math.max(1, count));
    }

    private static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "jpg" : name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }
}
