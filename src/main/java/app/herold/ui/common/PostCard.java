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
 * icon, time and channel icons, then the headline. The large form (week columns) adds a text
 * snippet and the first image.
 *
 * <p>A card is reused for whatever post its slot shows, and showing another post changes only
 * texts, icons and pseudo-classes, never ids or style classes: those would make JavaFX match every
 * stylesheet rule again for the whole card, which made turning a month page cost several frames.
 * The status is always an icon and a word (tooltip), never colour alone.
 */
public final class PostCard extends BorderPane {

    private static final double ARCHIVED_OPACITY = 0.8;
    /** Between the compact card's icons and time. */
    private static final double GAP = 3;

    private final boolean large;
    private final Messages messages;
    private final Thumbnails thumbnails;
    private final IconGlyph statusIcon;
    /** The status colour along the card's left edge; a leaf, so a status change restyles only it. */
    private final Region statusStripe = new Region();
    private final Text time = new Text();
    private final HBox channelIcons = new HBox(1);
    /** "+n" for channel icons that do not fit; made when first needed, most cards never need it. */
    private Text moreChannels;
    /** The headline: up to two lines on a large card, one line cut with "…" on a compact one. */
    private final TextBlock title;
    private final Text compactTitle;
    private String headline = "";
    private final List<IconGlyph> channelSlots = new ArrayList<>();
    private TextBlock snippet;
    private ImageView thumbnail;
    private Tooltip tooltip;
    private PostSummary post;
    private PostStatus shownStatus;
    private int channelCount;
    private int shownChannelIcons = -1;
    /** How many channel icons the compact card's width held at its last layout. */
    private int fittingChannelIcons = ChannelKind.values().length;

    public PostCard(boolean large, Messages messages, Thumbnails thumbnails) {
        this.large = large;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().addAll(Styles.CARD, large ? Styles.CARD_LARGE : Styles.CARD_COMPACT);
        setAccessibleRole(AccessibleRole.BUTTON);
        setFocusTraversable(false);

        statusIcon = new IconGlyph();
        statusIcon.getStyleClass().add(Styles.STATUS_ICON);
        statusStripe.getStyleClass().add(Styles.STATUS_STRIPE);
        statusStripe.setManaged(false);
        statusStripe.setMouseTransparent(true);
        time.getStyleClass().add(Styles.CARD_TIME);
        time.setTextOrigin(VPos.CENTER);
        title = large ? new TextBlock(Styles.CARD_TITLE, 2) : null;
        compactTitle = large ? null : new Text();
        channelIcons.setAlignment(Pos.CENTER_LEFT);
        channelIcons.setMinWidth(0);

        if (large) {
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
        } else {
            compactTitle.getStyleClass().add(Styles.CARD_TITLE);
            compactTitle.setTextOrigin(VPos.TOP);
            getChildren().addAll(statusIcon, time, compactTitle);
        }
        getChildren().add(statusStripe);
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
        if (status != shownStatus) {
            // On the two leaves that show it, not on the card: a pseudo-class on the card would
            // restyle all of its nodes.
            if (shownStatus != null) {
                statusIcon.pseudoClassStateChanged(Styles.state(shownStatus), false);
                statusStripe.pseudoClassStateChanged(Styles.state(shownStatus), false);
            }
            statusIcon.pseudoClassStateChanged(Styles.state(status), true);
            statusStripe.pseudoClassStateChanged(Styles.state(status), true);
            statusIcon.show(Icons.of(status));
            setOpacity(status == PostStatus.ARCHIVED ? ARCHIVED_OPACITY : 1);
            shownStatus = status;
        }
        boolean scheduled = summary.schedule() != null;
        time.setText(scheduled ? (large ? messages.timeFormat() : messages.shortTimeFormat())
                .format(summary.schedule().localTime()) : "");
        time.setVisible(scheduled);
        time.setManaged(scheduled);
        showChannels(summary);
        headline = summary.headline().isBlank() ? messages.text("card.untitled") : summary.headline();
        if (!large) {
            // Cut to the width at layout; the whole headline is set now so a card that fits needs nothing more.
            compactTitle.setText(headline);
            requestLayout();
        } else {
            title.setText(headline);
            String rest = snippetAfterHeadline(summary);
            snippet.setText(rest);
            snippet.setVisible(!rest.isBlank());
            snippet.setManaged(!rest.isBlank());
            boolean hasImage = summary.firstImage() != null && thumbnails != null;
            thumbnail.setImage(hasImage ? thumbnails.get(summary.firstImage(), 48) : null);
            thumbnail.setVisible(hasImage);
            thumbnail.setManaged(hasImage);
        }
        if (tooltip != null) {
            tooltip.setText(describe(summary));
        }
    }

    @Override
    protected void layoutChildren() {
        if (large) {
            super.layoutChildren();
        } else {
            layoutCompact();
        }
        // Over the left edge, inside the rounded corners; the card's own border there stays empty.
        statusStripe.resizeRelocate(0, 0, statusStripe.prefWidth(-1), getHeight());
    }

    @Override
    protected double computePrefWidth(double height) {
        if (large) {
            return super.computePrefWidth(height);
        }
        double width = statusIcon.getLayoutBounds().getWidth() + GAP + time.getLayoutBounds().getWidth();
        for (int i = 0; i < Math.min(channelCount, channelSlots.size()); i++) {
            width += GAP + channelSlots.get(i).getLayoutBounds().getWidth();
        }
        return snappedLeftInset() + snapSizeX(Math.max(width, titleWidths().width(headline))) + snappedRightInset();
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
        return snappedTopInset() + snapSizeY(lineHeight() + titleWidths().lineHeight()) + snappedBottomInset();
    }

    @Override
    protected double computeMinHeight(double width) {
        return large ? super.computeMinHeight(width) : snappedTopInset() + snappedBottomInset();
    }

    private double lineHeight() {
        return Math.max(statusIcon.getLayoutBounds().getHeight(), time.getLayoutBounds().getHeight());
    }

    private CharacterWidths titleWidths() {
        return CharacterWidths.of(compactTitle.getFont());
    }

    /**
     * The compact card's two lines, laid out by hand on the card itself: status icon, time and as many
     * channel icons as the width holds (the rest summed up as "+n"), then the headline over the whole
     * width. Plain text nodes and no box between them and the card: a month page shows up to 126 of
     * these, and every node more is styled and laid out again at each page turn and at start-up.
     */
    private void layoutCompact() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = getWidth() - left - snappedRightInset();
        double line = lineHeight();
        double middle = top + line / 2;
        double x = left;
        statusIcon.relocate(x, middle - statusIcon.getLayoutBounds().getHeight() / 2);
        x += statusIcon.getLayoutBounds().getWidth() + GAP;
        if (time.isVisible()) {
            time.relocate(x, middle - time.getLayoutBounds().getHeight() / 2);
            x += time.getLayoutBounds().getWidth() + GAP;
        }
        if (channelCount > 0 && !channelSlots.isEmpty()) {
            double icon = channelSlots.get(0).getLayoutBounds().getWidth() + 1;
            double room = left + width - x;
            double plus = time.getFont().getSize() * 1.8;
            int fitting = room >= channelCount * icon ? channelCount : (int) Math.max(0, (room - plus) / icon);
            fittingChannelIcons = fitting;
            limitChannelIcons(fitting);
            for (int i = 0; i < shownChannelIcons; i++) {
                IconGlyph channel = channelSlots.get(i);
                channel.relocate(x, middle - channel.getLayoutBounds().getHeight() / 2);
                x += icon;
            }
            if (moreChannels != null && moreChannels.isVisible()) {
                moreChannels.relocate(x + 1, middle - moreChannels.getLayoutBounds().getHeight() / 2);
            }
        }
        double room = Math.max(0, width);
        compactTitle.setText(titleWidths().width(headline) <= room + 0.5 ? headline
                : titleWidths().cut(headline, room));
        compactTitle.relocate(left, top + line);
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
            if (large) {
                channelIcons.getChildren().add(channelSlots.size(), icon);
            } else {
                // Below the status stripe, which stays the last child so it is drawn over the left edge.
                getChildren().add(getChildren().indexOf(statusStripe), icon);
            }
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
        shownChannelIcons = -1;
        limitChannelIcons(large ? channelSlots.size() : fittingChannelIcons);
    }

    /** Shows at most {@code limit} channel icons and sums up the rest as "+n". */
    private void limitChannelIcons(int limit) {
        int shown = Math.min(Math.min(limit, channelCount), channelSlots.size());
        if (shown == shownChannelIcons) {
            return;
        }
        shownChannelIcons = shown;
        for (int i = 0; i < channelSlots.size(); i++) {
            channelSlots.get(i).setVisible(i < shown);
            channelSlots.get(i).setManaged(i < shown);
        }
        int hidden = channelCount - shown;
        if (hidden > 0 && moreChannels == null) {
            moreChannels = new Text();
            moreChannels.getStyleClass().add(Styles.CARD_TIME);
            moreChannels.setTextOrigin(VPos.CENTER);
            if (large) {
                channelIcons.getChildren().add(moreChannels);
            } else {
                getChildren().add(getChildren().indexOf(statusStripe), moreChannels);
            }
            // Possibly made during a layout pass: styled now, so it does not show one frame unstyled.
            moreChannels.applyCss();
        }
        if (moreChannels != null) {
            moreChannels.setText(hidden > 0 ? "+" + hidden : "");
            moreChannels.setVisible(hidden > 0);
            moreChannels.setManaged(hidden > 0);
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
