package app.herold.ui.editor;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.ChannelPreview;
import app.herold.domain.channel.PreviewRun;
import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import app.herold.ui.common.Thumbnails;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.image.ImageView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * A post drawn the way its channel shows it: a WhatsApp channel's green bubble with WhatsApp's
 * formatting, an Instagram picture with the caption cut at "… mehr", and the cards of Facebook,
 * Mastodon, Telegram and Bluesky. Not a copy of their screens: enough to see formatting, links,
 * where the text folds and which pictures go along.
 */
final class ChannelPreviewView extends VBox {

    private final Messages messages;
    private final Thumbnails thumbnails;
    private boolean expanded;
    private ChannelPreview shown;
    private List<ImageItem> shownImages = List.of();
    private app.herold.domain.channel.ChannelLimits limits;
    private String shownAccount = "";

    ChannelPreviewView(Messages messages, Thumbnails thumbnails) {
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().add("channel-preview");
        setSpacing(8);
        setFillWidth(true);
    }

    void show(ChannelPreview preview, List<ImageItem> images, app.herold.domain.channel.ChannelLimits channelLimits,
              String accountName) {
        if (shown == null || shown.channel() != preview.channel()) {
            expanded = false;
            getStyleClass().removeIf(style -> style.startsWith("preview-"));
            getStyleClass().add("preview-" + preview.channel().id());
        }
        shown = preview;
        shownImages = List.copyOf(images.subList(0, Math.min(images.size(), preview.imageCount())));
        limits = channelLimits;
        shownAccount = accountName;
        redraw();
    }

    private void redraw() {
        List<Node> parts = new ArrayList<>();
        ChannelKind kind = shown.channel();
        Node header = header(kind);
        Node pictures = pictures();
        TextFlow text = text();
        switch (kind) {
            case INSTAGRAM -> {
                parts.add(header);
                if (pictures != null) {
                    parts.add(pictures);
                }
                parts.add(text);
            }
            case WHATSAPP -> {
                VBox bubble = new VBox(6);
                bubble.getStyleClass().add("preview-bubble");
                if (pictures != null) {
                    bubble.getChildren().add(pictures);
                }
                Label time = new Label(messages.text("preview.time"));
                time.getStyleClass().add("preview-time");
                HBox timeRow = new HBox(time);
                timeRow.setAlignment(Pos.CENTER_RIGHT);
                bubble.getChildren().addAll(text, timeRow);
                parts.add(header);
                parts.add(bubble);
            }
            default -> {
                parts.add(header);
                parts.add(text);
                if (pictures != null) {
                    parts.add(pictures);
                }
            }
        }
        getChildren().setAll(parts);
    }

    private Node header(ChannelKind kind) {
        Region avatar = new Region();
        avatar.getStyleClass().add("preview-avatar");
        Label name = new Label(shownAccount.isBlank() ? messages.text("preview.town") : shownAccount);
        name.getStyleClass().add("preview-name");
        name.setMinWidth(0);
        HBox.setHgrow(name, Priority.ALWAYS);
        HBox header = new HBox(8, avatar, name, Icons.channelIcon(kind, 16));
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node pictures() {
        if (shownImages.isEmpty() || thumbnails == null) {
            return null;
        }
        TilePane tiles = new TilePane(4, 4);
        tiles.getStyleClass().add("preview-pictures");
        int size = shownImages.size() == 1 ? 300 : 148;
        tiles.setPrefColumns(shownImages.size() == 1 ? 1 : 2);
        for (ImageItem item : shownImages) {
            javafx.scene.image.Image image = thumbnails.get(item.mediaFile(), size);
            ImageView picture = new ImageView(image);
            picture.setFitWidth(size);
            picture.setFitHeight(size);
            picture.setPreserveRatio(true);
            Runnable crop = () -> picture.setViewport(cropOf(image, item));
            image.progressProperty().addListener((observable, old, progress) -> {
                if (progress.doubleValue() >= 1) {
                    crop.run();
                }
            });
            crop.run();
            tiles.getChildren().add(picture);
        }
        return tiles;
    }

    /**
     * The part of the picture the channel will show: cropped around its focus into the channel's
     * accepted shape, as the export does; a picture to be padded is shown whole.
     */
    private javafx.geometry.Rectangle2D cropOf(javafx.scene.image.Image image, ImageItem item) {
        double width = image.getWidth();
        double height = image.getHeight();
        if (width <= 0 || height <= 0 || limits == null || item.fitProperty().get() == app.herold.domain.post.PostImage.Fit.PAD) {
            return null;
        }
        double aspect = width / height;
        double cropWidth = width;
        double cropHeight = height;
        if (limits.maxAspect() > 0 && aspect > limits.maxAspect()) {
            cropWidth = height * limits.maxAspect();
        } else if (limits.minAspect() > 0 && aspect < limits.minAspect()) {
            cropHeight = width / limits.minAspect();
        }
        double x = Math.max(0, Math.min(width - cropWidth, item.focusXProperty().get() * width - cropWidth / 2));
        double y = Math.max(0, Math.min(height - cropHeight, item.focusYProperty().get() * height - cropHeight / 2));
        return new javafx.geometry.Rectangle2D(x, y, cropWidth, cropHeight);
    }

    private TextFlow text() {
        TextFlow flow = new TextFlow();
        flow.getStyleClass().add("preview-text");
        int fold = shown.foldAfter();
        int written = 0;
        for (PreviewRun run : shown.runs()) {
            String piece = run.text();
            if (written + piece.length() > MOST_CHARACTERS) {
                flow.getChildren().add(run(new PreviewRun(piece.substring(0, MOST_CHARACTERS - written), run.bold(),
                        run.italic(), run.link())));
                Text cut = new Text(messages.format("preview.cut", totalLength() - MOST_CHARACTERS));
                cut.getStyleClass().addAll("preview-run", "preview-placeholder");
                flow.getChildren().add(cut);
                return flow;
            }
            if (fold >= 0 && !expanded && written + piece.length() > fold) {
                flow.getChildren().add(run(new PreviewRun(piece.substring(0, Math.max(0, fold - written)), run.bold(),
                        run.italic(), run.link())));
                Hyperlink more = new Hyperlink(messages.text("preview.more"));
                more.getStyleClass().add("preview-more");
                more.setOnAction(event -> {
                    expanded = true;
                    redraw();
                });
                flow.getChildren().add(more);
                return flow;
            }
            flow.getChildren().add(run(run));
            written += piece.length();
        }
        if (shown.runs().isEmpty()) {
            Text empty = new Text(messages.text("preview.empty"));
            empty.getStyleClass().addAll("preview-run", "preview-placeholder");
            flow.getChildren().add(empty);
        }
        return flow;
    }

    /**
     * Characters drawn at most, above every channel's limit but Facebook's 63,206: a pasted megabyte as
     * text nodes held up the window for seconds and filled the memory; the count above says the length.
     */
    static final int MOST_CHARACTERS = 20_000;

    private int totalLength() {
        return shown.runs().stream().mapToInt(run -> run.text().length()).sum();
    }

    private static Text run(PreviewRun run) {
        Text text = new Text(run.text());
        text.getStyleClass().add("preview-run");
        if (run.bold()) {
            text.getStyleClass().add("run-bold");
        }
        if (run.italic()) {
            text.getStyleClass().add(run.bold() ? "run-bold-italic" : "run-italic");
        }
        if (run.link()) {
            text.getStyleClass().add("run-link");
        }
        return text;
    }
}
