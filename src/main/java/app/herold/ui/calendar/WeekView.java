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
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

/**
 * Seven day columns with larger cards in time order. A column shows as many cards as its height
 * holds and counts the rest in "+N more", which lists the whole day, so a week with thousands of
 * posts costs no more than one with a few. Cards are made once and reused from week to week.
 */
public final class WeekView extends HBox {

    private static final PseudoClass TODAY = PseudoClass.getPseudoClass(Styles.PSEUDO_TODAY);
    private static final PseudoClass WEEKEND = PseudoClass.getPseudoClass(Styles.PSEUDO_WEEKEND);
    private static final PseudoClass SELECTED = PseudoClass.getPseudoClass(Styles.PSEUDO_SELECTED);
    private static final PseudoClass HOLIDAY = PseudoClass.getPseudoClass(Styles.PSEUDO_HOLIDAY);
    private static final PseudoClass ELECTION_WINDOW = PseudoClass.getPseudoClass(Styles.PSEUDO_ELECTION_WINDOW);
    private static final PseudoClass ELECTION_HOT = PseudoClass.getPseudoClass(Styles.PSEUDO_ELECTION_HOT);

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final PostDrag drag;
    private final Thumbnails thumbnails;
    private final List<DayColumn> columns = new ArrayList<>();
    private DayPostsPopup dayPopup;

    public WeekView(CalendarViewModel viewModel, Messages messages, PostDrag drag, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.drag = drag;
        this.thumbnails = thumbnails;
        setFocusTraversable(true);
        getStyleClass().add("week-view");
        for (int index = 0; index < 7; index++) {
            DayColumn column = new DayColumn();
            HBox.setHgrow(column, Priority.ALWAYS);
            columns.add(column);
            getChildren().add(column);
        }
        // Once per load, after both the days and their period are set: refilling on each of the two
        // would fill the grid twice, the first time with the old dates.
        viewModel.shownGenerationProperty().addListener((observable, old, generation) -> refill());
        viewModel.selectedDayProperty().addListener((observable, old, selected) -> markSelection());
        viewModel.todayProperty().addListener((observable, old, today) -> refill());
        viewModel.holidaysShownProperty().addListener((observable, old, count) -> showHolidays());
        viewModel.electionsShownProperty().addListener((observable, old, count) -> showElections());
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        refill();
    }

    private void refill() {
        CalendarPeriod period = viewModel.shownPeriodProperty().get();
        if (period == null || period.mode() != CalendarMode.WEEK) {
            period = viewModel.period().mode() == CalendarMode.WEEK ? viewModel.period() : null;
        }
        if (period == null) {
            return;
        }
        Map<LocalDate, DayOverview> days = viewModel.weekDaysProperty().get();
        for (int index = 0; index < columns.size(); index++) {
            LocalDate day = period.first().plusDays(index);
            columns.get(index).show(day, days.getOrDefault(day, DayOverview.empty(day)));
        }
        showElections();
        showHolidays();
        markSelection();
    }

    /** Marks the week's days in an election window; a week without any gives the band no room at all. */
    private void showElections() {
        boolean anyInWindow = false;
        for (DayColumn column : columns) {
            column.election = column.day == null ? ElectionDay.NONE : viewModel.electionOn(column.day);
            anyInWindow |= column.election.inWindow();
        }
        for (DayColumn column : columns) {
            column.showElection(anyInWindow);
        }
    }

    /** Names the week's holidays under the dates; a week without any gives the line no room at all. */
    private void showHolidays() {
        boolean anyNamed = false;
        for (DayColumn column : columns) {
            anyNamed |= column.day != null && !viewModel.holidaysOn(column.day).isEmpty();
        }
        for (DayColumn column : columns) {
            column.showHolidays(column.day == null ? List.of() : viewModel.holidaysOn(column.day), anyNamed);
        }
    }

    private void markSelection() {
        LocalDate selected = viewModel.selectedDay();
        for (DayColumn column : columns) {
            column.pseudoClassStateChanged(SELECTED, column.day != null && column.day.equals(selected));
        }
    }

    private void onKey(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        if (event.getCode() == KeyCode.LEFT) {
            viewModel.moveSelection(-1);
        } else if (event.getCode() == KeyCode.RIGHT) {
            viewModel.moveSelection(1);
        } else if (event.getCode() == KeyCode.ENTER) {
            if (viewModel.openSelectedDay()) {
                openDayList(viewModel.selectedDay());
            }
        } else {
            return;
        }
        event.consume();
    }

    private void openDayList(LocalDate day) {
        if (dayPopup == null) {
            dayPopup = new DayPostsPopup(viewModel, messages, thumbnails);
        }
        DayColumn column = columns.stream().filter(candidate -> day.equals(candidate.day)).findFirst().orElse(null);
        dayPopup.show(day, column != null ? column : this);
    }

    /** One day: its heading, the name of its holiday, the cards that fit and "+N more". */
    private final class DayColumn extends VBox {

        private final Label header = new Label();
        private final TextLine holidayName = new TextLine(Styles.HOLIDAY_NAME);
        private final Region electionBand = new Region();
        private final Tooltip electionTip = new Tooltip();
        private ElectionDay election = ElectionDay.NONE;
        private final CardStack stack = new CardStack();
        private LocalDate day;
        private DayOverview overview = DayOverview.empty(LocalDate.MIN);

        DayColumn() {
            getStyleClass().add(Styles.WEEK_COLUMN);
            // The same preferred width for every column, so the seven share the room equally.
            setMinWidth(0);
            setPrefWidth(100);
            header.getStyleClass().add(Styles.WEEK_HEADER);
            header.setMaxWidth(Double.MAX_VALUE);
            header.setMinWidth(0);
            holidayName.setManaged(false);
            holidayName.setVisible(false);
            electionBand.getStyleClass().add(Styles.ELECTION_BAND);
            electionBand.setManaged(false);
            electionBand.setVisible(false);
            VBox.setVgrow(stack, Priority.ALWAYS);
            getChildren().addAll(header, electionBand, holidayName, stack);
            DayGestures.onDay(this, () -> day, viewModel, drag);
        }

        void show(LocalDate newDay, DayOverview overview) {
            this.day = newDay;
            getProperties().put(Styles.DAY_PROPERTY, newDay);
            header.setText(messages.shortDay(newDay) + (overview.total() == 0 ? "" : "  · " + overview.total()));
            pseudoClassStateChanged(TODAY, newDay.equals(viewModel.todayProperty().get()));
            pseudoClassStateChanged(WEEKEND, newDay.getDayOfWeek() == DayOfWeek.SATURDAY
                    || newDay.getDayOfWeek() == DayOfWeek.SUNDAY);
            this.overview = overview;
            stack.show(overview);
            // The accessible text follows in showHolidays, which the refill calls next.
        }

        /**
         * @param lineShown whether any day of the week has a name: then every column keeps the line, so the
         *                  seven columns' cards start at the same height
         */
        void showHolidays(List<Holiday> named, boolean lineShown) {
            String names = NamedDays.names(named);
            pseudoClassStateChanged(HOLIDAY, NamedDays.anyPublic(named));
            holidayName.setText(names);
            holidayName.setManaged(lineShown);
            holidayName.setVisible(lineShown);
            describe();
        }

        /**
         * @param bandShown whether any day of the week lies in a window: then every column keeps the band's
         *                  room (coloured only where the day is in it), so the cards start at the same height
         */
        void showElection(boolean bandShown) {
            pseudoClassStateChanged(ELECTION_WINDOW, election.inWindow());
            pseudoClassStateChanged(ELECTION_HOT, election.hot());
            electionBand.setManaged(bandShown);
            electionBand.setVisible(bandShown);
            electionTip.setText(election.description());
            header.setTooltip(election.inWindow() ? electionTip : null);
            if (day != null) {
                describe();
            }
        }

        private void describe() {
            String name = holidayName.getText();
            setAccessibleText(messages.day(day) + ", " + (name.isEmpty() ? "" : name + ", ")
                    + (election.inWindow() ? election.description() + ", " : "")
                    + messages.format("calendar.postCount", overview.total()));
        }

        /** The cards of the day, as many as the column's height holds. */
        private final class CardStack extends Region {

            private static final double GAP = 6;
            private final List<PostCard> cards = new ArrayList<>();
            private TextLine more;
            private DayOverview overview = DayOverview.empty(LocalDate.MIN);

            CardStack() {
                setPadding(new Insets(4));
                setMinHeight(0);
            }

            void show(DayOverview newOverview) {
                overview = newOverview;
                List<PostSummary> first = newOverview.firstPosts();
                for (int i = 0; i < cards.size(); i++) {
                    cards.get(i).show(i < first.size() ? first.get(i) : null);
                }
                requestLayout();
            }

            @Override
            protected double computePrefWidth(double height) {
                return 0;
            }

            @Override
            protected void layoutChildren() {
                double left = snappedLeftInset();
                double width = getWidth() - left - snappedRightInset();
                double bottom = getHeight() - snappedBottomInset();
                List<PostSummary> first = overview.firstPosts();
                double y = snappedTopInset();
                int fitting = 0;
                for (int i = 0; i < first.size(); i++) {
                    PostCard card = card(i);
                    if (card.post() != first.get(i)) {
                        card.show(first.get(i));
                    }
                    double height = card.prefHeight(width);
                    boolean last = i == first.size() - 1 && overview.total() <= first.size();
                    double reserve = last ? 0 : moreLink().prefHeight(-1) + GAP;
                    if (y + height + reserve > bottom && fitting > 0) {
                        break;
                    }
                    card.setVisible(true);
                    card.resizeRelocate(left, y, width, height);
                    y += height + GAP;
                    fitting++;
                }
                for (int i = fitting; i < cards.size(); i++) {
                    cards.get(i).setVisible(false);
                }
                int hidden = overview.total() - fitting;
                if (hidden > 0) {
                    TextLine link = moreLink();
                    link.setText(messages.format("calendar.more", hidden));
                    link.setVisible(true);
                    link.resizeRelocate(left, y, Math.min(width, link.prefWidth(-1)), link.prefHeight(-1));
                } else if (more != null) {
                    more.setVisible(false);
                }
            }

            private PostCard card(int index) {
                while (cards.size() <= index) {
                    PostCard card = new PostCard(true, messages, thumbnails);
                    card.setManaged(false);
                    DayGestures.onCard(card, () -> day, viewModel, drag);
                    cards.add(card);
                    getChildren().add(card);
                }
                return cards.get(index);
            }

            private TextLine moreLink() {
                if (more == null) {
                    more = new TextLine(Styles.MORE_LINK);
                    more.setManaged(false);
                    more.setOnAction(() -> openDayList(day));
                    getChildren().add(more);
                }
                return more;
            }
        }
    }
}
