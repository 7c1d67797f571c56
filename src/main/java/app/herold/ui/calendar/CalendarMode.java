package app.herold.ui.calendar;

/** The three ways to look at the plan. */
public enum CalendarMode {
    MONTH, WEEK, LIST
}
