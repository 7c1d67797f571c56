package app.herold.domain.post;

import java.time.LocalDate;
import java.util.List;

/**
 * One calendar day as the month view draws it: the first few cards in time order and how many
 * posts the day holds in all, so a day with hundreds of posts costs no more than one with three.
 */
public record DayOverview(LocalDate day, List<PostSummary> firstPosts, int total) {

    public DayOverview {
        firstPosts = List.copyOf(firstPosts);
    }

    public static DayOverview empty(LocalDate day) {
        return new DayOverview(day, List.of(), 0);
    }

    public int hiddenCount() {
        return Math.max(0, total - firstPosts.size());
    }
}
