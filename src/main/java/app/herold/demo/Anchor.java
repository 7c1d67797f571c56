package app.herold.demo;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** The kind of day a demo post is about, and how to find such days in a year. */
enum Anchor {
    EVERY_DAY((year, out) -> daysWhere(year, out, day -> true, false)),
    /** Monday to Friday except holidays and the quiet days between Christmas and New Year. */
    WORKDAYS((year, out) -> daysWhere(year, out,
            day -> FeastDays.isWorkday(day) && !(day.getMonth() == Month.DECEMBER && day.getDayOfMonth() >= 24),
            true)),
    /** Workdays from March to November, when roads are built. */
    ROADWORK_DAYS((year, out) -> daysWhere(year, out,
            day -> FeastDays.isWorkday(day) && day.getMonthValue() >= 3 && day.getMonthValue() <= 11, true)),
    FRIDAYS((year, out) -> daysWhere(year, out, day -> day.getDayOfWeek() == DayOfWeek.FRIDAY, true)),
    SATURDAYS((year, out) -> daysWhere(year, out, day -> day.getDayOfWeek() == DayOfWeek.SATURDAY, true)),
    FIRST_MONDAYS((year, out) -> daysWhere(year, out,
            day -> day.getDayOfWeek() == DayOfWeek.MONDAY && day.getDayOfMonth() <= 7, true)),
    /** The council meets on the fourth Tuesday, with a summer break in August and none at Christmas. */
    STADTRAT((year, out) -> daysWhere(year, out,
            day -> isNthWeekday(day, DayOfWeek.TUESDAY, 4) && day.getMonth() != Month.AUGUST
                    && !(day.getMonth() == Month.DECEMBER && day.getDayOfMonth() > 22), true)),
    VERWALTUNGSAUSSCHUSS((year, out) -> daysWhere(year, out,
            day -> isNthWeekday(day, DayOfWeek.TUESDAY, 2) && day.getMonth() != Month.AUGUST, true)),
    /** The Amtsblatt appears every second Friday (Meerane's rhythm, domain.md §3.3). */
    AMTSBLATT((year, out) -> daysWhere(year, out,
            day -> Math.floorMod(day.toEpochDay() - AmtsblattRhythm.FIRST_ISSUE.toEpochDay(), 14) == 0, true)),
    WORKDAY_HOLIDAYS((year, out) -> FeastDays.saxonHolidays(year).stream()
            .filter(holiday -> FeastDays.isWorkday(holiday.date()))
            .forEach(out::add)),
    BUSS_UND_BETTAG((year, out) -> out.add(new Occasion(FeastDays.bussUndBettag(year), "Buß- und Bettag"))),
    /** Only when it falls on Monday to Thursday, so "wieder ab morgen" stays true. */
    REFORMATIONSTAG((year, out) -> {
        LocalDate day = LocalDate.of(year, 10, 31);
        if (day.getDayOfWeek().getValue() <= DayOfWeek.THURSDAY.getValue()) {
            out.add(new Occasion(day, "Reformationstag"));
        }
    }),
    CHRISTMAS_EVE((year, out) -> out.add(Occasion.on(LocalDate.of(year, 12, 24)))),
    NEW_YEAR((year, out) -> out.add(new Occasion(LocalDate.of(year, 1, 1), "Neujahr"))),
    GERMAN_UNITY((year, out) -> out.add(new Occasion(LocalDate.of(year, 10, 3), "Tag der Deutschen Einheit"))),
    TREE_PICKUP((year, out) -> out.add(Occasion.on(FeastDays.nth(year, 1, DayOfWeek.SATURDAY, 2)))),
    GOOD_FRIDAY((year, out) -> out.add(new Occasion(FeastDays.easterSunday(year).minusDays(2), "Karfreitag"))),
    EASTER_SATURDAY((year, out) -> out.add(Occasion.on(FeastDays.easterSunday(year).minusDays(1)))),
    EASTER_SUNDAY((year, out) -> out.add(Occasion.on(FeastDays.easterSunday(year)))),
    MAY_DAY_EVE((year, out) -> out.add(Occasion.on(LocalDate.of(year, 4, 30)))),
    /** The town festival starts on the Friday before the third Saturday of June. */
    STADTFEST((year, out) -> out.add(Occasion.on(FeastDays.nth(year, 6, DayOfWeek.SATURDAY, 3).minusDays(1)))),
    KIRMES((year, out) -> out.add(Occasion.on(FeastDays.nth(year, 10, DayOfWeek.SATURDAY, 3)))),
    /** The Christmas market runs from the Friday before the second Sunday of Advent to that Sunday. */
    WEIHNACHTSMARKT((year, out) -> out.add(Occasion.on(FeastDays.firstAdvent(year).plusDays(5)))),
    VOLKSTRAUERTAG((year, out) -> out.add(Occasion.on(FeastDays.volkstrauertag(year)))),
    VORLESETAG((year, out) -> out.add(Occasion.on(FeastDays.vorlesetag(year)))),
    WARNTAG((year, out) -> out.add(Occasion.on(FeastDays.warntag(year)))),
    SUMMER_DAYS((year, out) -> daysWhere(year, out,
            day -> day.getMonthValue() >= 5 && day.getMonthValue() <= 8, false)),
    SUMMER_SATURDAYS((year, out) -> daysWhere(year, out,
            day -> day.getMonthValue() >= 5 && day.getMonthValue() <= 9
                    && day.getDayOfWeek() == DayOfWeek.SATURDAY, true)),
    WINTER_DAYS((year, out) -> daysWhere(year, out,
            day -> day.getMonthValue() == 12 || day.getMonthValue() <= 2, false)),
    BIOTONNE_WEEKLY((year, out) -> out.add(Occasion.on(firstWorkdayFrom(FeastDays.nth(year, 4, DayOfWeek.MONDAY, 1))))),
    BIOTONNE_FORTNIGHTLY((year, out) -> out.add(Occasion.on(FeastDays.nth(year, 11, DayOfWeek.MONDAY, 1)))),
    FRIDAY_THE_13TH((year, out) -> daysWhere(year, out,
            day -> day.getDayOfMonth() == 13 && day.getDayOfWeek() == DayOfWeek.FRIDAY, false));

    private final YearRule rule;

    Anchor(YearRule rule) {
        this.rule = rule;
    }

    /** The matching days from {@code from} to {@code to} inclusive, in date order. */
    List<Occasion> occasionsBetween(LocalDate from, LocalDate to) {
        List<Occasion> all = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            rule.addTo(year, all);
        }
        all.removeIf(occasion -> occasion.date().isBefore(from) || occasion.date().isAfter(to));
        all.sort(Comparator.comparing(Occasion::date));
        return all;
    }

    private static void daysWhere(int year, List<Occasion> out, Predicate<LocalDate> wanted, boolean skipHolidays) {
        Set<LocalDate> holidays = new HashSet<>();
        if (skipHolidays) {
            FeastDays.saxonHolidays(year).forEach(holiday -> holidays.add(holiday.date()));
        }
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            if (wanted.test(day) && !holidays.contains(day)) {
                out.add(Occasion.on(day));
            }
        }
    }

    private static boolean isNthWeekday(LocalDate day, DayOfWeek weekday, int ordinal) {
        return day.getDayOfWeek() == weekday && (day.getDayOfMonth() - 1) / 7 == ordinal - 1;
    }

    private static LocalDate firstWorkdayFrom(LocalDate day) {
        LocalDate candidate = day;
        while (!FeastDays.isWorkday(candidate) || isSaxonHoliday(candidate)) {
            candidate = candidate.plusDays(1);
        }
        return candidate;
    }

    private static boolean isSaxonHoliday(LocalDate day) {
        return FeastDays.saxonHolidays(day.getYear()).stream().anyMatch(holiday -> holiday.date().equals(day));
    }

    @FunctionalInterface
    private interface YearRule {
        void addTo(int year, List<Occasion> out);
    }

    /** Holds the reference issue; an enum constant's lambda may not read a static field of its own enum. */
    private static final class AmtsblattRhythm {
        static final LocalDate FIRST_ISSUE = LocalDate.of(2024, 1, 5);
    }
}
