package app.herold.ui.calendar;

import app.herold.domain.post.DayOverview;
import app.herold.domain.post.PostSummary;
import app.herold.domain.rules.Holiday;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostCard;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.TextLine;
import app.herold.ui.common.Thumbnails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.AccessibleAttribute;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * One day of the month grid: its number in the top right corner and left of it the name of a holiday
 * (cut with "…" when the cell is narrow), below them as many compact cards as the cell's height holds
 * (up to three) and "+N more". Cards, the name and the link are made the first time the cell needs
 * them and reused after, so an empty month costs two nodes a day and turning the page creates
 * nothing new. A day in an election window gets a thin band along its bottom edge, so the weekend and
 * holiday shading and the today and selected outlines stay as they are. Laid out by hand: a page turn lays out 42 of these, and a general
 * box asks each child for its sizes several times.
 */
final class MonthDayCell extends Region {

    private static final PseudoClass TODAY = PseudoClass.getPseudoClass(Styles.PSEUDO_TODAY);
    private static final PseudoClass WEEKEND = PseudoClass.getPseudoClass(Styles.PSEUDO_WEEKEND);
    private static final PseudoClass OTHER_MONTH = PseudoClass.getPseudoClass(Styles.PSEUDO_OTHER_MONTH);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass(Styles.PSEUDO_SELECTED);
    private static final PseudoClass HOLIDAY = PseudoClass.getPseudoClass(Styles.PSEUDO_HOLIDAY);
    private static final PseudoClass ELECTION_WINDOW = PseudoClass.getPseudoClass(Styles.PSEUDO_ELECTION_WINDOW);
    private static final PseudoClass ELECTION_HOT = PseudoClass.getPseudoClass(Styles.PSEUDO_ELECTION_HOT);
    private static final double SPACING = 1;
    private static final double NAME_GAP = 4;

    private final Messages messages;
    private final CalendarViewModel viewModel;
    private final PostDrag drag;
    private final Consumer<LocalDate> openDayList;
    private final Thumbnails thumbnails;
    private final TextLine dayNumber = new TextLine(Styles.DAY_NUMBER);
    private final List<PostCard> cards = new ArrayList<>();
    private TextLine more;
    private TextLine holidayName;
    private Region electionBand;
    private Tooltip electionTip;
    private ElectionDay election = ElectionDay.NONE;
    private LocalDate day;
    private DayOverview overview = DayOverview.empty(LocalDate.MIN);
    private int shownCards = -1;

    MonthDayCell(Messages messages, CalendarViewModel viewModel, PostDrag drag, Consumer<LocalDate> openDayList,
                 Thumbnails thumbnails) {
        this.messages = messages;
        this.viewModel = viewModel;
        this.drag = drag;
        this.openDayList = openDayList;
        this.thumbnails = thumbnails;
        getStyleClass().add(Styles.DAY_CELL);
        getChildren().add(dayNumber);

        DayGestures.onDay(this, this::day, viewModel, drag);
    }

    LocalDate day() {
        return day;
    }

    void show(LocalDate newDay, DayOverview newOverview, boolean inMainMonth, LocalDate today, LocalDate selected,
              List<Holiday> named, ElectionDay electionDay) {
        this.day = newDay;
        getProperties().put(Styles.DAY_PROPERTY, newDay);
        dayNumber.setText(newDay.getDayOfMonth() == 1
                ? messages.format("calendar.firstOfMonth", newDay.getDayOfMonth(), messages.shortMonth(newDay))
                : Integer.toString(newDay.getDayOfMonth()));
        pseudoClassStateChanged(TODAY, newDay.equals(today));
        pseudoClassStateChanged(WEEKEND, newDay.getDayOfWeek() == DayOfWeek.SATURDAY
                || newDay.getDayOfWeek() == DayOfWeek.SUNDAY);
        pseudoClassStateChanged(OTHER_MONTH, !inMainMonth);
        pseudoClassStateChanged(SELECTED, newDay.equals(selected));
        showHolidays(named);
        showElection(electionDay);
        this.overview = newOverview;
        this.shownCards = -1;
        List<PostSummary> first = newOverview.firstPosts();
        while (cards.size() < first.size()) {
            addCard();
        }
        for (int i = 0; i < cards.size(); i++) {
            cards.get(i).show(i < first.size() ? first.get(i) : null);
        }
        showMore(first.size());
        requestLayout();
    }

    /** The day's holidays, days of mourning or Warntag: a text and a pseudo-class, nothing more per page turn. */
    void showHolidays(List<Holiday> named) {
        String names = NamedDays.names(named);
        pseudoClassStateChanged(HOLIDAY, NamedDays.anyPublic(named));
        if (holidayName == null) {
            if (names.isEmpty()) {
                return;
            }
            holidayName = new TextLine(Styles.HOLIDAY_NAME);
            getChildren().add(holidayName);
        }
        holidayName.setText(names);
        holidayName.setVisible(!names.isEmpty());
    }

    /**
     * The day's election window: pseudo-classes for the band's colour and a tooltip naming the election.
     * Band and tooltip are made the first time a day in a window is shown, so a town without elections
     * pays nothing.
     */
    void showElection(ElectionDay electionDay) {
        election = electionDay;
        pseudoClassStateChanged(ELECTION_WINDOW, electionDay.inWindow());
        pseudoClassStateChanged(ELECTION_HOT, electionDay.hot());
        if (electionBand == null) {
            if (!electionDay.inWindow()) {
                return;
            }
            electionBand = new Region();
            electionBand.getStyleClass().add(Styles.ELECTION_BAND);
            electionBand.setMouseTransparent(true);
            getChildren().add(electionBand);
            electionTip = new Tooltip();
        }
        boolean wasShown = electionBand.isVisible();
        electionBand.setVisible(electionDay.inWindow());
        electionTip.setText(electionDay.description());
        if (electionDay.inWindow() && !wasShown) {
            Tooltip.install(this, electionTip);
        } else if (!electionDay.inWindow() && wasShown) {
            Tooltip.uninstall(this, electionTip);
        }
        if (wasShown != electionDay.inWindow()) {
            requestLayout();
        }
    }

    /** The holiday's name as shown, or "" when the day has none. */
    String holidayName() {
        return holidayName == null ? "" : holidayName.getText();
    }

    /** Screen readers ask for the day's description when they need it, not at every page turn. */
    @Override
    public Object queryAccessibleAttribute(AccessibleAttribute attribute, Object... parameters) {
        if (attribute == AccessibleAttribute.TEXT && day != null) {
            String name = holidayName();
            return messages.day(day) + ", " + (name.isEmpty() ? "" : name + ", ")
                    + (election.inWindow() ? election.description() + ", " : "")
                    + messages.format("calendar.postCount", overview.total());
        }
        return super.queryAccessibleAttribute(attribute, parameters);
    }

    /** The grid gives every cell its share of the page; what a cell holds never widens the grid. */
    @Override
    protected double computePrefWidth(double height) {
        return snappedLeftInset() + dayNumber.prefWidth(-1) + snappedRightInset();
    }

    @Override
    protected double computePrefHeight(double width) {
        return snappedTopInset() + dayNumber.prefHeight(-1) + snappedBottomInset();
    }

    @Override
    protected double computeMinWidth(double height) {
        return 0;
    }

    @Override
    protected double computeMinHeight(double width) {
        return 0;
    }

    /**
     * Shows as many cards as the cell's height holds (up to three) and counts the rest in
     * "+N more", so a small window shows fewer cards instead of cut-off ones.
     */
    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double width = Math.max(0, getWidth() - left - snappedRightInset());
        double right = left + width;
        double numberWidth = Math.min(width, dayNumber.prefWidth(-1));
        double numberHeight = dayNumber.prefHeight(-1);
        dayNumber.resizeRelocate(right - numberWidth, top, numberWidth, numberHeight);
        if (holidayName != null && holidayName.isVisible()) {
            // Whatever is left of the number's line; the line cuts the name with "…" when that is too little.
            double nameWidth = Math.max(0, width - numberWidth - NAME_GAP);
            double nameHeight = Math.min(numberHeight, holidayName.prefHeight(-1));
            holidayName.resizeRelocate(left, snapPositionY(top + (numberHeight - nameHeight) / 2), nameWidth,
                    nameHeight);
        }

        double bottom = getHeight() - snappedBottomInset();
        if (electionBand != null && electionBand.isVisible()) {
            // Inside the border, so the today and selected outlines stay whole; the cards end above it.
            Insets border = getBorder() == null ? Insets.EMPTY : getBorder().getInsets();
            double bandHeight = snapSizeY(electionBand.prefHeight(-1));
            double bandTop = snapPositionY(getHeight() - border.getBottom() - bandHeight);
            electionBand.resizeRelocate(border.getLeft(), bandTop,
                    Math.max(0, getWidth() - border.getLeft() - border.getRight()), bandHeight);
            bottom = Math.min(bottom, bandTop - SPACING);
        }

        int available = overview.firstPosts().size();
        double y = top + numberHeight + SPACING;
        double room = bottom - y;
        int fitting = 0;
        double used = 0;
        for (int i = 0; i < available; i++) {
            double card = cards.get(i).prefHeight(width) + SPACING;
            boolean last = i == available - 1;
            double reserve = last && overview.total() <= available ? 0 : moreLinkHeight() + SPACING;
            if (used + card + reserve > room) {
                break;
            }
            used += card;
            fitting++;
        }
        if (fitting != shownCards) {
            shownCards = fitting;
            for (int i = 0; i < cards.size(); i++) {
                cards.get(i).setVisible(i < fitting && i < available);
            }
            showMore(fitting);
        }
        for (int i = 0; i < fitting; i++) {
            PostCard card = cards.get(i);
            double height = card.prefHeight(width);
            card.resizeRelocate(left, y, width, height);
            y += height + SPACING;
        }
        if (more != null && more.isVisible()) {
            double linkWidth = Math.min(width, more.prefWidth(-1));
            more.resizeRelocate(right - linkWidth, y, linkWidth, more.prefHeight(-1));
        }
    }

    void select(boolean selected) {
        pseudoClassStateChanged(SELECTED, selected);
    }

    void markToday(LocalDate today) {
        pseudoClassStateChanged(TODAY, day != null && day.equals(today));
    }

    private void addCard() {
        PostCard card = new PostCard(false, messages, thumbnails);
        DayGestures.onCard(card, this::day, viewModel, drag);
        cards.add(card);
        getChildren().add(cards.size(), card);
    }

    private double moreLinkHeight() {
        return more != null ? more.prefHeight(-1) : dayNumber.prefHeight(-1);
    }

    private void showMore(int shown) {
        int hidden = overview.total() - shown;
        if (hidden > 0 && more == null) {
            more = new TextLine(Styles.MORE_LINK);
            more.setOnAction(() -> openDayList.accept(day));
            getChildren().add(more);
        }
        if (more != null) {
            more.setText(hidden > 0 ? messages.format("calendar.more", hidden) : "");
            more.setVisible(hidden > 0);
        }
    }
}
