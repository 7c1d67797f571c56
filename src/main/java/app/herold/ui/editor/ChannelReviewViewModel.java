package app.herold.ui.editor;

import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.ChannelPreview;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.ImageFacts;
import app.herold.domain.channel.RenderedText;
import app.herold.ui.common.TaskExecutor;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The post as each of its channels will take it: counted, checked, rendered and previewed, again
 * after every pause in typing. The work runs in the background, a short moment after the last
 * keystroke, so typing never waits for it; only the newest request's answer is shown.
 */
public final class ChannelReviewViewModel {

    /** How long typing must pause before the channels look at the text again. */
    static final Duration PAUSE = Duration.ofMillis(120);

    /** One channel's view of the post. */
    public record Review(ChannelKind channel, ChannelCheck check, ChannelPreview preview, RenderedText rendered,
                         boolean ownText, ChannelLimits limits) {
    }

    /** What the channels are asked about: per channel its text, and the images with their alt texts. */
    public record Request(Map<ChannelKind, String> texts, Map<ChannelKind, Boolean> ownTexts, List<ImageRef> images) {
    }

    /** An image of the post by its stored file, with the alt text typed so far. */
    public record ImageRef(String mediaFile, String altText) {
    }

    private final ChannelCatalog channels;
    private final ImageFacts imageFacts;
    private final TaskExecutor executor;
    private final ObservableList<Review> reviews = FXCollections.observableArrayList();
    private final Map<String, DraftImage> knownImages = new ConcurrentHashMap<>();
    private TaskExecutor.Cancellable pending;
    /** Raised on the UI thread by every request; read in the background to drop work a newer request replaced. */
    private volatile long requested;

    public ChannelReviewViewModel(ChannelCatalog channels, ImageFacts imageFacts, TaskExecutor executor) {
        this.channels = channels;
        this.imageFacts = imageFacts;
        this.executor = executor;
    }

    /** The reviews of the post's channels, in the channels' order. */
    public ObservableList<Review> reviews() {
        return reviews;
    }

    /** Reviews the post again after the typing pause; an earlier request not yet started is replaced. */
    public void review(Request request) {
        long generation = ++requested;
        if (pending != null) {
            pending.cancel();
        }
        pending = executor.schedule(PAUSE, () -> executor.submit(() -> compute(request, generation), result -> {
            if (generation == requested) {
                reviews.setAll(result);
            }
        }, problem -> {
            if (generation == requested) {
                reviews.clear();
            }
        }));
    }

    /** Reviews at once, for the first look at a post just opened. */
    public void reviewNow(Request request) {
        long generation = ++requested;
        if (pending != null) {
            pending.cancel();
        }
        executor.submit(() -> compute(request, generation), result -> {
            if (generation == requested) {
                reviews.setAll(result);
            }
        }, problem -> reviews.clear());
    }

    public void clear() {
        ++requested;
        if (pending != null) {
            pending.cancel();
        }
        reviews.clear();
    }

    /** A picture that cannot be read is still counted; the editor reports the file problem where it was added. */
    private DraftImage describe(String mediaFile) {
        try {
            return imageFacts.describe(mediaFile, "");
        } catch (RuntimeException unreadable) {
            return new DraftImage(mediaFile, "", 0, 0, 0, "");
        }
    }

    /**
     * The reviews, or null once a newer request has come: a long text takes seconds per channel, and
     * reviews of texts already typed over would otherwise hold up the saves queued behind them.
     */
    private List<Review> compute(Request request, long generation) {
        if (generation != requested) {
            return null;
        }
        List<DraftImage> images = new ArrayList<>();
        for (ImageRef image : request.images()) {
            DraftImage facts = knownImages.computeIfAbsent(image.mediaFile(), this::describe);
            images.add(new DraftImage(facts.fileName(), facts.format(), facts.width(), facts.height(), facts.bytes(),
                    image.altText()));
        }
        List<Review> result = new ArrayList<>();
        for (ChannelKind kind : ChannelKind.values()) {
            String text = request.texts().get(kind);
            if (text == null) {
                continue;
            }
            if (generation != requested) {
                return null;
            }
            ChannelDraft draft = new ChannelDraft(text, images);
            var channel = channels.channel(kind);
            result.add(new Review(kind, channel.check(draft), channel.preview(draft), channel.render(draft),
                    request.ownTexts().getOrDefault(kind, false), channel.limits()));
        }
        return result;
    }
}
