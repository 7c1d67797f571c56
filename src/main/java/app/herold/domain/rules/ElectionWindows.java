package app.herold.domain.rules;

import java.time.LocalDate;
import java.time.Period;

/**
 * How long before an election the town's posts are checked for neutrality (domain.md §1.5): a
 * warning window, by default three months (settable from six weeks to six months) and never before
 * the election was announced, and within it the "heiße Phase", by default the last six weeks. Both
 * end the day after the election. Dates, not instants: a post belongs to the window by the day it is
 * planned for, whatever the clock change does to its hours.
 */
public record ElectionWindows(Period warning, Period hotPhase) {

    public static final Period SHORTEST_WARNING = Period.ofWeeks(6);
    public static final Period LONGEST_WARNING = Period.ofMonths(6);
    public static final ElectionWindows DEFAULT = new ElectionWindows(Period.ofMonths(3), Period.ofWeeks(6));

    public ElectionWindows {
        LocalDate reference = LocalDate.of(2026, 1, 1);
        if (reference.plus(warning).isBefore(reference.plus(SHORTEST_WARNING))) {
            warning = SHORTEST_WARNING;
        }
        if (reference.plus(warning).isAfter(reference.plus(LONGEST_WARNING))) {
            warning = LONGEST_WARNING;
        }
        if (reference.plus(hotPhase).isAfter(reference.plus(warning))) {
            hotPhase = warning;
        }
    }

    /** One election's window. */
    public record Window(Election election, LocalDate start, LocalDate hotStart, LocalDate endExclusive) {

        public boolean contains(LocalDate day) {
            return !day.isBefore(start) && day.isBefore(endExclusive);
        }

        public boolean isHot(LocalDate day) {
            return !day.isBefore(hotStart) && day.isBefore(endExclusive);
        }
    }

    public Window of(Election election) {
        LocalDate start = election.date().minus(warning);
        if (election.announcedOn() != null && election.announcedOn().isAfter(start)) {
            start = election.announcedOn();
        }
        LocalDate hotStart = election.date().minus(hotPhase);
        if (hotStart.isBefore(start)) {
            hotStart = start;
        }
        return new Window(election, start, hotStart, election.date().plusDays(2));
    }
}
