package app.herold.holidays;

import app.herold.domain.rules.Holiday;
import app.herold.domain.settings.FederalState;
import de.focus_shift.jollyday.core.HolidayCalendar;
import de.focus_shift.jollyday.core.HolidayManager;
import de.focus_shift.jollyday.core.HolidayType;
import de.focus_shift.jollyday.core.ManagerParameters;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The one class that calls Jollyday. Kept apart from {@link JollydayHolidays}, which the window is wired
 * with at start-up, so that the JVM loads this class, and with it the library and its XML (about half a
 * second on two cores), only when a year is first asked for; the manager made then is reused.
 */
final class JollydayYear {

    /**
     * Where Jollyday's German description is not what a German calendar says: it calls Easter Sunday and
     * Whit Sunday (holidays by law in Brandenburg and Hesse) "Ostern" and "Pfingsten", and Thuringia's
     * Weltkindertag "Kindertag", which in Germany means 1 June.
     */
    private static final Map<String, String> NAMES = Map.of(
            "christian.EASTER", "Ostersonntag",
            "christian.PENTECOST", "Pfingstsonntag",
            "christian.WHIT_SUNDAY", "Pfingstsonntag",
            "CHILDRENS_DAY", "Weltkindertag");

    private static final HolidayManager GERMANY = HolidayManager.getInstance(
            ManagerParameters.create(HolidayCalendar.GERMANY));

    private JollydayYear() {
    }

    /** The public holidays of the whole Land in {@code year}, with their German names. */
    static List<Holiday> publicHolidays(int year, FederalState state) {
        return GERMANY.getHolidays(Year.of(year), HolidayType.PUBLIC_HOLIDAY,
                        state.code().toLowerCase(Locale.ROOT)).stream()
                .map(holiday -> new Holiday(holiday.getDate(), germanName(holiday), Holiday.Kind.PUBLIC))
                .toList();
    }

    private static String germanName(de.focus_shift.jollyday.core.Holiday holiday) {
        return NAMES.getOrDefault(holiday.getPropertiesKey(), holiday.getDescription(Locale.GERMAN));
    }
}
