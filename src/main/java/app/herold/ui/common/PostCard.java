package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Pos;
import javafx.geometry.VPos;
import javafx.scene.AccessibleAttribute;
import javafx.scene.AccessibleRole;
import javafx.scene.control.Tooltip;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.text.Text;

/**
 * A post on the calendar. The compact form (month cells, ideas tray) has two short lines: status
 * icon, time and channel icons, then the headline, drawn on one canvas ({@link CardFace}). The large
 * form (week columns) is made of nodes and adds a text snippet and the first image.
 *
 * <p>A card is reused for whatever post its slot shows, and showing another post changes only
 * texts, icons and pseudo-classes, never ids or style classes: those would make JavaFX match every
 * stylesheet rule again for the whole card, which made turning a month page cost several frames.
 * The status is always an icon and a word (tooltip), never colour alone.
 */
public final class PostCard extends BorderPane {

    private static final double ARCHIVED_OPACITY = 0.8;

    private final boolean large;
    private final Messages messages;
    private final Thumbnails thumbnails;
    /** All the compact card shows; null on a large card. */
    private final CardFace face;
    /** The large card's nodes; null on a compact card. */
    private final IconGlyph statusIcon;
    /** The status colour along the card's left edge; a leaf, so a status change restyles only it. */
    private final Region statusStripe;
    private final Text time;
    private final HBox channelIcons;
    /** The large card's headline, up to two lines. */
    private final TextBlock title;
    private final List<IconGlyph> channelSlots = new ArrayList<>();
    private TextBlock snippet;
    private ImageView thumbnail;
    private Tooltip tooltip;
    private PostSummary post;
    private PostStatus shownStatus;
    private int channelCount;

    public PostCard(boolean large, Messages messages, Thumbnails thumbnails) {
        this.large = large;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().addAll(Styles.CARD, large ? Styles.CARD_LARGE : Styles.CARD_COMPACT);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);

        title = large ? new TextBlock(Styles.CARD_TITLE, 2) : null;

        if (large) {
            face = null;
            statusIcon = new IconGlyph();
            statusIcon.getStyleClass().add(Styles.STATUS_ICON);
            statusStripe = new Region();
            statusStripe.getStyleClass().add(Styles.STATUS_STRIPE);
            statusStripe.setManaged(false);
            statusStripe.setMouseTransparent(true);
            time = new Text();
            time.getStyleClass().add(Styles.CARD_TIME);
            time.setTextOrigin(VPos.CENTER);
            channelIcons = new HBox(1);
            channelIcons.setAlignment(Pos.CENTER_LEFT);
            channelIcons.setMinWidth(0);
            HBox meta = new HBox(6, statusIcon, time, channelIcons);
            meta.setAlignment(Pos.CENTER_LEFT);
            snippet = new TextBlock(Styles.CARD_SNIPPET, 3);
            VBox text = new VBox(2, meta, title, snippet);
            text.setMinWidth(0);
            setCenter(text);
            thumbnail = new ImageView();
            thumbnail.setFitWidth(48);
            thumbnail.setFitHeight(48);
            thumbnail.setPreserveRatio(true);
            thumbnail.getStyleClass().add(Styles.CARD_THUMBNAIL);
            BorderPane.setAlignment(thumbnail, Pos.TOP_RIGHT);
            setRight(thumbnail);
            getChildren().add(statusStripe);
        } else {
            face = new CardFace();
            statusIcon = null;
            statusStripe = null;
            time = null;
            channelIcons = null;
            getChildren().add(face);
        }
        // Tooltips are made on the first hover: a month grid would otherwise build 126 of them.
        addEventHandler(MouseEvent.MOUSE_ENTERED, event -> {
            if (tooltip == null && post != null) {
                tooltip = new Tooltip(describe(post));
                Tooltip.install(this, tooltip);
            }
        });
    }

    public PostSummary post() {
        return post;
    }

    /** Shows a post, or hides the card when {@code summary} is null. */
    public void show(PostSummary summary) {
        this.post = summary;
        setVisible(summary != null);
        setManaged(summary != null);
        if (summary == null) {
            return;
        }
        PostStatus status = summary.status();
        boolean scheduled = summary.schedule() != null;
        String headline = summary.headline().isBlank() ? messages.text("card.untitled") : summary.headline();
        if (status != shownStatus) {
            setOpacity(status == PostStatus.ARCHIVED ? ARCHIVED_OPACITY : 1);
            if (large) {
                showStatusOnLeaves(status);
            }
            shownStatus = status;
        }
        if (large) {
            time.setText(scheduled ? messages.timeFormat().format(summary.schedule().localTime()) : "");
            time.setVisible(scheduled);
            time.setManaged(scheduled);
            showChannels(summary);
            title.setText(headline);
            String rest = snippetAfterHeadline(summary);
            snippet.setText(rest);
            snippet.setVisible(!rest.isBlank());
            snippet.setManaged(!rest.isBlank());
            boolean hasImage = summary.firstImage() != null && thumbnails != null;
            thumbnail.setImage(hasImage ? thumbnails.get(summary.firstImage(), 48) : null);
            thumbnail.setVisible(hasImage);
            thumbnail.setManaged(hasImage);
        } else {
            face.show(status, scheduled ? messages.shortTimeFormat().format(summary.schedule().localTime()) : "",
                    summary.channels(), headline);
            requestLayout();
        }
        if (tooltip != null) {
            tooltip.setText(describe(summary));
        }
    }

    /**
     * The large card's status on the two leaves that show it, not on the card: a pseudo-class on the
     * card would restyle all of its nodes.
     */
    private void showStatusOnLeaves(PostStatus status) {
        if (shownStatus != null) {
            statusIcon.pseudoClassStateChanged(Styles.state(shownStatus), false);
            statusStripe.pseudoClassStateChanged(Styles.state(shownStatus), false);
        }
        statusIcon.pseudoClassStateChanged(Styles.state(status), true);
        statusStripe.pseudoClassStateChanged(Styles.state(status), true);
        statusIcon.show(Icons.of(status));
    }

    @Override
    protected void layoutChildren() {
        if (large) {
            super.layoutChildren();
            // Over the left edge, inside the rounded corners; the card's own border there stays empty.
            statusStripe.resizeRelocate(0, 0, statusStripe.prefWidth(-1), getHeight());
        } else {
            layoutCompact();
        }
    }

    @Override
    protected double computePrefWidth(double height) {
        if (large) {
            return super.computePrefWidth(height);
        }
        return snappedLeftInset() + snapSizeX(face.contentWidth()) + snappedRightInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return large ? super.computeMinWidth(height) : snappedLeftInset() + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        if (large) {
            return super.computePrefHeight(width);
        }
        // Snapped as a box inside the card would be, so the cards stack on whole pixels.
        return snappedTopInset() + snapSizeY(face.contentHeight()) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return large ? super.computeMinHeight(width) : snappedTopInset() + snappedBottomInset();
    }

    /** The compact card: its face covers it and draws within the card's insets. */
    private void layoutCompact() {
        face.relocate(0, 0);
        face.draw(getWidth(), getHeight(), snappedLeftInset(), snappedTopInset(), getWidth() - snappedRightInset());
    }

    /** The headline as the card shows it: whole, or cut with "…" on a compact card too narrow for it. */
    public String shownHeadline() {
        return large ? title.getText() : face.shownHeadline();
    }

    /** Screen readers ask for the description when they need it, not at every page turn. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && post != null) {
            return describe(post);
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    private void showChannels(PostSummary summary) {
        List<ChannelKind> kinds = new ArrayList<>(summary.channels());
        channelCount = kinds.size();
        while (channelSlots.size() < kinds.size()) {
            IconGlyph icon = new IconGlyph();
            icon.getStyleClass().add(Styles.CHANNEL_ICON);
            channelIcons.getChildren().add(channelSlots.size(), icon);
            channelSlots.add(icon);
        }
        for (int i = 0; i < kinds.size(); i++) {
            IconGlyph icon = channelSlots.get(i);
            ChannelKind kind = kinds.get(i);
            Object shown = icon.getUserData();
            if (shown != kind) {
                if (shown instanceof ChannelKind previous) {
                    icon.pseudoClassStateChanged(Styles.state(previous), false);
                }
                icon.pseudoClassStateChanged(Styles.state(kind), true);
                icon.show(Icons.of(kind));
                icon.setUserData(kind);
            }
        }
        // A reused card may have shown more channels before.
        for (int i = 0; i < channelSlots.size(); i++) {
            channelSlots.get(i).setVisible(i < channelCount);
            channelSlots.get(i).setManaged(i < channelCount);
        }
    }

    private String describe(PostSummary summary) {
        StringBuilder text = new StringBuilder();
        if (summary.schedule() != null) {
            text.append(messages.day(summary.schedule().localDate())).append(", ")
                    .append(messages.timeFormat().format(summary.schedule().localTime())).append('\n');
        }
        text.append(summary.headline().isBlank() ? messages.text("card.untitled") : summary.headline()).append('\n');
        text.append(messages.text("status." + summary.status().id()));
        if (!summary.channels().isEmpty()) {
            text.append(" · ").append(summary.channels().stream().map(ChannelKind::brandName)
                    .collect(Collectors.joining(", ")));
        }
        if (!summary.tags().isEmpty()) {
            text.append('\n').append(summary.tags().stream().map(tag -> "#" + tag).collect(Collectors.joining(" ")));
        }
        return text.toString();
    }

    /** The snippet without the first line when the title is that first line, so it is not shown twice. */
    private static String snippetAfterHeadline(PostSummary summary) {
        String snippet = app.herold.domain.text.FormattedText.parse(summary.snippet()).plain().strip();
        if (summary.title().isBlank()) {
            int lineEnd = snippet.indexOf('\n');
            return lineEnd < 0 ? "" : snippet.substring(lineEnd + 1).strip();
        }
        return snippet;
    }
}
