package app.herold.channels.common;

import app.herold.channels.text.TextEntities;
import app.herold.channels.text.TextEntity;
import app.herold.channels.text.TextMeasure;
import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelLimits;
import app.herold.domain.channel.ChannelPreview;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.PreviewRun;
import app.herold.domain.channel.RenderedText;
import app.herold.domain.channel.Severity;
import app.herold.domain.channel.TextSpan;
import app.herold.domain.text.FormattedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What every channel checks in the same way: the text's length in the platform's unit against its
 * limit, hashtag and mention counts, the number of images, their formats, sizes and aspect ratios
 * against what the platform takes, and their descriptions. A channel's own class says how it renders
 * and counts, and adds the checks only it has.
 *
 * <p>Image findings about format, size and shape are hints: the media pipeline converts, scales and
 * crops each image for the channel. Only what it cannot fix (too many images, none where one is
 * needed) keeps the post from going out.
 */
public abstract class StandardChannel implements Channel {

    private final ChannelLimits limits;

    protected StandardChannel(ChannelLimits limits) {
        this.limits = limits;
    }

    @Override
    public final ChannelKind kind() {
        return limits.kind();
    }

    @Override
    public final ChannelLimits limits() {
        return limits;
    }

    @Override
    public RenderedText render(ChannelDraft draft) {
        String plain = PlainText.render(FormattedText.parse(draft.text()));
        return new RenderedText(kind(), plain, plain);
    }

    @Override
    public ChannelPreview preview(ChannelDraft draft) {
        List<PreviewRun> runs = PreviewRuns.of(FormattedText.parse(draft.text()), previewStyle());
        int visibleLength = runs.stream().mapToInt(run -> run.text().length()).sum();
        int fold = limits.foldAfter() > 0 && visibleLength > limits.foldAfter() ? limits.foldAfter() : -1;
        int images = limits.maxImages() > 0 ? Math.min(limits.maxImages(), draft.images().size()) : draft.images().size();
        return new ChannelPreview(kind(), runs, fold, images);
    }

    /** How the platform shows formatting and which entities it links; plain text with links by default. */
    protected PreviewRuns.Style previewStyle() {
        return new PreviewRuns.Style(false, false, true, true, true);
    }

    /** The length of the visible text as the platform counts it. */
    protected int length(String visible) {
        return switch (limits.textUnit()) {
            case GRAPHEMES -> TextMeasure.graphemes(visible);
            case UTF16_UNITS -> TextMeasure.utf16Units(visible);
            case UTF8_BYTES -> TextMeasure.utf8Bytes(visible);
        };
    }

    /** Checks only this channel has; none by default. */
    protected void addChannelFindings(ChannelDraft draft, String visible, TextEntities entities, List<Finding> findings) {
    }

    @Override
    public ChannelCheck check(ChannelDraft draft) {
        String visible = render(draft).visible();
        TextEntities entities = TextEntities.of(visible);
        boolean withImages = !draft.images().isEmpty();
        int length = length(visible);
        int limit = limits.textLimit(withImages);
        List<Finding> findings = new ArrayList<>();

        if (visible.isBlank() && !withImages) {
            findings.add(Finding.of("text.empty", Severity.BLOCKER, "finding.text.empty", kind().brandName()));
        }
        if (limit > 0 && length > limit) {
            findings.add(Finding.of("text.length", Severity.BLOCKER, "finding.text.length", length - limit,
                    kind().brandName(), limit).at(new TextSpan(overflowStart(visible, limit), visible.length())));
        }
        if (limits.byteLimit() > 0 && TextMeasure.utf8Bytes(visible) > limits.byteLimit()) {
            findings.add(Finding.of("text.bytes", Severity.BLOCKER, "finding.text.bytes",
                    TextMeasure.utf8Bytes(visible), kind().brandName(), limits.byteLimit()));
        }
        if (limits.warnAbove() > 0 && length > limits.warnAbove()) {
            findings.add(Finding.of("text.long", Severity.WARNING, "finding.text.long", length, kind().brandName(),
                    limits.warnAbove()));
        }
        countEntities(entities.hashtags(), limits.maxHashtags(), "hashtags.count", "finding.hashtags.count", findings);
        countEntities(entities.mentions(), limits.maxMentions(), "mentions.count", "finding.mentions.count", findings);
        checkImages(draft.images(), findings);
        addChannelFindings(draft, visible, entities, findings);

        return new ChannelCheck(kind(), length, limit, limits.textUnit(),
                entities.hashtags().stream().map(TextEntity::value).toList(),
                entities.mentions().stream().map(TextEntity::value).toList(),
                entities.urls().stream().map(TextEntity::value).toList(), findings);
    }

    /** Where the text passes the limit, so the editor can mark what does not fit. */
    private int overflowStart(String visible, int limit) {
        int low = 0;
        int high = visible.length();
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (length(visible.substring(0, middle)) <= limit) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return Math.max(0, low - 1);
    }

    private void countEntities(List<TextEntity> found, int max, String rule, String key, List<Finding> findings) {
        if (max > 0 && found.size() > max) {
            TextEntity firstTooMany = found.get(max);
            findings.add(Finding.of(rule, Severity.BLOCKER, key, found.size(), kind().brandName(), max)
                    .at(new TextSpan(firstTooMany.start(), found.get(found.size() - 1).end())));
        }
    }

    private void checkImages(List<DraftImage> images, List<Finding> findings) {
        String brand = kind().brandName();
        if (images.size() < limits.minImages()) {
            findings.add(Finding.of("images.missing", Severity.BLOCKER, "finding.images.missing", brand));
        }
        if (limits.maxImages() > 0 && images.size() > limits.maxImages()) {
            findings.add(Finding.of("images.count", Severity.BLOCKER, "finding.images.count", images.size(), brand,
                    limits.maxImages()));
        }
        for (int i = 0; i < images.size(); i++) {
            DraftImage image = images.get(i);
            int number = i + 1;
            String format = image.format() == null ? "" : image.format().toLowerCase(Locale.ROOT);
            if (!limits.acceptedFormats().contains(format) || limits.alwaysJpeg() && !format.equals("jpeg")) {
                findings.add(Finding.of("image.format", Severity.INFO, "finding.image.format", number, brand));
            }
            double aspect = image.height() > 0 ? (double) image.width() / image.height() : 1;
            if (limits.minAspect() > 0 && aspect < limits.minAspect() - 0.005
                    || limits.maxAspect() > 0 && aspect > limits.maxAspect() + 0.005) {
                findings.add(Finding.of("image.aspect", Severity.INFO, "finding.image.aspect", number, brand));
            }
            if (limits.minWidth() > 0 && image.width() < limits.minWidth()) {
                findings.add(Finding.of("image.small", Severity.WARNING, "finding.image.small", number, image.width(),
                        brand, limits.minWidth()));
            }
            if (tooBig(image)) {
                findings.add(Finding.of("image.size", Severity.INFO, "finding.image.size", number, brand));
            }
            if (limits.altText() && image.altText().isBlank()) {
                findings.add(Finding.of("image.alt-missing", Severity.WARNING, "finding.image.altMissing", number));
            }
            if (limits.altText() && limits.altTextLimit() > 0
                    && TextMeasure.graphemes(image.altText()) > limits.altTextLimit()) {
                findings.add(Finding.of("image.alt-length", Severity.BLOCKER, "finding.image.altLength", number,
                        TextMeasure.graphemes(image.altText()), brand, limits.altTextLimit()));
            }
        }
    }

    private boolean tooBig(DraftImage image) {
        return limits.maxFileBytes() > 0 && image.bytes() > limits.maxFileBytes()
                || limits.maxWidth() > 0 && image.width() > limits.maxWidth()
                || limits.maxHeight() > 0 && image.height() > limits.maxHeight()
                || limits.maxPixels() > 0 && (long) image.width() * image.height() > limits.maxPixels()
                || limits.maxWidthPlusHeight() > 0 && image.width() + image.height() > limits.maxWidthPlusHeight();
    }
}
