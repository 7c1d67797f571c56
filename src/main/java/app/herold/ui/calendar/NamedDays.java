package app.herold.ui.calendar;

import app.herold.domain.rules.Holiday;
import java.util.List;

/** How the month cells and week columns name a day's holidays: all of them, joined; mostly there are none. */
final class NamedDays {

    private NamedDays() {
    }

    /** "Buß- und Bettag"; two days that fall together ("Tag der Arbeit · Christi Himmelfahrt" in 2008). */
    static String names(List<Holiday> named) {
        if (named.isEmpty()) {
            return "";
        }
        if (named.size() == 1) {
            return named.get(0).name();
        }
        StringBuilder names = new StringBuilder(named.get(0).name());
        for (int i = 1; i < named.size(); i++) {
            names.append(" · ").append(named.get(i).name());
        }
        return names.toString();
    }

    /** Whether the day is shaded: public holidays only; a day of mourning or the Warntag is only named. */
    static boolean anyPublic(List<Holiday> named) {
        for (Holiday holiday : named) {
            if (holiday.isPublic()) {
                return true;
            }
        }
        return false;
    }
}
