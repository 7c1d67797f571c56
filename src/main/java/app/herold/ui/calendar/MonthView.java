package app.herold.ui.calendar;

import app.herold.domain.post.DayOverview;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.TextLine;
import app.herold.ui.common.Thumbnails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;

/**
 * The month grid: six Monday-first weeks with ISO week numbers. Its 42 cells are built once and
 * refilled when the month changes, which keeps a month switch far below one frame of work. Under the
 * grid a one-line legend explains the election bands, in the months that show any.
 */
public final class MonthView extends StackPane {

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final Grid grid = new Grid();
    private final List<MonthDayCell> cells = new ArrayList<>();
    private final List<TextLine> weekNumbers = new ArrayList<>();
    private final Label emptyHint = new Label();
    private final HBox electionLegend;
    private final Thumbnails thumbnails;
    private DayPostsPopup dayPopup;

    public MonthView(CalendarViewModel viewModel, Messages messages, PostDrag drag, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().add(Styles.MONTH_GRID);
        setFocusTraversable(true);
        setAccessibleText(messages.text("calendar.month.accessible"));

        Label weekHeader = new Label(messages.text("calendar.weekShort"));
        grid.addHeader(weekHeader);
        for (int column = 0; column < 7; column++) {
            DayOfWeek weekday = DayOfWeek.MONDAY.plus(column);
            grid.addHeader(new Label(weekday.getDisplayName(TextStyle.SHORT_STANDALONE, messages.locale())));
        }
        for (int row = 0; row < 6; row++) {
            TextLine weekNumber = new TextLine(Styles.WEEK_NUMBER);
            weekNumbers.add(weekNumber);
            grid.add(weekNumber);
            for (int column = 0; column < 7; column++) {
                MonthDayCell cell = new MonthDayCell(messages, viewModel, drag, this::openDayList, thumbnails);
                cells.add(cell);
                grid.add(cell);
            }
        }

        electionLegend = electionLegend();
        grid.setLegend(electionLegend);

        emptyHint.getStyleClass().add(Styles.EMPTY_STATE);
        emptyHint.setMouseTransparent(true);
        emptyHint.setVisible(false);
        StackPane.setAlignment(emptyHint, Pos.BOTTOM_CENTER);
        getChildren().addAll(grid, emptyHint);

        // Once per load, after both the days and their period are set: refilling on each of the two
        // would fill the grid twice, the first time with the old dates.
        viewModel.shownGenerationProperty().addListener((observable, old, generation) -> refill());
        viewModel.selectedDayProperty().addListener((observable, old, selected) -> {
            for (MonthDayCell cell : cells) {
                cell.select(selected != null && selected.equals(cell.day()));
            }
        });
        viewModel.todayProperty().addListener((observable, old, today) -> cells.forEach(cell -> cell.markToday(today)));
        viewModel.holidaysShownProperty().addListener((observable, old, count) -> cells.forEach(cell -> {
            if (cell.day() != null) {
                cell.showHolidays(viewModel.holidaysOn(cell.day()));
            }
        }));
        viewModel.electionsShownProperty().addListener((observable, old, count) -> cells.forEach(cell -> {
            if (cell.day() != null) {
                cell.showElection(viewModel.electionOn(cell.day()));
            }
        }));
        viewModel.electionLegendShownProperty().addListener((observable, old, shown) -> showLegend(shown));
        showLegend(viewModel.electionLegendShownProperty().get());
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        refill();
    }

    /** The band's two colours with their words: colour alone never says what it means. */
    private HBox electionLegend() {
        HBox legend = new HBox();
        legend.getStyleClass().add(Styles.ELECTION_LEGEND);
        legend.setAlignment(Pos.CENTER_LEFT);
        legend.getChildren().addAll(
                legendSample(Styles.PSEUDO_ELECTION_WINDOW), new Label(messages.text("calendar.election.legendWindow")),
                legendSample(Styles.PSEUDO_ELECTION_HOT), new Label(messages.text("calendar.election.legendHot")));
        return legend;
    }

    private static Region legendSample(String phase) {
        Region sample = new Region();
        sample.getStyleClass().add(Styles.ELECTION_SAMPLE);
        sample.pseudoClassStateChanged(PseudoClass.getPseudoClass(phase), true);
        return sample;
    }

    private void showLegend(boolean shown) {
        electionLegend.setVisible(shown);
        // The hint sits at the bottom of the grid as well; it moves up above the legend while that is shown.
        StackPane.setMargin(emptyHint, shown ? new Insets(0, 0, grid.legendHeight(), 0) : null);
        grid.requestLayout();
    }

    private void refill() {
        CalendarPeriod period = viewModel.shownPeriodProperty().get();
        if (period == null || period.mode() != CalendarMode.MONTH) {
            period = viewModel.period().mode() == CalendarMode.MONTH ? viewModel.period() : null;
        }
        if (period == null) {
            return;
        }
        Map<LocalDate, DayOverview> days = viewModel.monthDaysProperty().get();
        LocalDate today = viewModel.todayProperty().get();
        LocalDate selected = viewModel.selectedDay();
        boolean empty = true;
        for (int index = 0; index < cells.size(); index++) {
            LocalDate day = period.first().plusDays(index);
            DayOverview overview = days.getOrDefault(day, DayOverview.empty(day));
            if (period.isInMainMonth(day) && overview.total() > 0) {
                empty = false;
            }
            cells.get(index).show(day, overview, period.isInMainMonth(day), today, selected, viewModel.holidaysOn(day),
                    viewModel.electionOn(day));
        }
        for (int row = 0; row < weekNumbers.size(); row++) {
            weekNumbers.get(row).setText(Integer.toString(
                    period.first().plusWeeks(row).get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)));
        }
        emptyHint.setText(messages.text("calendar.empty"));
        emptyHint.setVisible(empty && !viewModel.loadingProperty().get());
    }

    private void onKey(KeyEvent event) {
        if (event.isAltDown() || event.isControlDown() || event.isMetaDown()) {
            return;
        }
        KeyCode code = event.getCode();
        switch (code) {
            case LEFT -> viewModel.moveSelection(-1);
            case RIGHT -> viewModel.moveSelection(1);
            case UP -> viewModel.moveSelection(-7);
            case DOWN -> viewModel.moveSelection(7);
            case ENTER -> {
                if (viewModel.openSelectedDay()) {
                    openDayList(viewModel.selectedDay());
                }
            }
            default -> {
                return;
            }
        }
        event.consume();
    }

    private void openDayList(LocalDate day) {
        MonthDayCell anchor = cells.stream().filter(cell -> day.equals(cell.day())).findFirst().orElse(null);
        if (dayPopup == null) {
            dayPopup = new DayPostsPopup(viewModel, messages, thumbnails);
        }
        dayPopup.show(day, anchor != null ? anchor : this);
    }

    /**
     * The weekday header, the week numbers and the 42 day cells, laid out by hand: every day column
     * the same width, every week row the same height, whatever the cells hold. A general grid pane
     * asks all 56 children for their sizes at each page turn only to arrive at the same result.
     */
    private final class Grid extends Region {

        private static final double WEEK_COLUMN_WIDTH = 28;
        private static final double MIN_HEADER_HEIGHT = 24;
        private static final double MIN_DAY_WIDTH = 40;
        private static final double MIN_ROW_HEIGHT = 40;
        private static final double PREF_DAY_WIDTH = 120;
        private static final double PREF_ROW_HEIGHT = 100;

        private final List<Label> headers = new ArrayList<>();
        private Region legend;

        /** The line under the last week; it takes room from the rows only while it is visible. */
        void setLegend(Region newLegend) {
            legend = newLegend;
            getChildren().add(newLegend);
        }

        double legendHeight() {
            return legend != null && legend.isVisible() ? snapSizeY(legend.prefHeight(-1)) : 0;
        }

        void add(Region child) {
            getChildren().add(child);
        }

        void addHeader(Label header) {
            header.getStyleClass().add(Styles.WEEKDAY_HEADER);
            header.setAlignment(Pos.CENTER);
            header.setMaxWidth(Double.MAX_VALUE);
            headers.add(header);
            getChildren().add(header);
        }

        @Override
        protected double computeMinWidth(double height) {
            return snappedLeftInset() + WEEK_COLUMN_WIDTH + 7 * MIN_DAY_WIDTH + snappedRightInset();
        }

        @Override
        protected double computeMinHeight(double width) {
            return snappedTopInset() + headerHeight() + 6 * MIN_ROW_HEIGHT + snappedBottomInset();
        }

        @Override
        protected double computePrefWidth(double height) {
            return snappedLeftInset() + WEEK_COLUMN_WIDTH + 7 * PREF_DAY_WIDTH + snappedRightInset();
        }

        @Override
        protected double computePrefHeight(double width) {
            return snappedTopInset() + headerHeight() + 6 * PREF_ROW_HEIGHT + snappedBottomInset();
        }

        @Override
        protected void layoutChildren() {
            double left = snappedLeftInset();
            double top = snappedTopInset();
            double width = getWidth() - left - snappedRightInset();
            double header = headerHeight();
            double dayWidth = Math.max(0, width - WEEK_COLUMN_WIDTH) / 7;
            double legendHeight = legendHeight();
            double rowHeight = Math.max(0, getHeight() - top - snappedBottomInset() - header - legendHeight) / 6;
            for (int column = 0; column < headers.size(); column++) {
                double x = column == 0 ? left : columnX(left, dayWidth, column - 1);
                double next = column == 0 ? left + WEEK_COLUMN_WIDTH : columnX(left, dayWidth, column);
                headers.get(column).resizeRelocate(x, top, next - x, header);
            }
            for (int row = 0; row < 6; row++) {
                double y = snapPositionY(top + header + row * rowHeight);
                double bottom = snapPositionY(top + header + (row + 1) * rowHeight);
                TextLine weekNumber = weekNumbers.get(row);
                double numberWidth = Math.min(WEEK_COLUMN_WIDTH, weekNumber.prefWidth(-1));
                double numberHeight = weekNumber.prefHeight(-1);
                weekNumber.resizeRelocate(snapPositionX(left + (WEEK_COLUMN_WIDTH - numberWidth) / 2),
                        snapPositionY(y + (bottom - y - numberHeight) / 2), numberWidth, numberHeight);
                for (int column = 0; column < 7; column++) {
                    double x = columnX(left, dayWidth, column);
                    double right = columnX(left, dayWidth, column + 1);
                    cells.get(row * 7 + column).resizeRelocate(x, y, right - x, bottom - y);
                }
            }
            if (legendHeight > 0) {
                double x = columnX(left, dayWidth, 0);
                legend.resizeRelocate(x, snapPositionY(top + header + 6 * rowHeight), left + width - x, legendHeight);
            }
        }

        private double columnX(double left, double dayWidth, int dayColumn) {
            return snapPositionX(left + WEEK_COLUMN_WIDTH + dayColumn * dayWidth);
        }

        private double headerHeight() {
            double tallest = MIN_HEADER_HEIGHT;
            for (Label header : headers) {
                tallest = Math.max(tallest, header.prefHeight(-1));
            }
            return snapSizeY(tallest);
        }
    }
}
