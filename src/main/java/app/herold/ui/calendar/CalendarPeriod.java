package app.herold.ui.calendar;

import app.herold.domain.post.MonthGrid;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Objects;

/**
 * The days a calendar mode shows around a date: six Monday-first weeks for a month (so every
 * month has the same grid), Monday to Sunday for a week, the month's own days for the list.
 */
public record CalendarPeriod(CalendarMode mode, LocalDate anchor, LocalDate first, LocalDate last) {

    public static CalendarPeriod of(CalendarMode mode, LocalDate date) {
        return switch (mode) {
            case MONTH -> {
                MonthGrid grid = MonthGrid.containing(date);
                yield new CalendarPeriod(mode, grid.firstOfMonth(), grid.first(), grid.last());
            }
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new CalendarPeriod(mode, monday, monday, monday.plusDays(6));
            }
            case LIST -> {
                LocalDate firstOfMonth = date.withDayOfMonth(1);
                yield new CalendarPeriod(mode, firstOfMonth, firstOfMonth,
                        firstOfMonth.with(TemporalAdjusters.lastDayOfMonth()));
            }
        };
    }

    public CalendarPeriod next() {
        return of(mode, mode == CalendarMode.WEEK ? anchor.plusWeeks(1) : anchor.plusMonths(1));
    }

    public CalendarPeriod previous() {
        return of(mode, mode == CalendarMode.WEEK ? anchor.minusWeeks(1) : anchor.minusMonths(1));
    }

    public boolean contains(LocalDate day) {
        return !day.isBefore(first) && !day.isAfter(last);
    }

    /*
     * Written out: a record's generated equals and hashCode are linked through method handles at their
     * first call, which cost the UI thread about 5 ms as it showed the first month.
     */
    @Override
    public boolean equals(Object other) {
        return other instanceof CalendarPeriod period && mode == period.mode && anchor.equals(period.anchor)
                && first.equals(period.first) && last.equals(period.last);
    }

    @Override
    public int hashCode() {
        return Objects.hash(mode, anchor, first, last);
    }

    /** For the month grid: whether a day belongs to the month shown, not to its neighbours. */
    public boolean isInMainMonth(LocalDate day) {
        return day.getMonth() == anchor.getMonth() && day.getYear() == anchor.getYear();
    }
}
