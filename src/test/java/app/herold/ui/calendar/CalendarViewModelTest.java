package app.herold.ui.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.Holiday;
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
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CalendarViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    private static final LocalDate ALL_SAINTS = LocalDate.of(2026, 11, 1);
    private static final LocalDate BUSS_UND_BETTAG = LocalDate.of(2026, 11, 18);
    private static final LocalDate TOTENSONNTAG = LocalDate.of(2026, 11, 22);
    private static final LocalDate CHRISTMAS = LocalDate.of(2026, 12, 25);

    @TempDir
    Path dataDirectory;

    private Database database;
    private ContentPlan plan;
    private CalendarViewModel calendar;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final List<String> holidayQuestions = new ArrayList<>();
    private String land = "SN";
    private boolean holidaysFail;
    private int electionQueries;

    /** The real election store, counting how often the calendar asks it for the elections. */
    private ElectionStore countingElections() {
        ElectionStore stored = database.elections();
        return new ElectionStore() {
            @Override
            public List<Election> elections() {
                electionQueries++;
                return stored.elections();
            }

            @Override
            public Election save(Election election) {
                return stored.save(election);
            }

            @Override
            public boolean remove(long id) {
                return stored.remove(id);
            }

            @Override
            public List<String> parties() {
                return stored.parties();
            }

            @Override
            public void replaceParties(List<String> parties) {
                stored.replaceParties(parties);
            }
        };
    }

    private Election landtagswahl2027() {
        return database.elections().save(new Election(0, ElectionType.LAND, LocalDate.of(2027, 1, 17), null,
                "Landtagswahl 2027", List.of(), List.of(), false));
    }

    /** A few named days of Saxony and Bavaria, and every question the calendar asked for them. */
    private List<Holiday> namedDays(LocalDate from, LocalDate to, String state) {
        holidayQuestions.add(from + ".." + to + " " + state);
        if (holidaysFail) {
            throw new IllegalStateException("holiday data unreadable");
        }
        List<Holiday> all = "SN".equals(state)
                ? List.of(new Holiday(BUSS_UND_BETTAG, "Buß- und Bettag", Holiday.Kind.PUBLIC),
                        new Holiday(TOTENSONNTAG, "Totensonntag", Holiday.Kind.MOURNING),
                        new Holiday(CHRISTMAS, "1. Weihnachtsfeiertag", Holiday.Kind.PUBLIC))
                : List.of(new Holiday(ALL_SAINTS, "Allerheiligen", Holiday.Kind.PUBLIC),
                        new Holiday(CHRISTMAS, "1. Weihnachtsfeiertag", Holiday.Kind.PUBLIC));
        return all.stream().filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to)).toList();
    }

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        PlanCommands commands = new PlanCommands(plan, executor, Messages.forLanguage("de"), () -> LocalTime.of(9, 0),
                problem -> {
                    throw new AssertionError(problem);
                });
        calendar = new CalendarViewModel(database.posts(), commands, executor, Messages.forLanguage("de"),
                () -> TODAY, this::namedDays, () -> land, countingElections());
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
    void theNamedDaysAreAskedForOnlyOnceTheMonthIsOnScreenAndThenFollowThePosts() {
        calendar.reload();
        assertThat(holidayQuestions).isEmpty();
        assertThat(calendar.holidaysOn(BUSS_UND_BETTAG)).isEmpty();

        calendar.showHolidays();

        assertThat(holidayQuestions).containsExactly("2026-10-26..2026-12-06 SN");
        assertThat(calendar.holidaysOn(BUSS_UND_BETTAG)).extracting(Holiday::name).containsExactly("Buß- und Bettag");
        assertThat(calendar.holidaysOn(TOTENSONNTAG)).extracting(Holiday::kind).containsExactly(Holiday.Kind.MOURNING);
        assertThat(calendar.holidaysShownProperty().get()).isEqualTo(1);
    }

    @Test
    void onceLoadedTheNamedDaysComeWithThePostsOfTheNextPage() {
        calendar.reload();
        calendar.showHolidays();
        long shownBefore = calendar.shownGenerationProperty().get();

        calendar.next();

        assertThat(holidayQuestions).containsExactly("2026-10-26..2026-12-06 SN", "2026-11-30..2027-01-10 SN");
        assertThat(calendar.shownGenerationProperty().get()).isEqualTo(shownBefore + 1);
        assertThat(calendar.holidaysShownProperty().get()).as("not a second step after the posts").isEqualTo(1);
        assertThat(calendar.holidaysOn(CHRISTMAS)).extracting(Holiday::name).containsExactly("1. Weihnachtsfeiertag");
    }

    @Test
    void anotherLandShowsItsOwnDaysAfterTheNextLoad() {
        calendar.reload();
        calendar.showHolidays();

        land = "BY";
        calendar.reload();

        assertThat(calendar.holidaysOn(BUSS_UND_BETTAG)).isEmpty();
        assertThat(calendar.holidaysOn(ALL_SAINTS)).extracting(Holiday::name).containsExactly("Allerheiligen");
    }

    @Test
    void theListAsksForNoNamedDays() {
        calendar.show(CalendarMode.LIST);
        calendar.showHolidays();
        calendar.reload();

        assertThat(holidayQuestions).isEmpty();
    }

    @Test
    void withoutHolidayDataTheMonthStillShowsItsPosts() {
        List<Throwable> failures = new ArrayList<>();
        calendar.setFailureHandler(failures::add);
        plan.save(Post.newPost(Schedule.of(BUSS_UND_BETTAG, LocalTime.of(9, 0), BERLIN)).withTitle("Bürgerbüro zu"));
        holidaysFail = true;

        calendar.reload();
        calendar.showHolidays();
        calendar.next();
        calendar.previous();

        assertThat(calendar.overviewOf(BUSS_UND_BETTAG).total()).isEqualTo(1);
        assertThat(calendar.holidaysOn(BUSS_UND_BETTAG)).isEmpty();
        assertThat(failures).isEmpty();
    }

    @Test
    void aDayIsMarkedInTheWarningWindowInTheHotPhaseOrOutside() {
        landtagswahl2027();
        calendar.reload();
        assertThat(calendar.electionOn(TODAY)).as("not before the month is on screen").isEqualTo(ElectionDay.NONE);

        calendar.showElectionWindows();

        // Three months before 17 Jan 2027 is 17 Oct 2026, six weeks before is 6 Dec 2026.
        ElectionDay warning = calendar.electionOn(TODAY);
        assertThat(warning.phase()).isEqualTo(ElectionDay.Phase.WINDOW);
        assertThat(warning.description()).isEqualTo("Warnfenster Landtagswahl 2027");
        ElectionDay hot = calendar.electionOn(LocalDate.of(2026, 12, 6));
        assertThat(hot.phase()).isEqualTo(ElectionDay.Phase.HOT);
        assertThat(hot.description()).isEqualTo("Heiße Phase Landtagswahl 2027");
        assertThat(calendar.electionOn(LocalDate.of(2026, 10, 16))).isEqualTo(ElectionDay.NONE);
        assertThat(calendar.electionOn(LocalDate.of(2027, 1, 19))).isEqualTo(ElectionDay.NONE);
        assertThat(calendar.electionsShownProperty().get()).isEqualTo(1);
        assertThat(calendar.electionLegendShownProperty().get()).isTrue();
    }

    @Test
    void turningPagesAsksTheElectionStoreNothingAndTheLegendFollowsTheShownDays() {
        landtagswahl2027();
        calendar.reload();
        calendar.showElectionWindows();
        calendar.showElectionWindows();

        calendar.goTo(LocalDate.of(2026, 3, 10));
        assertThat(calendar.electionLegendShownProperty().get()).as("March 2026 is far from the window").isFalse();
        calendar.goTo(LocalDate.of(2027, 2, 10));
        assertThat(calendar.electionLegendShownProperty().get()).as("February 2027 starts on 1 Feb").isFalse();
        calendar.previous();
        assertThat(calendar.electionLegendShownProperty().get()).isTrue();
        calendar.show(CalendarMode.WEEK);
        calendar.next();

        assertThat(electionQueries).isEqualTo(1);
    }

    @Test
    void aChangedElectionCalendarIsLoadedAgain() {
        calendar.reload();
        calendar.showElectionWindows();
        assertThat(calendar.electionLegendShownProperty().get()).isFalse();

        landtagswahl2027();
        calendar.electionsChanged();

        assertThat(electionQueries).isEqualTo(2);
        assertThat(calendar.electionOn(TODAY).inWindow()).isTrue();
        assertThat(calendar.electionLegendShownProperty().get()).isTrue();
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
