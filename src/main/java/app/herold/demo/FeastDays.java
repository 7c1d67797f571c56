package app.herold.demo;

import static java.time.temporal.TemporalAdjusters.dayOfWeekInMonth;
import static java.time.temporal.TemporalAdjusters.previousOrSame;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;

/**
 * The holidays of Saxony and the yearly days a town posts about, computed by the rules in
 * {@code domain.md} §5.1–5.3 so the demo puts every post that names one on the right date.
 */
final class FeastDays {

    private FeastDays() {
    }

    /** Gregorian Easter Sunday (the algorithm credited to Ian Stewart, as in umulmrum/holiday). */
    static LocalDate easterSunday(int year) {
        int a = year % 19;
        int b = year / 100;
        int c = year % 100;
        int d = b / 4;
        int e = b % 4;
        int g = (8 * b + 13) / 25;
        int h = (19 * a + b - d - g + 15) % 30;
        int j = c / 4;
        int k = c % 4;
        int m = (a + 11 * h) / 319;
        int l = (2 * e + 2 * j - h - k + m + 32) % 7;
        int month = (h - m + l + 90) / 25;
        int day = (h - m + l + month + 19) % 32;
        return LocalDate.of(year, month, day);
    }

    /** The fourth Sunday before Christmas. */
    static LocalDate firstAdvent(int year) {
        return LocalDate.of(year, 12, 24).with(previousOrSame(DayOfWeek.SUNDAY)).minusWeeks(3);
    }

    /** The Wednesday before the last Sunday before Advent; a public holiday in Saxony only. */
    static LocalDate bussUndBettag(int year) {
        return firstAdvent(year).minusDays(11);
    }

    /** The second-to-last Sunday before Advent, a quiet day of remembrance. */
    static LocalDate volkstrauertag(int year) {
        return firstAdvent(year).minusWeeks(2);
    }

    /** Bundesweiter Warntag: the second Thursday of September. */
    static LocalDate warntag(int year) {
        return nth(year, 9, DayOfWeek.THURSDAY, 2);
    }

    /** Bundesweiter Vorlesetag: the third Friday of November. */
    static LocalDate vorlesetag(int year) {
        return nth(year, 11, DayOfWeek.FRIDAY, 3);
    }

    static LocalDate nth(int year, int month, DayOfWeek weekday, int ordinal) {
        return LocalDate.of(year, month, 1).with(dayOfWeekInMonth(ordinal, weekday));
    }

    /** The public holidays of Saxony (§ 1 SächsSFG) without Fronleichnam, which only some villages keep. */
    static List<Occasion> saxonHolidays(int year) {
        LocalDate easter = easterSunday(year);
        return List.of(
                new Occasion(LocalDate.of(year, 1, 1), "Neujahr"),
                new Occasion(easter.minusDays(2), "Karfreitag"),
                new Occasion(easter.plusDays(1), "Ostermontag"),
                new Occasion(LocalDate.of(year, 5, 1), "Tag der Arbeit"),
                new Occasion(easter.plusDays(39), "Christi Himmelfahrt"),
                new Occasion(easter.plusDays(50), "Pfingstmontag"),
                new Occasion(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit"),
                new Occasion(LocalDate.of(year, 10, 31), "Reformationstag"),
                new Occasion(bussUndBettag(year), "Buß- und Bettag"),
                new Occasion(LocalDate.of(year, 12, 25), "1. Weihnachtsfeiertag"),
                new Occasion(LocalDate.of(year, 12, 26), "2. Weihnachtsfeiertag"));
    }

    static boolean isWorkday(LocalDate day) {
        return day.getDayOfWeek().getValue() <= DayOfWeek.FRIDAY.getValue();
    }
}
