package app.herold;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.MonthGrid;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.storage.Database;
import app.herold.storage.MonthSnapshot;
import app.herold.ui.calendar.CalendarViewModel;
import app.herold.ui.common.DataDirectories;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * How the window's data directory opens: with the month kept at the last close the window may start at
 * once and the database opens once the calendar is on screen; without it, or after anyone changed the
 * database, the month is read from the database first.
 */
class DesktopStartupTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final MonthGrid NOVEMBER = MonthGrid.containing(LocalDate.of(2026, 11, 28));
    private static final LocalDate COUNCIL_DAY = LocalDate.of(2026, 11, 24);

    @TempDir
    Path dataDirectory;

    private final DesktopStartup startup = new DesktopStartup(CLOCK);

    @BeforeEach
    void planAndCloseOnce() throws Exception {
        try (Database database = Database.open(dataDirectory, CLOCK)) {
            database.posts().save(post("Stadtratssitzung"));
        }
        DataDirectories.Session first = startup.open(dataDirectory);
        // Ready: the month read ahead is in; a query still running at close would leave no snapshot.
        first.ready().get(30, TimeUnit.SECONDS);
        first.close().run();
    }

    @Test
    void theWindowClosingKeepsTheMonthBesideTheDatabase() {
        assertThat(dataDirectory.resolve(MonthSnapshot.FILE)).exists();
    }

    @Test
    void withTheKeptMonthTheWindowStartsBeforeTheDatabaseOpensAndSeesTheSamePosts() throws Exception {
        DataDirectories.Session session = startup.open(dataDirectory);
        try {
            assertThat(session.ready()).as("ready at once").isDone();
            assertThat(session.opened()).as("the database waits for the calendar").isNotDone();

            Map<LocalDate, DayOverview> month = session.context().posts().overview(NOVEMBER.first(), NOVEMBER.last(),
                    CalendarViewModel.CARDS_PER_MONTH_CELL);
            assertThat(headlinesOn(month)).containsExactly("Stadtratssitzung");
            assertThat(session.opened()).as("answered without the database").isNotDone();

            session.calendarShown().run();
            session.opened().get(30, TimeUnit.SECONDS);
        } finally {
            session.close().run();
        }
    }

    @Test
    void theDatabaseOpensByItselfWhenTheWindowNeverSaysTheCalendarIsShown() throws Exception {
        DataDirectories.Session session = startup.open(dataDirectory);
        try {
            long started = System.nanoTime();
            session.opened().get(30, TimeUnit.SECONDS);
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
        } finally {
            session.close().run();
        }
    }

    @Test
    @Timeout(20)
    void aCallThatNeedsTheDatabaseBeforeTheCalendarIsShownOpensItAtOnce() throws Exception {
        // Waiting a minute for the calendar: only the call itself can open the database in time.
        DesktopStartup patient = new DesktopStartup(CLOCK, Duration.ofMinutes(1));
        DataDirectories.Session session = patient.open(dataDirectory);
        try {
            assertThat(session.opened()).isNotDone();

            assertThat(session.context().posts().count()).isEqualTo(1);

            assertThat(session.opened()).isDone();
        } finally {
            session.close().run();
        }
    }

    @Test
    void aPostAddedByACommandInBetweenIsOnTheFirstMonthShown() throws Exception {
        try (Database command = Database.open(dataDirectory, CLOCK)) {
            command.posts().save(post("Sperrung Lindenstraße"));
        }

        DataDirectories.Session session = startup.open(dataDirectory);
        try {
            session.ready().get(30, TimeUnit.SECONDS);
            assertThat(session.opened()).as("the month came from the database").isDone();
            Map<LocalDate, DayOverview> month = session.context().posts().overview(NOVEMBER.first(), NOVEMBER.last(),
                    CalendarViewModel.CARDS_PER_MONTH_CELL);
            assertThat(headlinesOn(month)).containsExactlyInAnyOrder("Stadtratssitzung", "Sperrung Lindenstraße");
        } finally {
            session.close().run();
        }
    }

    @Test
    void afterACommandChangedThePlanTheWindowStillStartsFromTheKeptMonth() throws Exception {
        Path text = Files.writeString(dataDirectory.resolveSibling("sperrung.txt"), "Die Lindenstraße ist gesperrt.");
        int exit = new app.herold.cli.HeroldCommandLine(new java.io.PrintStream(java.io.OutputStream.nullOutputStream()),
                new java.io.PrintStream(java.io.OutputStream.nullOutputStream()), CLOCK, startup)
                .run("--data-dir", dataDirectory.toString(), "add", "--text-file", text.toString(),
                        "--title", "Sperrung Lindenstraße", "--at", "2026-11-24T07:00", "--zone", "Europe/Berlin");
        assertThat(exit).isZero();

        DataDirectories.Session session = startup.open(dataDirectory);
        try {
            assertThat(session.ready()).as("ready at once, from the month the command kept").isDone();
            Map<LocalDate, DayOverview> month = session.context().posts().overview(NOVEMBER.first(), NOVEMBER.last(),
                    CalendarViewModel.CARDS_PER_MONTH_CELL);
            assertThat(headlinesOn(month)).containsExactly("Sperrung Lindenstraße", "Stadtratssitzung");
            assertThat(session.opened()).as("answered without the database").isNotDone();
        } finally {
            session.close().run();
        }
    }

    @Test
    void theFirstStartInTheNextMonthShowsItWithoutTheDatabase() {
        // Closed in November, opened again in the last days of December.
        DesktopStartup aMonthLater = new DesktopStartup(Clock.offset(CLOCK, Duration.ofDays(31)));
        DataDirectories.Session session = aMonthLater.open(dataDirectory);
        try {
            assertThat(session.ready()).as("ready at once, from the page kept at November's close").isDone();
            assertThat(session.opened()).as("answered without the database").isNotDone();
        } finally {
            session.close().run();
        }
    }

    @Test
    void aSnapshotOfAMonthTwoPagesAwayIsNotUsed() throws Exception {
        DesktopStartup twoMonthsLater = new DesktopStartup(Clock.offset(CLOCK, Duration.ofDays(62)));
        DataDirectories.Session session = twoMonthsLater.open(dataDirectory);
        try {
            session.ready().get(30, TimeUnit.SECONDS);
            assertThat(session.opened()).as("January read from the database").isDone();
        } finally {
            session.close().run();
        }
        assertThat(Files.exists(dataDirectory.resolve(MonthSnapshot.FILE))).as("kept anew for January").isTrue();
    }

    private static List<String> headlinesOn(Map<LocalDate, DayOverview> days) {
        DayOverview day = days.get(COUNCIL_DAY);
        return day == null ? List.of() : day.firstPosts().stream().map(summary -> summary.headline()).toList();
    }

    private static Post post(String title) {
        return new Post(null, title, "Text", Schedule.of(COUNCIL_DAY, LocalTime.of(18, 0), BERLIN), PostStatus.READY,
                Set.of(ChannelKind.FACEBOOK), List.of(), "", List.of(), null, null);
    }
}
