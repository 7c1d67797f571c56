package app.herold.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);

    @TempDir
    Path dataDirectory;

    private Database database;
    private ContentPlan plan;
    private CalendarViewModel calendar;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        PlanCommands commands = new PlanCommands(plan, executor, Messages.forLanguage("de"), () -> LocalTime.of(9, 0),
                problem -> {
                    throw new AssertionError(problem);
                });
        calendar = new CalendarViewModel(database.posts(), commands, executor, Messages.forLanguage("de"),
                () -> TODAY);
        plan.addListener(change -> calendar.reload());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void itOpensOnTheCurrentMonthWithMondayFirstWeeks() {
        calendar.reload();

        CalendarPeriod period = calendar.period();
        assertThat(period.mode()).isEqualTo(CalendarMode.MONTH);
        assertThat(period.first()).isEqualTo(LocalDate.of(2026, 10, 26));
        assertThat(period.last()).isEqualTo(LocalDate.of(2026, 12, 6));
        assertThat(calendar.periodTitleProperty().get()).isEqualTo("November 2026");
        assertThat(calendar.monthDaysProperty().get()).hasSize(42);
    }

    @Test
    void theWeekTitleNamesTheIsoWeek() {
        calendar.show(CalendarMode.WEEK);

        assertThat(calendar.period().first()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(calendar.periodTitleProperty().get()).isEqualTo("KW 48 · 23. Nov. – 29. Nov.");
    }

    @Test
    void theFirstWeekOfTheYearIsTheOneWithTheFirstThursday() {
        calendar.show(CalendarMode.WEEK);
        calendar.goTo(LocalDate.of(2026, 12, 31));

        assertThat(calendar.periodTitleProperty().get()).startsWith("KW 53");
        calendar.next();
        assertThat(calendar.periodTitleProperty().get()).startsWith("KW 1 ");
    }

    @Test
    void nextAndPreviousTurnMonthsAndTodayComesBack() {
        calendar.next();
        assertThat(calendar.periodTitleProperty().get()).isEqualTo("Dezember 2026");
        calendar.previous();
        calendar.previous();
        assertThat(calendar.periodTitleProperty().get()).isEqualTo("Oktober 2026");

        calendar.goToToday();

        assertThat(calendar.periodTitleProperty().get()).isEqualTo("November 2026");
        assertThat(calendar.selectedDay()).isEqualTo(TODAY);
    }

    @Test
    void arrowKeysPastTheEndOfTheMonthTurnThePage() {
        calendar.goTo(LocalDate.of(2026, 11, 30));

        calendar.moveSelection(1);

        assertThat(calendar.selectedDay()).isEqualTo(LocalDate.of(2026, 12, 1));
        assertThat(calendar.periodTitleProperty().get()).isEqualTo("Dezember 2026");
    }

    @Test
    void aMonthCellShowsThreePostsAndCountsTheRest() {
        for (int hour = 8; hour < 13; hour++) {
            plan.save(Post.newPost(Schedule.of(TODAY, LocalTime.of(hour, 0), BERLIN)).withTitle("um " + hour));
        }

        calendar.reload();

        var day = calendar.overviewOf(TODAY);
        assertThat(day.firstPosts()).extracting(PostSummary::title).containsExactly("um 8", "um 9", "um 10");
        assertThat(day.hiddenCount()).isEqualTo(2);
    }

    @Test
    void droppingACardOnADayMovesThePostThereAtItsOwnTime() {
        Post post = plan.save(Post.newPost(Schedule.of(TODAY, LocalTime.of(14, 15), BERLIN)).withTitle("Kirmes"));
        calendar.reload();

        calendar.dropOn(PostSummary.of(post), TODAY.plusDays(3));

        Post moved = database.posts().find(post.id()).orElseThrow();
        assertThat(moved.schedule().localDate()).isEqualTo(TODAY.plusDays(3));
        assertThat(moved.schedule().localTime()).isEqualTo(LocalTime.of(14, 15));
        assertThat(calendar.overviewOf(TODAY.plusDays(3)).total()).isEqualTo(1);
        assertThat(calendar.overviewOf(TODAY).total()).isZero();
    }

    @Test
    void theListShowsTheMonthsPostsInTimeOrder() {
        plan.save(Post.newPost(Schedule.of(TODAY, LocalTime.of(15, 0), BERLIN)).withTitle("später"));
        plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), BERLIN)).withTitle("früher"));
        plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 2), LocalTime.of(9, 0), BERLIN)).withTitle("Dezember"));

        calendar.show(CalendarMode.LIST);

        assertThat(calendar.listPosts()).extracting(PostSummary::title).containsExactly("früher", "später");
    }

    @Test
    void enterOnAnEmptyDayStartsANewPostAndOnADayWithOnePostOpensIt() {
        AtomicReference<Object> opened = new AtomicReference<>();
        calendar.setNewPostAction(opened::set);
        calendar.setOpenPostAction(opened::set);
        calendar.reload();

        calendar.goTo(TODAY.plusDays(1));
        assertThat(calendar.openSelectedDay()).isFalse();
        assertThat(opened.get()).isEqualTo(TODAY.plusDays(1));

        Post post = plan.save(Post.newPost(Schedule.of(TODAY, LocalTime.NOON, BERLIN)));
        calendar.goTo(TODAY);
        assertThat(calendar.openSelectedDay()).isFalse();
        assertThat(opened.get()).isEqualTo(post.id());
    }
}
