package app.herold.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An election on the town's calendar: the day, the day it was announced (a window never starts
 * before), its local candidates and voter groups, whether it is one of the shipped examples, and
 * how long before it the town's posts are checked ({@link ElectionWindows}).
 */
public record Election(long id, ElectionType type, LocalDate date, LocalDate announcedOn, String name,
                       List<String> candidates, List<String> groups, boolean example, ElectionWindows windows) {

    public Election {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        groups = groups == null ? List.of() : List.copyOf(groups);
        windows = windows == null ? ElectionWindows.DEFAULT : windows;
    }

    /** An election with the default windows (three months, hot phase six weeks). */
    public Election(long id, ElectionType type, LocalDate date, LocalDate announcedOn, String name,
                    List<String> candidates, List<String> groups, boolean example) {
        this(id, type, date, announcedOn, name, candidates, groups, example, ElectionWindows.DEFAULT);
    }

    /** Its window, by its own settings. */
    public ElectionWindows.Window window() {
        return windows.of(this);
    }

    /** What the UI and findings call it: its name, or its kind and day. */
    public String label() {
        return name.isBlank() ? type.id() + " " + date : name;
    }

    public Election withId(long newId) {
        return new Election(newId, type, date, announcedOn, name, candidates, groups, example, windows);
    }
}
