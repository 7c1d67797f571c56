package app.herold.domain.post;

import app.herold.domain.UserFacingException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Plan als Kalenderdatei exportieren": the posts planned on the days from one date to another, both
 * included, as one calendar file. Ideas have no date and stay out.
 */
public final class ExportPlanCalendar {

    private final PostStore posts;
    private final PlanCalendarFiles files;

    public ExportPlanCalendar(PostStore posts, PlanCalendarFiles files) {
        this.posts = posts;
        this.files = files;
    }

    /** Writes the file and returns how many posts it holds; blocks on the database and the disk. */
    public int export(LocalDate from, LocalDate to, Locale locale, Path file) {
        requireRange(from, to);
        List<Post> planned = new ArrayList<>();
        posts.forEach(from, to, post -> {
            if (!post.isIdea()) {
                planned.add(post);
            }
        });
        files.write(planned, locale, file);
        return planned.size();
    }

    /** A range whose end comes before its start is a typing mistake, not an empty plan. */
    public static void requireRange(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw new UserFacingException("ics.error.range", from.toString(), to.toString());
        }
    }
}
