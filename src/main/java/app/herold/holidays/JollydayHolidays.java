package app.herold.holidays;

import app.herold.domain.rules.Holiday;
import app.herold.domain.rules.HolidayCalendar;
import app.herold.domain.rules.RemembranceDays;
import app.herold.domain.settings.FederalState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The named days of a Land: its public holidays from Jollyday (decision 0020), the days of mourning
 * and the Warntag computed by {@link RemembranceDays}, for every Land alike.
 *
 * <p>Creating one touches no Jollyday class: the library (its XML, Jackson's XML module, Woodstox)
 * is loaded by the first {@link #between} call, which the window makes on its background thread once
 * the first month is on screen. Each year of each Land is computed once and kept.
 *
 * <p>Only what holds in the whole Land is a public holiday here. Fronleichnam is one in Saxony only in
 * some Sorbian Catholic municipalities of Landkreis Bautzen (FronleichnamsVO, domain.md §5.1), and in
 * Thuringia likewise, Mariä Himmelfahrt in Bavaria only in predominantly Catholic municipalities, the
 * Augsburger Friedensfest only in Augsburg: Herold does not know the town, so it shows none of them.
 */
public final class JollydayHolidays implements HolidayCalendar {

    private final Map<YearOfState, List<Holiday>> years = new ConcurrentHashMap<>();

    /**
     * @throws IllegalArgumentException for a code that is none of the 16 Länder
     */
    @Override
    public List<Holiday> between(LocalDate from, LocalDate to, String state) {
        FederalState land = FederalState.fromCode(state)
                .orElseThrow(() -> new IllegalArgumentException("not a German Land: " + state));
        List<Holiday> found = new ArrayList<>();
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            for (Holiday holiday : years.computeIfAbsent(new YearOfState(year, land), JollydayHolidays::compute)) {
                if (!holiday.date().isBefore(from) && !holiday.date().isAfter(to)) {
                    found.add(holiday);
                }
            }
        }
        return found;
    }

    private static List<Holiday> compute(YearOfState key) {
        List<Holiday> days = new ArrayList<>(JollydayYear.publicHolidays(key.year(), key.state()));
        days.addAll(RemembranceDays.of(key.year()));
        days.sort(Comparator.comparing(Holiday::date));
        return List.copyOf(days);
    }

    private record YearOfState(int year, FederalState state) {
    }
}
