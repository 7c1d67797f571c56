package app.herold.ui.calendar;

import app.herold.domain.post.DayOverview;
import app.herold.i18n.Messages;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.geometry.HPos;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;

/**
 * The month grid: six Monday-first weeks with ISO week numbers. Its 42 cells are built once and
 * refilled when the month changes, which keeps a month switch far below one frame of work.
 */
public final class MonthView extends StackPane {

    private final CalendarViewModel viewModel;
    private final Messages messages;
    private final GridPane grid = new GridPane();
    private final List<MonthDayCell> cells = new ArrayList<>();
    private final List<Label> weekNumbers = new ArrayList<>();
    private final Label emptyHint = new Label();
    private final Thumbnails thumbnails;
    private DayPostsPopup dayPopup;

    public MonthView(CalendarViewModel viewModel, Messages messages, PostDrag drag, Thumbnails thumbnails) {
        this.viewModel = viewModel;
        this.messages = messages;
        this.thumbnails = thumbnails;
        getStyleClass().add(Styles.MONTH_GRID);
        setFocusTraversable(true);
        setAccessibleText(messages.text("calendar.month.accessible"));

        ColumnConstraints weekColumn = new ColumnConstraints();
        weekColumn.setMinWidth(28);
        weekColumn.setPrefWidth(28);
        weekColumn.setHalignment(HPos.CENTER);
        grid.getColumnConstraints().add(weekColumn);
        for (int column = 0; column < 7; column++) {
            ColumnConstraints dayColumn = new ColumnConstraints();
            dayColumn.setPercentWidth(-1);
            dayColumn.setHgrow(Priority.ALWAYS);
            dayColumn.setMinWidth(40);
            dayColumn.setPrefWidth(120);
            dayColumn.setFillWidth(true);
            grid.getColumnConstraints().add(dayColumn);
        }
        RowConstraints headerRow = new RowConstraints();
        headerRow.setMinHeight(24);
        grid.getRowConstraints().add(headerRow);
        for (int row = 0; row < 6; row++) {
            RowConstraints weekRow = new RowConstraints();
            weekRow.setVgrow(Priority.ALWAYS);
            weekRow.setMinHeight(40);
            weekRow.setPrefHeight(100);
            weekRow.setFillHeight(true);
            grid.getRowConstraints().add(weekRow);
        }

        Label weekHeader = new Label(messages.text("calendar.weekShort"));
        weekHeader.getStyleClass().add(Styles.WEEKDAY_HEADER);
        grid.add(weekHeader, 0, 0);
        for (int column = 0; column < 7; column++) {
            DayOfWeek weekday = DayOfWeek.MONDAY.plus(column);
            Label header = new Label(weekday.getDisplayName(TextStyle.SHORT_STANDALONE, messages.locale()));
            header.getStyleClass().add(Styles.WEEKDAY_HEADER);
            header.setMaxWidth(Double.MAX_VALUE);
            header.setAlignment(Pos.CENTER);
            grid.add(header, column + 1, 0);
        }
        for (int row = 0; row < 6; row++) {
            Label weekNumber = new Label();
            weekNumber.getStyleClass().add(Styles.WEEK_NUMBER);
            weekNumbers.add(weekNumber);
            grid.add(weekNumber, 0, row + 1);
            for (int column = 0; column < 7; column++) {
                MonthDayCell cell = new MonthDayCell(messages, viewModel, drag, this::openDayList, thumbnails);
                cell.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
                cells.add(cell);
                grid.add(cell, column + 1, row + 1);
            }
        }

        emptyHint.getStyleClass().add(Styles.EMPTY_STATE);
        emptyHint.setMouseTransparent(true);
        emptyHint.setVisible(false);
        StackPane.setAlignment(emptyHint, Pos.BOTTOM_CENTER);
        getChildren().addAll(grid, emptyHint);

        viewModel.monthDaysProperty().addListener((observable, old, days) -> refill());
        viewModel.shownPeriodProperty().addListener((observable, old, shown) -> refill());
        viewModel.selectedDayProperty().addListener((observable, old, selected) -> {
            for (MonthDayCell cell : cells) {
                cell.select(selected != null && selected.equals(cell.day()));
            }
        });
        viewModel.todayProperty().addListener((observable, old, today) -> cells.forEach(cell -> cell.markToday(today)));
        addEventHandler(MouseEvent.MOUSE_PRESSED, event -> requestFocus());
        addEventHandler(KeyEvent.KEY_PRESSED, this::onKey);
        refill();
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
            cells.get(index).show(day, overview, period.isInMainMonth(day), today, selected);
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
}
