package app.herold.ui.editor;

import app.herold.domain.post.Post;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.PostSummary;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.PostRules;
import app.herold.domain.rules.TextFacts;
import app.herold.domain.rules.VolumeCheck;
import app.herold.ui.common.TaskExecutor;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The public-body rules on the post being edited (accessibility, neutrality before elections), again
 * after every pause in typing, in the background. The election calendar and the counts the volume
 * check needs are read once per planned day, not at every keystroke.
 */
public final class RuleReviewViewModel {

    static final Duration PAUSE = Duration.ofMillis(150);

    private final ElectionStore elections;
    private final ContentPlan posts;
    private final PostRules rules;
    private final TaskExecutor executor;
    private final ObservableList<PostRules.PostFinding> findings = FXCollections.observableArrayList();
    private TaskExecutor.Cancellable pending;
    /** Raised on the UI thread by every request; read in the background to drop work a newer request replaced. */
    private volatile long requested;
    /** The calendar and counts for the day they were read for; read again for another day. */
    private volatile Cached cached;
    /** The Land's named days on a day; none until the window sets it. */
    private volatile java.util.function.Function<LocalDate, List<app.herold.domain.rules.Holiday>> holidaysOn =
            day -> List.of();

    private volatile java.util.function.BooleanSupplier altTextMarker = () -> false;

    private record Cached(LocalDate day, List<Election> elections, List<String> parties, Map<LocalDate, Integer> counts,
                          List<app.herold.domain.rules.Holiday> holidays) {
    }

    public RuleReviewViewModel(ElectionStore elections, ContentPlan posts, TextFacts facts, TaskExecutor executor) {
        this.elections = elections;
        this.posts = posts;
        this.rules = new PostRules(facts);
        this.executor = executor;
    }

    public ObservableList<PostRules.PostFinding> findings() {
        return findings;
    }

    /** Reviews after the typing pause. */
    public void review(Post post) {
        long generation = ++requested;
        if (pending != null) {
            pending.cancel();
        }
        pending = executor.schedule(PAUSE, () -> submit(post, generation));
    }

    /** Reviews at once: a post just opened, or the moment it is to become "Bereit". */
    public void reviewNow(Post post) {
        long generation = ++requested;
        if (pending != null) {
            pending.cancel();
        }
        submit(post, generation);
    }

    /** The findings for {@code post} computed on this thread; for the decision to let a post become "Bereit". */
    public List<PostRules.PostFinding> checkNow(Post post) {
        return rules.check(post, context(post));
    }

    /** Where the named days of the chosen Land come from (asked on the background thread). */
    public void setHolidays(java.util.function.Function<LocalDate, List<app.herold.domain.rules.Holiday>> source) {
        holidaysOn = source;
        cached = null;
    }

    /** Where the "!B" setting is read (on the background thread, at every review). */
    public void setAltTextMarker(java.util.function.BooleanSupplier setting) {
        altTextMarker = setting;
    }

    /** Forgets the calendar and the Land's days after they were changed in the settings. */
    public void electionsChanged() {
        cached = null;
    }

    public void clear() {
        ++requested;
        if (pending != null) {
            pending.cancel();
        }
        findings.clear();
    }

    private void submit(Post post, long generation) {
        // A check of a text already typed over is skipped: it would only hold up the saves queued behind it.
        executor.submit(() -> generation == requested ? rules.check(post, context(post)) : null, result -> {
            if (generation == requested) {
                findings.setAll(result);
            }
        }, problem -> {
            if (generation == requested) {
                findings.clear();
            }
        });
    }

    private PostRules.Context context(Post post) {
        LocalDate day = post.schedule() == null ? null : post.schedule().localDate();
        Cached known = cached;
        if (known == null || !java.util.Objects.equals(known.day(), day)) {
            List<Election> calendar = elections.elections();
            known = new Cached(day, calendar, elections.parties(), counts(day, calendar, post), holidaysOf(day));
            cached = known;
        }
        return new PostRules.Context(known.elections(), known.parties(), known.counts(), known.holidays(),
                altTextMarker.getAsBoolean());
    }

    private List<app.herold.domain.rules.Holiday> holidaysOf(LocalDate day) {
        if (day == null) {
            return List.of();
        }
        try {
            return holidaysOn.apply(day);
        } catch (RuntimeException unavailable) {
            // Without the holiday data the other rules still speak; the calendar logs the cause.
            return List.of();
        }
    }

    /** Posts without an acute occasion per day, for the volume check; the post itself counts once. */
    private Map<LocalDate, Integer> counts(LocalDate day, List<Election> calendar, Post post) {
        Map<LocalDate, Integer> perDay = new HashMap<>();
        if (day == null) {
            return perDay;
        }
        LocalDate from = VolumeCheck.countsFrom(day, calendar);
        if (from.equals(day)) {
            return perDay;
        }
        LocalDate to = day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        for (PostSummary summary : posts.summariesBetween(from, to)) {
            if (!VolumeCheck.isAcute(summary.tags()) && !summary.id().equals(post.id())) {
                perDay.merge(summary.schedule().localDate(), 1, Integer::sum);
            }
        }
        perDay.merge(day, 1, Integer::sum);
        return perDay;
    }
}
