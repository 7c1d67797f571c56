package app.herold.domain.rules;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A day the calendar names and the checks know: a public holiday of the Land, a protected day of
 * mourning, or the Bundesweiter Warntag.
 *
 * @param name as the calendar shows it, in German ("Buß- und Bettag"): these are the days' proper names
 */
public record Holiday(LocalDate date, String name, Kind kind) {

    /** What the day means for a post. */
    public enum Kind {
        /** A gesetzlicher Feiertag of the Land: the town hall is closed. */
        PUBLIC,
        /** Volkstrauertag or Totensonntag: no public entertainment (§ 2 SächsSFG). */
        MOURNING,
        /** Bundesweiter Warntag: sirens and Cell Broadcast at 11:00. */
        WARNTAG
    }

    public Holiday {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
    }

    public boolean isPublic() {
        return kind == Kind.PUBLIC;
    }
}
