package app.herold.domain.post;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The days a month page shows: six Monday-first weeks starting on or before the first of the
 * month, so every month has the same 42-day grid.
 */
public record MonthGrid(LocalDate firstOfMonth, LocalDate first, LocalDate last) {

    public static final int DAYS = 42;

    /** The cards a day of the month grid shows; the others are counted in "+N weitere". */
    public static final int CARDS_PER_DAY = 3;

    public static MonthGrid containing(LocalDate date) {
        LocalDate firstOfMonth = date.withDayOfMonth(1);
        LocalDate gridStart = firstOfMonth.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        return new MonthGrid(firstOfMonth, gridStart, gridStart.plusDays(DAYS - 1));
    }

    /** The following month's page. */
    public MonthGrid next() {
        return containing(firstOfMonth.plusMonths(1));
    }
}
