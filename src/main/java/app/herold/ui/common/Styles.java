package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import javafx.css.PseudoClass;

/**
 * Every style class the Java code sets, in one place, so the stylesheet and the code cannot drift
 * apart. Colours live only in the stylesheet.
 */
public final class Styles {

    public static final String APP = "herold";
    public static final String TOOLBAR = "herold-toolbar";
    public static final String PERIOD_TITLE = "period-title";
    public static final String STATUS_BAR = "status-bar";
    public static final String SIDEBAR = "sidebar";
    public static final String SIDEBAR_TITLE = "sidebar-title";
    public static final String EMPTY_STATE = "empty-state";
    public static final String HINT = "hint";

    public static final String MONTH_GRID = "month-grid";
    public static final String WEEKDAY_HEADER = "weekday-header";
    public static final String WEEK_NUMBER = "week-number";
    public static final String DAY_CELL = "day-cell";
    public static final String DAY_NUMBER = "day-number";
    /** The name of a holiday, day of mourning or the Warntag beside the day number, or under a week column's date. */
    public static final String HOLIDAY_NAME = "holiday-name";
    public static final String MORE_LINK = "more-link";
    /** The thin band along a day's bottom edge (month) or under its date (week) in an election window. */
    public static final String ELECTION_BAND = "election-band";
    /** The line under the month that explains the bands, and its colour samples. */
    public static final String ELECTION_LEGEND = "election-legend";
    public static final String ELECTION_SAMPLE = "election-sample";

    public static final String WEEK_COLUMN = "week-column";
    public static final String WEEK_HEADER = "week-header";

    public static final String CARD = "post-card";
    public static final String CARD_COMPACT = "compact";
    public static final String CARD_LARGE = "large";
    public static final String CARD_TIME = "card-time";
    public static final String CARD_TITLE = "card-title";
    public static final String CARD_SNIPPET = "card-snippet";
    public static final String CARD_THUMBNAIL = "card-thumbnail";
    public static final String CHANNEL_ICON = "channel-icon";
    public static final String STATUS_ICON = "status-icon";
    public static final String STATUS_STRIPE = "status-stripe";
    public static final String DRAG_GHOST = "drag-ghost";

    public static final String EDITOR = "editor";
    public static final String EDITOR_SECTION = "editor-section";
    public static final String FIELD_LABEL = "field-label";
    public static final String FIELD_ERROR = "field-error";
    public static final String TAG_CHIP = "tag-chip";
    public static final String IMAGE_TILE = "image-tile";
    public static final String CHANNEL_TOGGLE = "channel-toggle";
    public static final String SAVE_STATE = "save-state";
    public static final String IMPORT_TABLE = "import-table";
    public static final String IMPORT_PROBLEMS = "import-problems";

    public static final String WELCOME = "welcome";

    /** Pseudo-classes, toggled with {@code pseudoClassStateChanged}. */
    public static final String PSEUDO_TODAY = "today";
    public static final String PSEUDO_WEEKEND = "weekend";
    /** A public holiday of the Land, shaded like a weekend (a day of mourning or the Warntag only named). */
    public static final String PSEUDO_HOLIDAY = "holiday";
    /** A day in an election's warning window; a day in the hot phase has {@link #PSEUDO_ELECTION_HOT} as well. */
    public static final String PSEUDO_ELECTION_WINDOW = "election-window";
    public static final String PSEUDO_ELECTION_HOT = "election-hot";
    public static final String PSEUDO_OTHER_MONTH = "other-month";
    public static final String PSEUDO_SELECTED = "selected";
    public static final String PSEUDO_DROP_TARGET = "drop-target";

    private Styles() {
    }

    /**
     * The key under which a calendar cell or column keeps the day it shows ({@code getProperties()}),
     * rather than in its id: changing an id makes JavaFX restyle the whole subtree.
     */
    public static final String DAY_PROPERTY = "herold.day";

    private static final PseudoClass[] STATUS_STATES = new PseudoClass[PostStatus.values().length];
    private static final PseudoClass[] CHANNEL_STATES = new PseudoClass[ChannelKind.values().length];

    static {
        for (PostStatus status : PostStatus.values()) {
            STATUS_STATES[status.ordinal()] = PseudoClass.getPseudoClass(status.id());
        }
        for (ChannelKind kind : ChannelKind.values()) {
            CHANNEL_STATES[kind.ordinal()] = PseudoClass.getPseudoClass(kind.id());
        }
    }

    /** ":draft" and so on: the colour of a post's status, as a cheap-to-switch pseudo-class. */
    public static PseudoClass state(PostStatus status) {
        return STATUS_STATES[status.ordinal()];
    }

    /** ":whatsapp" and so on: a channel's brand colour, as a cheap-to-switch pseudo-class. */
    public static PseudoClass state(ChannelKind kind) {
        return CHANNEL_STATES[kind.ordinal()];
    }
}
