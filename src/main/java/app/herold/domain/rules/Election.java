package app.herold.domain.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An election on the town's calendar: the day, the day it was announced (a window never starts
 * before), its local candidates and voter groups, and whether it is one of the shipped examples.
 */
public record Election(long id, ElectionType type, LocalDate date, LocalDate announcedOn, String name,
                       List<String> candidates, List<String> groups, boolean example) {

    public Election {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(date, "date");
        name = name == null ? "" : name.strip();
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        groups = groups == null ? List.of() : List.copyOf(groups);
    }
}
