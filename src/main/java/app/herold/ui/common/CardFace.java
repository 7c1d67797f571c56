package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javafx.beans.property.Property;
import javafx.css.CssMetaData;
import javafx.css.FontCssMetaData;
import javafx.css.SimpleStyleableDoubleProperty;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.StyleConverter;
import javafx.css.Styleable;
import javafx.css.StyleableDoubleProperty;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleableProperty;
import javafx.geometry.VPos;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;
import org.kordamp.ikonli.Ikon;

/**
 * What a compact card shows, drawn on one canvas: the status colour along the left edge, a row of
 * status icon, time, channel icons ("+n" for those that do not fit), and the headline below, cut with
 * "…" to the card's width.
 *
 * <p>One node where there were up to eleven (a region for the stripe, a text for the time, the
 * headline and each icon): a month page shows up to 126 cards, and JavaFX matches every node against
 * the stylesheets, styles and lays it out when the window first shows and again at each page turn
 * (decision 0028).
 *
 * <p>Colours and sizes still come from the stylesheet, through the styleable properties of style
 * class {@value #STYLE_CLASS}: {@code -fx-font} (the headline's font, inherited from the card as a
 * text's is), {@code -herold-time-size}, {@code -herold-icon-size}, {@code -herold-title-fill},
 * {@code -herold-time-fill}, {@code -herold-status-fill} (switched by the status pseudo-classes on this
 * node only) and one {@code -herold-<channel>-fill} per channel. A change of theme restyles the canvas,
 * which draws itself again. Screen readers read the card, which describes its post.
 */
public final class CardFace extends Canvas {

    public static final String STYLE_CLASS = "card-face";
    /** Between the icons and the time, as on the large cards' row of nodes. */
    static final double GAP = 3;
    /** Between two channel icons. */
    private static final double ICON_GAP = 1;
    /** Width of the status colour along the left edge, and the card's corner radius it follows. */
    private static final double STRIPE_WIDTH = 3;
    private static final double CORNER_RADIUS = 4;

    /** Text sizes per font and text, for the few texts measured here: icons and a digit. */
    private static final Map<Font, Map<String, double[]>> SIZES = new HashMap<>();

    private final StyleableObjectProperty<Font> font =
            new SimpleStyleableObjectProperty<>(FONT, this, "font", Font.getDefault());
    private final StyleableObjectProperty<Paint> statusFill =
            new SimpleStyleableObjectProperty<>(STATUS_FILL, this, "statusFill", Color.GRAY);
    private final StyleableObjectProperty<Paint> timeFill =
            new SimpleStyleableObjectProperty<>(TIME_FILL, this, "timeFill", Color.GRAY);
    private final StyleableObjectProperty<Paint> titleFill =
            new SimpleStyleableObjectProperty<>(TITLE_FILL, this, "titleFill", Color.BLACK);
    private final StyleableDoubleProperty timeSize =
            new SimpleStyleableDoubleProperty(TIME_SIZE, this, "timeSize", 10.0);
    private final StyleableDoubleProperty iconSize =
            new SimpleStyleableDoubleProperty(ICON_SIZE, this, "iconSize", 12.0);
    private final Map<ChannelKind, StyleableObjectProperty<Paint>> channelFills = new EnumMap<>(ChannelKind.class);

    private PostStatus status;
    private String time = "";
    private List<ChannelKind> channels = List.of();
    private String headline = "";
    private Font iconFont;
    private Font timeFont;
    private int fittingChannels;
    private String shownHeadline = "";

    public CardFace() {
        super(0, 0);
        getStyleClass().add(STYLE_CLASS);
        setMouseTransparent(true);
        for (ChannelKind kind : ChannelKind.values()) {
            channelFills.put(kind, new SimpleStyleableObjectProperty<>(CHANNEL_FILLS.get(kind), this,
                    kind.id() + "Fill", Color.GRAY));
        }
        // A new theme or size restyles this node: the card lays it out, and so draws it, again.
        javafx.beans.InvalidationListener restyled = observable -> {
            iconFont = null;
            timeFont = null;
            Parent card = getParent();
            if (card != null) {
                card.requestLayout();
            }
        };
        font.addListener(restyled);
        statusFill.addListener(restyled);
        timeFill.addListener(restyled);
        titleFill.addListener(restyled);
        timeSize.addListener(restyled);
        iconSize.addListener(restyled);
        channelFills.values().forEach(fill -> fill.addListener(restyled));
    }

    /** What to show; drawn at the card's next layout. {@code time} is empty for an idea. */
    public void show(PostStatus shown, String shownTime, java.util.Collection<ChannelKind> shownChannels,
                     String shownHeadline) {
        if (shown != status) {
            if (status != null) {
                pseudoClassStateChanged(Styles.state(status), false);
            }
            pseudoClassStateChanged(Styles.state(shown), true);
            status = shown;
        }
        time = shownTime;
        channels = List.copyOf(shownChannels);
        headline = shownHeadline;
    }

    /** The headline as shown at the last drawing: whole, or cut with "…". */
    public String shownHeadline() {
        return shownHeadline;
    }

    /** The height of both lines: the row and the headline. */
    public double contentHeight() {
        return rowHeight() + titleWidths().lineHeight();
    }

    /** The width both lines need uncut: the wider of the row with every icon and the headline. */
    public double contentWidth() {
        return Math.max(naturalWidth(), titleWidths().width(headline));
    }

    /** The height of the row: the larger of an icon's and the time's line. */
    private double rowHeight() {
        return Math.max(glyph(Icons.of(status == null ? PostStatus.DRAFT : status))[1], timeWidths().lineHeight());
    }

    /** The row's width with every channel icon: status icon, time and icons with their gaps. */
    private double naturalWidth() {
        double width = (status == null ? 0 : glyph(Icons.of(status))[0]) + GAP + timeWidths().width(time);
        for (ChannelKind kind : channels) {
            width += GAP + glyph(Icons.of(kind))[0];
        }
        return width;
    }

    /** How many channel icons the last drawing showed; the others were summed up as "+n". */
    public int shownChannels() {
        return fittingChannels;
    }

    /**
     * Covers the card ({@code width} x {@code height}) and draws the stripe along its left edge, the row
     * from ({@code left}, {@code top}) with as many channel icons as fit before {@code right} (the rest
     * summed up as "+n"), and the headline below it, cut to fit.
     */
    public void draw(double width, double height, double left, double top, double right) {
        setWidth(width);
        setHeight(height);
        GraphicsContext graphics = getGraphicsContext2D();
        graphics.clearRect(0, 0, width, height);
        fittingChannels = 0;
        shownHeadline = "";
        if (status == null) {
            return;
        }
        double row = rowHeight();
        double middle = top + row / 2;
        graphics.save();
        graphics.beginPath();
        graphics.rect(0, 0, STRIPE_WIDTH, height);
        graphics.clip();
        graphics.setFill(statusFill.get());
        // The card's rounded left corners, cut to the stripe's width.
        graphics.fillRoundRect(0, 0, STRIPE_WIDTH + 2 * CORNER_RADIUS, height, 2 * CORNER_RADIUS, 2 * CORNER_RADIUS);
        graphics.restore();

        // On the baseline a text node centred on the row would have, so the row looks as the large card's.
        graphics.setTextBaseline(VPos.BASELINE);
        graphics.setTextAlign(TextAlignment.LEFT);
        double[] timeLine = metrics(timeFont(), "0");
        // Whole pixels, as JavaFX draws a text node's glyphs: in between, they blur over two rows.
        double timeBaseline = Math.round(middle - timeLine[1] / 2 + timeLine[2]);
        double x = left;
        drawGlyph(graphics, Icons.of(status), statusFill.get(), x, middle);
        x += glyph(Icons.of(status))[0] + GAP;
        if (!time.isEmpty()) {
            graphics.setFont(timeFont());
            graphics.setFill(timeFill.get());
            graphics.fillText(time, x, timeBaseline);
            x += timeWidths().width(time) + GAP;
        }
        drawHeadline(graphics, left, top + row, right - left);
        if (channels.isEmpty()) {
            return;
        }
        double icon = glyph(Icons.of(channels.get(0)))[0] + ICON_GAP;
        double room = right - x;
        double plus = timeFont().getSize() * 1.8;
        fittingChannels = room >= channels.size() * icon ? channels.size() : (int) Math.max(0, (room - plus) / icon);
        for (int i = 0; i < fittingChannels; i++) {
            ChannelKind kind = channels.get(i);
            drawGlyph(graphics, Icons.of(kind), channelFills.get(kind).get(), x, middle);
            x += icon;
        }
        int hidden = channels.size() - fittingChannels;
        if (hidden > 0) {
            graphics.setFont(timeFont());
            graphics.setFill(timeFill.get());
            graphics.fillText("+" + hidden, x + ICON_GAP, timeBaseline);
        }
    }

    /** The headline from {@code top}, whole when it fits {@code room}, otherwise cut with "…". */
    private void drawHeadline(GraphicsContext graphics, double left, double top, double room) {
        CharacterWidths widths = titleWidths();
        shownHeadline = widths.width(headline) <= Math.max(0, room) + 0.5 ? headline
                : widths.cut(headline, Math.max(0, room));
        graphics.setFont(font.get());
        graphics.setFill(titleFill.get());
        graphics.fillText(shownHeadline, left, Math.round(top + metrics(font.get(), "0")[2]));
    }

    private void drawGlyph(GraphicsContext graphics, Ikon icon, Paint fill, double x, double middle) {
        double[] size = glyph(icon);
        graphics.setFont(iconFont());
        graphics.setFill(fill);
        graphics.fillText(glyphText(icon), x, Math.round(middle - size[1] / 2 + size[2]));
    }

    private CharacterWidths timeWidths() {
        return CharacterWidths.of(timeFont());
    }

    private CharacterWidths titleWidths() {
        return CharacterWidths.of(font.get());
    }

    /** The headline's family at {@code -herold-time-size}, regular, as the large card's time text. */
    private Font timeFont() {
        if (timeFont == null) {
            timeFont = Font.font(font.get().getFamily(), timeSize.get());
        }
        return timeFont;
    }

    private Font iconFont() {
        if (iconFont == null) {
            iconFont = Font.font(Icons.fontFamily(), iconSize.get());
        }
        return iconFont;
    }

    /** Width, height and ascent of one icon as a text node lays it out. */
    private double[] glyph(Ikon icon) {
        return metrics(iconFont(), glyphText(icon));
    }

    /** Width, height and ascent of {@code text} as a text node lays it out, measured once per font. */
    private static double[] metrics(Font font, String text) {
        return SIZES.computeIfAbsent(font, any -> new HashMap<>()).computeIfAbsent(text, any -> {
            Text measure = new Text(text);
            measure.setFont(font);
            javafx.geometry.Bounds bounds = measure.getLayoutBounds();
            return new double[] {bounds.getWidth(), bounds.getHeight(), -bounds.getMinY()};
        });
    }

    private static String glyphText(Ikon icon) {
        return new String(Character.toChars(icon.getCode()));
    }

    public Font getFont() {
        return font.get();
    }

    /** The font the icons are drawn in: the icon font at {@code -herold-icon-size}. */
    public Font getIconFont() {
        return iconFont();
    }

    public Font getTimeFont() {
        return timeFont();
    }

    public Paint getTitleFill() {
        return titleFill.get();
    }

    public Paint getTimeFill() {
        return timeFill.get();
    }

    public Paint getStatusFill() {
        return statusFill.get();
    }

    public Paint getChannelFill(ChannelKind kind) {
        return channelFills.get(kind).get();
    }

    // --- styleable properties -------------------------------------------------------------------

    private static final CssMetaData<CardFace, Font> FONT = new FontCssMetaData<>("-fx-font", Font.getDefault()) {
        @Override
        public boolean isSettable(CardFace face) {
            return !face.font.isBound();
        }

        @Override
        public StyleableProperty<Font> getStyleableProperty(CardFace face) {
            return face.font;
        }
    };

    private static final CssMetaData<CardFace, Paint> STATUS_FILL = paint("-herold-status-fill", face -> face.statusFill);
    private static final CssMetaData<CardFace, Paint> TIME_FILL = paint("-herold-time-fill", face -> face.timeFill);
    private static final CssMetaData<CardFace, Paint> TITLE_FILL = paint("-herold-title-fill", face -> face.titleFill);
    private static final CssMetaData<CardFace, Number> TIME_SIZE = size("-herold-time-size", 10.0, face -> face.timeSize);

    private static final CssMetaData<CardFace, Number> ICON_SIZE = size("-herold-icon-size", 12.0, face -> face.iconSize);

    private static final Map<ChannelKind, CssMetaData<CardFace, Paint>> CHANNEL_FILLS = new EnumMap<>(ChannelKind.class);

    private static final List<CssMetaData<? extends Styleable, ?>> CSS_META_DATA;

    static {
        for (ChannelKind kind : ChannelKind.values()) {
            CHANNEL_FILLS.put(kind, paint("-herold-" + kind.id() + "-fill", face -> face.channelFills.get(kind)));
        }
        List<CssMetaData<? extends Styleable, ?>> all = new ArrayList<>(Canvas.getClassCssMetaData());
        all.addAll(List.of(FONT, STATUS_FILL, TIME_FILL, TITLE_FILL, TIME_SIZE, ICON_SIZE));
        all.addAll(CHANNEL_FILLS.values());
        CSS_META_DATA = Collections.unmodifiableList(all);
    }

    private static CssMetaData<CardFace, Paint> paint(String property,
                                                       Function<CardFace, StyleableObjectProperty<Paint>> of) {
        return styleable(property, StyleConverter.getPaintConverter(), Color.GRAY, of);
    }

    private static CssMetaData<CardFace, Number> size(String property, double initial,
                                                      Function<CardFace, StyleableDoubleProperty> of) {
        return styleable(property, StyleConverter.getSizeConverter(), initial, of);
    }

    /** A property the stylesheet sets unless the code bound it, as JavaFX's own controls do it. */
    private static <V> CssMetaData<CardFace, V> styleable(String property, StyleConverter<?, V> converter, V initial,
                                                          Function<CardFace, ? extends StyleableProperty<V>> of) {
        return new CssMetaData<>(property, converter, initial) {
            @Override
            public boolean isSettable(CardFace face) {
                return !((Property<?>) of.apply(face)).isBound();
            }

            @Override
            public StyleableProperty<V> getStyleableProperty(CardFace face) {
                return of.apply(face);
            }
        };
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CSS_META_DATA;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return CSS_META_DATA;
    }
}
