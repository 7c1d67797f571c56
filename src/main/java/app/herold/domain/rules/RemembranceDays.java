package app.herold.domain.rules;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.previous;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The named days that are not public holidays but matter to a town's posts in every Land: the days
 * of mourning before Advent and the Bundesweiter Warntag, computed by the rules in domain.md §5.3.
 */
public final class RemembranceDays {

    public static final String VOLKSTRAUERTAG = "Volkstrauertag";
    public static final String TOTENSONNTAG = "Totensonntag";
    public static final String WARNTAG = "Bundesweiter Warntag";

    private RemembranceDays() {
    }

    /** The fourth Sunday before Christmas Day (25 Dec on a Sunday is the fourth Advent's own day, not counted). */
    public static LocalDate firstAdvent(int year) {
        return LocalDate.of(year, 12, 25).with(previous(DayOfWeek.SUNDAY)).minusWeeks(3);
    }

    /** The second-to-last Sunday before the first Advent. */
    public static LocalDate volkstrauertag(int year) {
        return firstAdvent(year).minusWeeks(2);
    }

    /** The last Sunday before the first Advent (Ewigkeitssonntag). */
    public static LocalDate totensonntag(int year) {
        return firstAdvent(year).minusWeeks(1);
    }

    /**
     * The Bundesweiter Warntag of {@code year}: the second Thursday of September. First held in 2020,
     * called off in 2021 after that first run's failures, held on 8 December in 2022 to try Cell
     * Broadcast for the first time, and back in September since 2023.
     */
    public static Optional<LocalDate> warntag(int year) {
        if (year < 2020 || year == 2021) {
            return Optional.empty();
        }
        if (year == 2022) {
            return Optional.of(LocalDate.of(2022, 12, 8));
        }
        return Optional.of(LocalDate.of(year, 9, 1).with(dayOfWeekInMonth(2, DayOfWeek.THURSDAY)));
    }

    /** The days of mourning and the Warntag of {@code year}, in date order. */
    public static List<Holiday> of(int year) {
        List<Holiday> days = new ArrayList<>(3);
        warntag(year).ifPresent(day -> days.add(new Holiday(day, WARNTAG, Holiday.Kind.WARNTAG)));
        days.add(new Holiday(volkstrauertag(year), VOLKSTRAUERTAG, Holiday.Kind.MOURNING));
        days.add(new Holiday(totensonntag(year), TOTENSONNTAG, Holiday.Kind.MOURNING));
        days.sort(Comparator.comparing(Holiday::date));
        return days;
    }
}
