package app.herold.benchmark;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.DayOverview;
import app.herold.domain.settings.Preferences;
import app.herold.storage.Database;
import app.herold.ui.calendar.CalendarMode;
import app.herold.ui.calendar.CalendarViewModel;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.FxTaskExecutor;
import app.herold.ui.main.HeroldWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.application.Platform;
import javafx.stage.Stage;

/**
 * Child JVM main: opens one data directory in the real {@link HeroldWindow} (headless under Monocle
 * when the flags say so), turns the calendar's pages the way the toolbar buttons do and prints one
 * {@link SwitchSample} line per page turn, plus one for the window's first month. One JVM per data
 * directory, so every size starts equally cold.
 *
 * <p>The demo plan reaches half a year either side of today, so the page turns go back and forth
 * over those months (4 legs of 12 months, then 2 legs of 24 weeks): every page shown has posts,
 * which is the expensive case.
 *
 * <p>Usage: {@code java <flags> -cp <test class path> app.herold.benchmark.MonthSwitchMeasurement DIR}
 */
public final class MonthSwitchMeasurement {

    private static final int MONTH_LEG = 12;
    private static final int MONTH_LEGS = 4;
    private static final int WEEK_LEG = 24;
    private static final int WEEK_LEGS = 2;
    /** Idle time between two clicks, as a user gives it; lets the worker and the renderer go quiet. */
    private static final long PAUSE_MILLIS = 120;
    private static final Duration TIMEOUT = Duration.ofSeconds(60);

    private final Clock clock;
    private final TimedTaskExecutor executor;
    private final PulseRecorder pulses = new PulseRecorder();
    private HeroldWindow window;

    private MonthSwitchMeasurement(Clock clock, TimedTaskExecutor executor) {
        this.clock = clock;
        this.executor = executor;
    }

    public static void main(String[] args) {
        try {
            measure(Path.of(args[0]));
        } catch (Throwable problem) {
            // The toolkit's threads would keep a failed child alive until the parent's timeout.
            problem.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    private static void measure(Path dataDirectory) throws Exception {
        Clock clock = Clock.systemDefaultZone();
        CountDownLatch toolkit = new CountDownLatch(1);
        Platform.setImplicitExit(false);
        Platform.startup(toolkit::countDown);
        if (!toolkit.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the JavaFX toolkit did not start within " + TIMEOUT);
        }
        TimedTaskExecutor executor = new TimedTaskExecutor(new FxTaskExecutor());
        try (Database database = Database.open(dataDirectory, clock)) {
            MonthSwitchMeasurement measurement = new MonthSwitchMeasurement(clock, executor);
            measurement.open(database);
            measurement.turnPages(CalendarMode.MONTH, LocalDate.now(clock).minusMonths(6), MONTH_LEG, MONTH_LEGS);
            measurement.turnPages(CalendarMode.WEEK, LocalDate.now(clock).minusWeeks(WEEK_LEG / 2), WEEK_LEG,
                    WEEK_LEGS);
            measurement.close();
        } finally {
            executor.drain(Duration.ofSeconds(10));
        }
    }

    private void open(Database database) throws Exception {
        ContentPlan plan = new ContentPlan(database.posts(), clock);
        Preferences preferences = database.preferences().load().withWelcomeAnswered(true);
        AppContext context = new AppContext(plan, database.posts(), database.media(), database.preferences(),
                database.directory(), clock, () -> 0, app.herold.ChannelWiring.services(
                        app.herold.channels.Channels.onFirstUse(), database.media(), database.accounts(),
                        database.deliveries(), database.elections(), database.audit(), database.directory(), () -> app.herold.i18n.Messages.forLocale(
                        java.util.Locale.GERMANY), clock), new app.herold.holidays.JollydayHolidays(),
                database.backups("test"),
                new app.herold.exchange.csv.PlanCsvReader(),
                new app.herold.exchange.json.JsonPlanFiles(database.transfer(), database.media(), database.directory(),
                        clock, "test"),
                () -> {
                    throw new IllegalStateException("turning pages sends nothing");
                });
        // The calendar's first load is the first thing the new window submits (MainViewModel.start),
        // so the stopwatch captures it like a page turn: build + show, first pulses, load, apply.
        SwitchSample first = new SwitchSample("OPEN", "show");
        window = onFx(() -> {
            first.cpuStart = PulseRecorder.cpuTimeOfFxThread();
            executor.captureNextSubmit(first);
            first.callStart = System.nanoTime();
            HeroldWindow opened = new HeroldWindow(new Stage(), context, executor, preferences, () -> { });
            opened.show();
            opened.start();
            first.callEnd = System.nanoTime();
            executor.captureNextSubmit(null);
            pulses.install(opened.stage().getScene());
            pulses.follow(first);
            return opened;
        });
        awaitShown(first);
        if (onFx(() -> calendar().shownGenerationProperty().get()) < 1) {
            throw new IllegalStateException("the first load captured was not the calendar's");
        }
        System.out.println(first.toLine());
        quiet();
    }

    private void turnPages(CalendarMode mode, LocalDate start, int legLength, int legs) throws Exception {
        onFx(() -> {
            calendar().show(mode);
            calendar().goTo(start);
            return null;
        });
        waitUntil(() -> calendar().period().equals(calendar().shownPeriodProperty().get())
                && !calendar().loadingProperty().get());
        quiet();
        for (int leg = 0; leg < legs; leg++) {
            boolean forward = leg % 2 == 0;
            for (int step = 0; step < legLength; step++) {
                System.out.println(turnPage(mode, forward).toLine());
            }
        }
    }

    private SwitchSample turnPage(CalendarMode mode, boolean forward) throws Exception {
        SwitchSample sample = new SwitchSample(mode.name(), forward ? "next" : "previous");
        onFx(() -> {
            pulses.follow(sample);
            executor.captureNextSubmit(sample);
            sample.callStart = System.nanoTime();
            if (forward) {
                calendar().next();
            } else {
                calendar().previous();
            }
            sample.callEnd = System.nanoTime();
            executor.captureNextSubmit(null);
            return null;
        });
        awaitShown(sample);
        sample.postsShown = onFx(() -> postsShown(mode));
        quiet();
        return sample;
    }

    private static void awaitShown(SwitchSample sample) throws InterruptedException {
        if (sample.submittedAt == 0) {
            throw new IllegalStateException("nothing was loaded: cannot time it");
        }
        if (!sample.done.await(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the page was not shown within " + TIMEOUT);
        }
        if (sample.problem != null) {
            throw new IllegalStateException("loading the page failed", sample.problem);
        }
    }

    private int postsShown(CalendarMode mode) {
        if (mode == CalendarMode.MONTH) {
            return calendar().monthDaysProperty().get().values().stream()
                    .filter(day -> calendar().period().isInMainMonth(day.day())).mapToInt(DayOverview::total).sum();
        }
        return calendar().weekDaysProperty().get().values().stream().mapToInt(DayOverview::total).sum();
    }

    private void close() throws Exception {
        onFx(() -> {
            window.viewModel().dispose();
            window.stage().hide();
            return null;
        });
    }

    private CalendarViewModel calendar() {
        return window.viewModel().calendar();
    }

    /** Lets the click settle like a user's pause would: queued FX work and the worker run out. */
    private static void quiet() throws Exception {
        Thread.sleep(PAUSE_MILLIS);
        onFx(() -> null);
        onFx(() -> null);
    }

    private static void waitUntil(BooleanSupplier onFxThread) throws Exception {
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        while (!onFx(onFxThread::getAsBoolean)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("condition not reached within " + TIMEOUT);
            }
            Thread.sleep(10);
        }
    }

    private static <T> T onFx(Callable<T> work) throws Exception {
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        return task.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
    }
}
