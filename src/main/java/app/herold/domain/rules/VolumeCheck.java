package app.herold.domain.rules;

import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Whether the town posts noticeably more once an election comes near (BVerfGE 44, 125, Leitsatz 7):
 * the posts of the week a post is planned in, against the median week of the three months before
 * the election's window. Posts with an acute occasion (a warning, road works, a crisis) do not count.
 */
public final class VolumeCheck {

    public static final String VOLUME = "neutrality.volume";

    /** The tag the editor's "Akuter Anlass" switch sets. */
    public static final String ACUTE_TAG = "Akuter Anlass";

    /** Tags that mark an acute occasion; compared without regard to case. */
    public static final Set<String> ACUTE_TAGS = Set.of("akuter anlass", "warnung", "baustelle", "krise", "unwetter",
            "hochwasser", "sperrung");

    /** "clearly above baseline, e.g. more than 50 %" (domain.md §1.5, 5). */
    static final double MOST_INCREASE = 1.5;
    static final int BASELINE_WEEKS = 13;
    /** With no posts before, a handful a week is still no campaign. */
    static final int FEWEST_FLAGGED = 3;

    private VolumeCheck() {
    }

    public static boolean isAcute(List<String> tags) {
        return tags.stream().anyMatch(VolumeCheck::isAcuteTag);
    }

    public static boolean isAcuteTag(String tag) {
        return ACUTE_TAGS.contains(tag.strip().toLowerCase(Locale.GERMAN));
    }

    /** The first day whose posts the check needs, for a post planned on {@code day}. */
    public static LocalDate countsFrom(LocalDate day, List<Election> elections) {
        return elections.stream().map(Election::window).filter(window -> window.contains(day))
                .map(window -> weekStart(window.start()).minusWeeks(BASELINE_WEEKS)).min(LocalDate::compareTo)
                .orElse(day);
    }

    /**
     * @param postsPerDay posts without an acute occasion, by planned day, from {@link #countsFrom} to the
     *     end of the post's week (days without posts may be missing)
     */
    public static List<Finding> check(LocalDate day, List<Election> elections, Map<LocalDate, Integer> postsPerDay) {
        List<Finding> findings = new ArrayList<>();
        if (day == null) {
            return findings;
        }
        for (Election election : elections) {
            ElectionWindows.Window window = election.window();
            if (!window.contains(day)) {
                continue;
            }
            LocalDate week = weekStart(day);
            int thisWeek = weekCount(week, postsPerDay);
            LocalDate baselineEnd = weekStart(window.start());
            List<Integer> before = new ArrayList<>();
            for (int i = BASELINE_WEEKS; i >= 1; i--) {
                before.add(weekCount(baselineEnd.minusWeeks(i), postsPerDay));
            }
            double median = median(before);
            if (thisWeek >= FEWEST_FLAGGED && thisWeek > median * MOST_INCREASE) {
                findings.add(Finding.of(VOLUME, Severity.WARNING, "rule.neutrality.volume", thisWeek,
                        formatted(median), election.label()));
                return findings;
            }
        }
        return findings;
    }

    private static String formatted(double median) {
        return median == Math.rint(median) ? Integer.toString((int) median) : String.format(Locale.GERMAN, "%.1f", median);
    }

    private static LocalDate weekStart(LocalDate day) {
        return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    private static int weekCount(LocalDate monday, Map<LocalDate, Integer> postsPerDay) {
        int count = 0;
        for (int i = 0; i < 7; i++) {
            count += postsPerDay.getOrDefault(monday.plusDays(i), 0);
        }
        return count;
    }

    private static double median(List<Integer> values) {
        List<Integer> sorted = values.stream().sorted().toList();
        int size = sorted.size();
        return size % 2 == 1 ? sorted.get(size / 2) : (sorted.get(size / 2 - 1) + sorted.get(size / 2)) / 2.0;
    }
}
