package app.herold.demo;

import java.util.HashMap;
import java.util.Map;

/** A gap in a text pattern, written {@code {name}}, and where its value comes from. */
enum Slot {
    /** "Dienstag, 14. Oktober" */
    DATE("date"),
    /** "14. Oktober" */
    DATE_DAY("dateDay"),
    /** "14.10." */
    DATE_SHORT("dateShort"),
    /** The second day a post names (the end of a closure, a deadline), in the same three forms. */
    DATE2("date2"),
    DATE2_DAY("date2Day"),
    DATE2_SHORT("date2Short"),
    /** The name of the holiday the post is about. */
    HOLIDAY("holiday"),
    STREET("street", Pool.STREETS, 0),
    DETOUR("detour", Pool.DETOUR_STREETS, 0),
    DISTRICT("district", Pool.DISTRICTS, 0),
    WORKS("works", Pool.WORKS, 0),
    SESSION_TIME("sessionTime", Pool.SESSION_TIMES, 0),
    EVENT_TIME("eventTime", Pool.EVENT_TIMES, 0),
    AGENDA_A("agendaA", Pool.AGENDA, 0),
    AGENDA_B("agendaB", Pool.AGENDA, 1),
    DECISION("decision", Pool.DECISIONS, 0),
    JOB_SHORT("jobShort", Pool.JOBS, 0),
    JOB_LONG("jobLong", Pool.JOBS, 1),
    KITA("kita", Pool.KITAS, 0),
    CONCERT("concert", Pool.CONCERTS, 0),
    CONCERT_VENUE("concertVenue", Pool.CONCERTS, 1),
    WEEKEND_A("weekendA", Pool.WEEKEND, 0),
    WEEKEND_B("weekendB", Pool.WEEKEND, 1),
    WEEKEND_C("weekendC", Pool.WEEKEND, 2),
    ISSUE_A("issueA", Pool.ISSUE_CONTENTS, 0),
    ISSUE_B("issueB", Pool.ISSUE_CONTENTS, 1),
    ISSUE_C("issueC", Pool.ISSUE_CONTENTS, 2),
    MARKET_PROGRAM("marketProgram", Pool.MARKET_PROGRAM, 0),
    B93_TOWN("b93Town", Pool.B93_TOWNS, 0),
    WARN_HOUR("warnHour", Pool.WARN_HOURS, 0),
    STOP("stop", Pool.STOPS, 0);

    private static final Map<String, Slot> BY_NAME = new HashMap<>();

    static {
        for (Slot slot : values()) {
            BY_NAME.put(slot.placeholder, slot);
        }
    }

    private final String placeholder;
    private final Pool pool;
    private final int column;

    Slot(String placeholder) {
        this(placeholder, null, 0);
    }

    Slot(String placeholder, Pool pool, int column) {
        this.placeholder = placeholder;
        this.pool = pool;
        this.column = column;
    }

    /** The slot written {@code {name}}; unknown names are a mistake in a template. */
    static Slot named(String name) {
        Slot slot = BY_NAME.get(name);
        if (slot == null) {
            throw new IllegalArgumentException("unknown slot {" + name + "}");
        }
        return slot;
    }

    /** The pool the value comes from, or null for the dates and the holiday name. */
    Pool pool() {
        return pool;
    }

    int column() {
        return column;
    }
}
