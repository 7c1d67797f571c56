package app.herold.domain.rules;

import java.time.LocalDate;
import java.util.List;

/** The named days of a Land: its public holidays, the days of mourning and the Warntag. */
@FunctionalInterface
public interface HolidayCalendar {

    /**
     * The named days from {@code from} to {@code to}, both inclusive, in date order.
     *
     * @param state the Land as its ISO 3166-2 subdivision code without the country: "SN", "BY", …
     *              (see {@link app.herold.domain.settings.FederalState})
     */
    List<Holiday> between(LocalDate from, LocalDate to, String state);
}
