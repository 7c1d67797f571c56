package app.herold.domain.post;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Writes planned posts as one calendar file, an event each, for the calendar program of the mayor
 * or the office. A post keeps its event's identity from one file to the next, so a calendar that
 * matches events by it updates them on a second import instead of adding them twice.
 */
@FunctionalInterface
public interface PlanCalendarFiles {

    /**
     * Replaces {@code file} with the events of {@code posts}, which all have a schedule.
     *
     * @param locale the language of the words the events carry besides the post's own (its status)
     */
    void write(List<Post> posts, Locale locale, Path file);
}
