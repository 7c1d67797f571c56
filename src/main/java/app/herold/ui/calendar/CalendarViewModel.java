package app.herold.ui.calendar;

import app.herold.domain.post.MonthGrid;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStore;
import app.herold.domain.post.PostSummary;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionStore;
import app.herold.domain.rules.ElectionWindows;
import app.herold.domain.rules.Holiday;
import app.herold.domain.rules.HolidayCalendar;
import app.herold.i18n.Messages;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.TaskExecutor;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The calendar's state: which period is shown, in which mode, which day has the keyboard cursor,
 * and the posts of exactly the visible days, loaded in the background. Loads that finish after
 * the user has already moved on are dropped, so fast clicking never shows a stale month. The named
 * days of the configured Land (holidays, days of mourning, the Warntag) come with the posts once the
 * holiday library is loaded; the first time they follow the posts, so that loading it never holds
 * up the first month. The election windows are loaded once (there are only a few elections) and
 * worked out per shown day from memory, so a page turn asks the database nothing more for them.
 */
public final class CalendarViewModel {

    public static final int CARDS_PER_MONTH_CELL = MonthGrid.CARDS_PER_DAY;
    /** More than a week column shows on a large screen; the rest is counted and listed on request. */
    public static final int CARDS_PER_WEEK_COLUMN = 12;

    private static final System.Logger LOG = System.getLogger(CalendarViewModel.class.getName());

    private final PostStore posts;
    private final PlanCommands commands;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final HolidayCalendar holidays;
    private final Supplier<String> state;
    private final ElectionStore elections;

    private final ObjectProperty<CalendarPeriod> period = new SimpleObjectProperty<>();
    private final ObjectProperty<LocalDate> selectedDay = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<LocalDate> todayProperty = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<Map<LocalDate, DayOverview>> monthDays = new ReadOnlyObjectWrapper<>(Map.of());
    private final ReadOnlyObjectWrapper<Map<LocalDate, DayOverview>> weekDays = new ReadOnlyObjectWrapper<>(Map.of());
    private final ObservableList<PostSummary> listPosts = FXCollections.observableArrayList();
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper periodTitle = new ReadOnlyStringWrapper("");
    private final LongProperty shownGeneration = new SimpleLongProperty(0);
    private final ReadOnlyObjectWrapper<CalendarPeriod> shownPeriod = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyLongWrapper holidaysShown = new ReadOnlyLongWrapper(0);
    private final ReadOnlyLongWrapper electionsShown = new ReadOnlyLongWrapper(0);
    private final ReadOnlyBooleanWrapper electionLegendShown = new ReadOnlyBooleanWrapper(false);

    private long requestedGeneration;
    private Map<LocalDate, List<Holiday>> shownHolidays = Map.of();
    private boolean holidaysWanted;
    private boolean holidayLibraryLoaded;
    private List<ShownWindow> electionWindows = List.of();
    private boolean electionsWanted;
    private Consumer<PostId> openPostAction = id -> { };
    private Consumer<LocalDate> newPostAction = day -> { };
    private Consumer<Throwable> failureHandler = problem -> { };

    /**
     * @param holidays the named days, asked for only after {@link #showHolidays()}
     * @param state the Land whose named days the calendar shows, as a code ("SN"), asked at every load
     * @param elections the town's elections, asked only after {@link #showElectionWindows()} and after each change
     */
    public CalendarViewModel(PostStore posts, PlanCommands commands, TaskExecutor executor, Messages messages,
                             Supplier<LocalDate> today, HolidayCalendar holidays, Supplier<String> state,
                             ElectionStore elections) {
        this.posts = posts;
        this.commands = commands;
        this.executor = executor;
        this.messages = messages;
        this.today = today;
        this.holidays = holidays;
        this.state = state;
        this.elections = elections;
        LocalDate now = today.get();
        todayProperty.set(now);
        selectedDay.set(now);
        period.set(CalendarPeriod.of(CalendarMode.MONTH, now));
        period.addListener((observable, old, current) -> {
            updateTitle();
            reload();
        });
        shownPeriod.addListener((observable, old, shown) -> updateElectionLegend());
        updateTitle();
    }

    // --- navigation ----------------------------------------------------------------------------

    public ReadOnlyObjectProperty<CalendarPeriod> periodProperty() {
        return period;
    }

    public CalendarPeriod period() {
        return period.get();
    }

    public CalendarMode mode() {
        return period.get().mode();
    }

    public void show(CalendarMode mode) {
        if (mode != mode()) {
            period.set(CalendarPeriod.of(mode, selectedDay.get()));
        }
    }

    public void next() {
        CalendarPeriod next = period.get().next();
        selectedDay.set(keepCursorIn(next, selectedDay.get().plus(stepOf(next))));
        period.set(next);
    }

    public void previous() {
        CalendarPeriod previous = period.get().previous();
        selectedDay.set(keepCursorIn(previous, selectedDay.get().minus(stepOf(previous))));
        period.set(previous);
    }

    public void goToToday() {
        refreshToday();
        selectedDay.set(todayProperty.get());
        period.set(CalendarPeriod.of(mode(), todayProperty.get()));
    }

    public void goTo(LocalDate day) {
        selectedDay.set(day);
        if (!isShown(day)) {
            period.set(CalendarPeriod.of(mode(), day));
        }
    }

    /** Moves the keyboard cursor by some days, turning the page when it leaves the period. */
    public void moveSelection(int days) {
        goTo(selectedDay.get().plusDays(days));
    }

    public ObjectProperty<LocalDate> selectedDayProperty() {
        return selectedDay;
    }

    public LocalDate selectedDay() {
        return selectedDay.get();
    }

    public ReadOnlyObjectProperty<LocalDate> todayProperty() {
        return todayProperty.getReadOnlyProperty();
    }

    /** Picks up a new date after midnight. */
    public void refreshToday() {
        todayProperty.set(today.get());
    }

    public ReadOnlyStringProperty periodTitleProperty() {
        return periodTitle.getReadOnlyProperty();
    }

    // --- data ----------------------------------------------------------------------------------

    public ReadOnlyObjectProperty<Map<LocalDate, DayOverview>> monthDaysProperty() {
        return monthDays.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Map<LocalDate, DayOverview>> weekDaysProperty() {
        return weekDays.getReadOnlyProperty();
    }

    public ObservableList<PostSummary> listPosts() {
        return listPosts;
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** The period whose posts are on screen; changes after the data arrived, not when asked for. */
    public ReadOnlyObjectProperty<CalendarPeriod> shownPeriodProperty() {
        return shownPeriod.getReadOnlyProperty();
    }

    /** Counts the loads that reached the screen; the start-up probe waits for the first. */
    public ReadOnlyLongProperty shownGenerationProperty() {
        return shownGeneration;
    }

    /** Fetches the visible days again, in the background. */
    public void reload() {
        CalendarPeriod wanted = period.get();
        long generation = ++requestedGeneration;
        loading.set(true);
        String land = state.get();
        // Once the library is loaded a period's named days take a millisecond: they come with the posts,
        // so the page turns in one step, names and all.
        boolean withHolidays = holidaysWanted && holidayLibraryLoaded && wanted.mode() != CalendarMode.LIST;
        switch (wanted.mode()) {
            case MONTH -> executor.submit(
                    () -> new Loaded(posts.overview(wanted.first(), wanted.last(), CARDS_PER_MONTH_CELL),
                            withHolidays ? holidaysOf(wanted, land) : null),
                    loaded -> apply(generation, wanted, loaded.holidays(), () -> monthDays.set(loaded.days())),
                    this::failed);
            case WEEK -> executor.submit(
                    () -> new Loaded(posts.overview(wanted.first(), wanted.last(), CARDS_PER_WEEK_COLUMN),
                            withHolidays ? holidaysOf(wanted, land) : null),
                    loaded -> apply(generation, wanted, loaded.holidays(), () -> weekDays.set(loaded.days())),
                    this::failed);
            case LIST -> executor.submit(
                    () -> posts.summariesBetween(wanted.first(), wanted.last()),
                    summaries -> apply(generation, wanted, null, () -> listPosts.setAll(summaries)),
                    this::failed);
        }
        if (holidaysWanted && !withHolidays && wanted.mode() != CalendarMode.LIST) {
            loadHolidaysAfterThePosts(generation, wanted, land);
        }
    }

    /**
     * From now on the calendar names the days of the Land. Called once the first month is on screen:
     * the first call loads the holiday library, which should not compete with the first month for the
     * laptop's two cores.
     */
    public void showHolidays() {
        if (holidaysWanted) {
            return;
        }
        holidaysWanted = true;
        if (period.get().mode() != CalendarMode.LIST) {
            loadHolidaysAfterThePosts(requestedGeneration, period.get(), state.get());
        }
    }

    /** The holidays, days of mourning and Warntag of a shown day, in the order of the calendar. */
    public List<Holiday> holidaysOn(LocalDate day) {
        return shownHolidays.getOrDefault(day, List.of());
    }

    /**
     * Counts the times the named days arrived after the posts of their period were already on screen;
     * views then show the names without refilling everything else.
     */
    public ReadOnlyLongProperty holidaysShownProperty() {
        return holidaysShown.getReadOnlyProperty();
    }

    /**
     * From now on the calendar marks the election windows. Called once the first month is on screen, so
     * the query does not compete with it; later page turns work from the elections already in memory.
     */
    public void showElectionWindows() {
        if (electionsWanted) {
            return;
        }
        electionsWanted = true;
        loadElections();
    }

    /** The settings changed the election calendar: its windows are loaded again. */
    public void electionsChanged() {
        if (electionsWanted) {
            loadElections();
        }
    }

    /** Whether a shown day lies in an election's warning window or hot phase, and in whose. */
    public ElectionDay electionOn(LocalDate day) {
        ElectionDay.Phase phase = ElectionDay.Phase.NONE;
        StringBuilder description = null;
        for (ShownWindow shown : electionWindows) {
            if (!shown.window().contains(day)) {
                continue;
            }
            boolean hot = shown.window().isHot(day);
            if (hot) {
                phase = ElectionDay.Phase.HOT;
            } else if (phase == ElectionDay.Phase.NONE) {
                phase = ElectionDay.Phase.WINDOW;
            }
            String text = hot ? shown.hotText() : shown.windowText();
            description = description == null ? new StringBuilder(text) : description.append(" · ").append(text);
        }
        return description == null ? ElectionDay.NONE : new ElectionDay(phase, description.toString());
    }

    /** Counts the times the election windows arrived; views then mark the shown days without a reload. */
    public ReadOnlyLongProperty electionsShownProperty() {
        return electionsShown.getReadOnlyProperty();
    }

    /** Whether the shown days touch an election window, so the legend explains the bands. */
    public ReadOnlyBooleanProperty electionLegendShownProperty() {
        return electionLegendShown.getReadOnlyProperty();
    }

    /** The posts of one day, for the day list behind "+N more"; delivered on the UI thread. */
    public void loadDay(LocalDate day, Consumer<List<PostSummary>> receiver) {
        executor.submit(() -> posts.summariesBetween(day, day), receiver, this::failed);
    }

    public DayOverview overviewOf(LocalDate day) {
        return monthDays.get().getOrDefault(day, DayOverview.empty(day));
    }

    // --- actions the views forward -------------------------------------------------------------

    public void setOpenPostAction(Consumer<PostId> action) {
        this.openPostAction = action;
    }

    public void setNewPostAction(Consumer<LocalDate> action) {
        this.newPostAction = action;
    }

    public void setFailureHandler(Consumer<Throwable> handler) {
        this.failureHandler = handler;
    }

    public void openPost(PostId id) {
        openPostAction.accept(id);
    }

    /** A card dropped on a day: the post moves there and keeps its time (an idea gets the default time). */
    public void dropOn(PostSummary post, LocalDate day) {
        selectedDay.set(day);
        commands.moveToDay(post.id(), day);
    }

    public void newPostOn(LocalDate day) {
        selectedDay.set(day);
        newPostAction.accept(day);
    }

    /**
     * Enter on a day: a day without posts gets a new one, a day with one post opens it, a day with
     * more tells the caller to show the day's list (returns true).
     */
    public boolean openSelectedDay() {
        LocalDate day = selectedDay.get();
        int total = countOn(day);
        if (total == 0) {
            newPostOn(day);
            return false;
        }
        if (total == 1) {
            PostSummary only = firstOn(day);
            if (only != null) {
                openPost(only.id());
                return false;
            }
        }
        return true;
    }

    private int countOn(LocalDate day) {
        return switch (mode()) {
            case MONTH -> overviewOf(day).total();
            case WEEK -> weekDays.get().getOrDefault(day, DayOverview.empty(day)).total();
            case LIST -> (int) listPosts.stream().filter(post -> post.schedule().localDate().equals(day)).count();
        };
    }

    private PostSummary firstOn(LocalDate day) {
        List<PostSummary> onDay = switch (mode()) {
            case MONTH -> overviewOf(day).firstPosts();
            case WEEK -> weekDays.get().getOrDefault(day, DayOverview.empty(day)).firstPosts();
            case LIST -> listPosts.stream().filter(post -> post.schedule().localDate().equals(day)).toList();
        };
        return onDay.isEmpty() ? null : onDay.get(0);
    }

    // --- internals -----------------------------------------------------------------------------

    private void apply(long generation, CalendarPeriod loaded, Map<LocalDate, List<Holiday>> named,
                       Runnable update) {
        if (generation != requestedGeneration) {
            return;
        }
        loading.set(false);
        update.run();
        if (named != null) {
            shownHolidays = named;
        }
        shownPeriod.set(loaded);
        shownGeneration.set(shownGeneration.get() + 1);
    }

    private void loadHolidaysAfterThePosts(long generation, CalendarPeriod wanted, String land) {
        executor.submit(() -> holidaysOf(wanted, land), named -> {
            holidayLibraryLoaded = true;
            if (generation != requestedGeneration) {
                return;
            }
            shownHolidays = named;
            holidaysShown.set(holidaysShown.get() + 1);
        }, problem -> LOG.log(System.Logger.Level.WARNING, "holidays not shown", problem));
    }

    private void loadElections() {
        executor.submit(() -> elections.elections().stream().map(Election::window).toList(), windows -> {
            electionWindows = windows.stream().map(window -> new ShownWindow(window,
                    messages.format("calendar.election.window", window.election().label()),
                    messages.format("calendar.election.hot", window.election().label()))).toList();
            updateElectionLegend();
            electionsShown.set(electionsShown.get() + 1);
        }, problem -> LOG.log(System.Logger.Level.WARNING, "election windows not shown", problem));
    }

    private void updateElectionLegend() {
        CalendarPeriod shown = shownPeriod.get();
        boolean touched = false;
        if (shown != null) {
            for (ShownWindow window : electionWindows) {
                touched |= !window.window().start().isAfter(shown.last())
                        && window.window().endExclusive().isAfter(shown.first());
            }
        }
        electionLegendShown.set(touched);
    }

    /** In the background. The named days are a help, not the plan: without them the calendar still works. */
    private Map<LocalDate, List<Holiday>> holidaysOf(CalendarPeriod wanted, String land) {
        try {
            Map<LocalDate, List<Holiday>> byDay = new HashMap<>();
            for (Holiday holiday : holidays.between(wanted.first(), wanted.last(), land)) {
                byDay.computeIfAbsent(holiday.date(), day -> new ArrayList<>(1)).add(holiday);
            }
            return byDay;
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, "holidays of " + land + " unavailable", e);
            return Map.of();
        }
    }

    private void failed(Throwable problem) {
        loading.set(false);
        failureHandler.accept(problem);
    }

    private boolean isShown(LocalDate day) {
        CalendarPeriod current = period.get();
        return current.mode() == CalendarMode.MONTH ? current.isInMainMonth(day) : current.contains(day);
    }

    private static java.time.Period stepOf(CalendarPeriod period) {
        return period.mode() == CalendarMode.WEEK ? java.time.Period.ofWeeks(1) : java.time.Period.ofMonths(1);
    }

    private static LocalDate keepCursorIn(CalendarPeriod period, LocalDate day) {
        if (period.mode() == CalendarMode.MONTH || period.mode() == CalendarMode.LIST) {
            return period.isInMainMonth(day) ? day : period.anchor();
        }
        return period.contains(day) ? day : period.first();
    }

    private void updateTitle() {
        CalendarPeriod current = period.get();
        if (current.mode() == CalendarMode.WEEK) {
            int week = current.first().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            DateTimeFormatter format = DateTimeFormatter.ofPattern(messages.text("format.weekRange"),
                    messages.locale());
            periodTitle.set(messages.format("calendar.weekTitle", week, format.format(current.first()),
                    format.format(current.last())));
        } else {
            periodTitle.set(messages.month(current.anchor()));
        }
    }

    /** An election's window with its two sentences, made once per load rather than per shown day. */
    private record ShownWindow(ElectionWindows.Window window, String windowText, String hotText) {
    }

    /** A period's posts and, once the holiday library is loaded, its named days (null before). */
    private record Loaded(Map<LocalDate, DayOverview> days, Map<LocalDate, List<Holiday>> holidays) {
    }
}
