package app.herold.ui.main;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.post.ImportPreview;
import app.herold.domain.post.PlanImport;
import app.herold.domain.post.PlanChange;
import app.herold.domain.post.PlanListener;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import app.herold.ui.calendar.CalendarViewModel;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.PreferencesModel;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.csvimport.CsvImportViewModel;
import app.herold.ui.editor.EditorViewModel;
import app.herold.ui.ideas.IdeasViewModel;
import app.herold.ui.planfile.PlanImportViewModel;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * The window as a whole: wires calendar, ideas tray and editor to the plan, keeps them in step
 * after every change, and answers the status bar's two questions: is my work saved, and where is
 * it kept.
 */
public final class MainViewModel {

    /** The first pass of the outbox, after the window's own start-up work. */
    static final java.time.Duration FIRST_PASS_AFTER = java.time.Duration.ofSeconds(4);

    private boolean sideDataRequested;
    private final AppContext context;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final PreferencesModel preferences;
    private final PlanCommands commands;
    private final CalendarViewModel calendar;
    private final IdeasViewModel ideas;
    private final EditorViewModel editor;
    private final ReadOnlyLongWrapper postCount = new ReadOnlyLongWrapper(-1);
    private final ReadOnlyBooleanWrapper welcomeVisible = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper demoLoading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final PlanListener planListener;
    private final SendingViewModel sending;
    private final OutboxScheduler outbox;
    /** The system's notifications, known once sending has started. */
    private volatile app.herold.ui.common.SystemNotifier systemNotifier = app.herold.ui.common.SystemNotifier.NONE;
    /** The user cancelled the passphrase question: not asked again every half minute, only when they act. */
    private volatile boolean passphraseDeclined;

    public MainViewModel(AppContext context, TaskExecutor executor, DialogService dialogs, Messages messages,
                         PreferencesModel preferences) {
        this.context = context;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.preferences = preferences;
        this.commands = new PlanCommands(context.plan(), executor, messages,
                () -> preferences.get().defaultPostTime(), this::showFailure);
        this.calendar = new CalendarViewModel(context.posts(), commands, executor, messages,
                () -> LocalDate.now(context.clock()), context.holidays(), () -> preferences.get().state(),
                context.channels().elections());
        this.ideas = new IdeasViewModel(context.posts(), commands, executor);
        this.editor = new EditorViewModel(context.plan(), commands, context.media(), executor, dialogs, messages,
                context.clock(), () -> preferences.get().defaultPostTime(), context.channels());

        editor.rules().setHolidays(day -> context.holidays().between(day, day, preferences.get().state()));
        editor.rules().setAltTextMarker(() -> preferences.get().altTextMarker());
        calendar.setOpenPostAction(editor::open);
        calendar.setNewPostAction(editor::openNew);
        calendar.setFailureHandler(this::showFailure);
        ideas.setOpenPostAction(editor::open);
        ideas.setNewIdeaAction(() -> editor.openNew(null));
        ideas.setFailureHandler(this::showFailure);
        commands.lastActionProperty().addListener((observable, old, action) -> notice.set(action));

        sending = new SendingViewModel(messages, context.clock());
        editor.targets().connect(context.publishing(),
                () -> new app.herold.domain.publishing.MissedTargets(preferences.get().missedLimit()));
        outbox = new OutboxScheduler(this::publishing, report -> executor.onUiThread(() -> sending.report(report)),
                problem -> executor.onUiThread(() -> sending.failed(problem)));
        sendingPaused.addListener((observable, was, paused) -> {
            outbox.setPaused(paused);
            sending.paused(paused);
        });
        planListener = change -> {
            executor.onUiThread(() -> planChanged(change));
            outbox.runSoon();
        };
        context.plan().addListener(planListener);
    }

    /** Sending as this window does it: it asks for the passphrase, and marks posts published through the plan. */
    private PublishingServices publishing() {
        PublishingServices services = context.publishing().get();
        services.passphrase().setAsker(this::askPassphrase);
        services.outbox().setMarkPublished(context.plan()::markPublished);
        systemNotifier = services.notifier();
        // The limit as the settings have it now: changing it there applies from the next pass.
        services.outbox().setMissedTargets(new app.herold.domain.publishing.MissedTargets(preferences.get().missedLimit()));
        return services;
    }

    /** On the outbox's thread: shows the question on the UI thread and waits for the answer. */
    private java.util.Optional<char[]> askPassphrase(boolean creating) {
        if (passphraseDeclined) {
            return java.util.Optional.empty();
        }
        java.util.concurrent.CompletableFuture<java.util.Optional<char[]>> answer = new java.util.concurrent.CompletableFuture<>();
        executor.onUiThread(() -> answer.complete(dialogs.askPassphrase(creating)));
        java.util.Optional<char[]> given = answer.join();
        passphraseDeclined = given.isEmpty();
        return given;
    }

    public SendingViewModel sending() {
        return sending;
    }

    /** Where a notice goes when the window is not in front: the operating system's notification centre. */
    public app.herold.ui.common.SystemNotifier systemNotifier() {
        return systemNotifier;
    }

    private final javafx.beans.property.BooleanProperty sendingPaused = new javafx.beans.property.SimpleBooleanProperty(false);

    /**
     * "Versand anhalten": nothing goes out from this window until it is lifted, e.g. when a storm warning makes
     * the planned "Weihnachtsmarkt heute" wrong. What was handed over to a platform stays there (the editor
     * shows it). Lifting it sends what is due, subject to the rule for missed posts.
     */
    public javafx.beans.property.BooleanProperty sendingPausedProperty() {
        return sendingPaused;
    }

    /** "Jetzt senden" for missed posts: they go out at the next pass, which comes in a few seconds. */
    public void sendMissedNow(java.util.List<app.herold.domain.publishing.Outbox.Event> chosen) {
        passphraseDeclined = false;
        outbox.onOutboxThread(() -> {
            chosen.forEach(event -> publishing().outbox().approveLate(event.target().id()));
            outbox.runSoon();
        });
        sending.missed().removeAll(chosen);
    }

    /** "Überspringen": the missed posts do not go out on those accounts. */
    public void skipMissed(java.util.List<app.herold.domain.publishing.Outbox.Event> chosen) {
        outbox.onOutboxThread(() -> chosen.forEach(event -> publishing().outbox().skip(event.target().id())));
        sending.missed().removeAll(chosen);
    }

    /** "Neu planen…": the post opens in the editor for a new date; moving it makes its targets due anew. */
    public void replanMissed(app.herold.domain.publishing.Outbox.Event chosen) {
        if (chosen.target().post() != null) {
            editor.open(chosen.target().post());
        }
    }

    /** Accesses that end within a week, said once when the window opens (the settings say it too). */
    private void warnOfExpiringAccess() {
        try {
            PublishingServices services = context.publishing().get();
            java.time.Instant now = context.clock().instant();
            java.util.List<String> expiring = new java.util.ArrayList<>();
            for (app.herold.domain.channel.ChannelAccount account : context.channels().accounts().accounts()) {
                String until = services.store().optionsOf(account.id()).get(PublishingServices.ACCESS_EXPIRES_AT);
                if (until == null || until.isBlank()) {
                    continue;
                }
                java.time.Instant end = java.time.Instant.parse(until.strip());
                if (end.isBefore(now.plus(ACCESS_WARNING))) {
                    expiring.add(messages.format(end.isAfter(now) ? "sending.access.expiresOn" : "sending.access.expired",
                            account.name(), sending.plannedAtInstant(end)));
                }
            }
            if (!expiring.isEmpty()) {
                executor.onUiThread(() -> sending.accessExpiring(expiring));
            }
        } catch (RuntimeException problem) {
            // A warning that cannot be read is no reason to stop: the connection test shows the date again.
        }
    }

    /** How far ahead an ending access is warned of (issue 6: seven days). */
    static final java.time.Duration ACCESS_WARNING = java.time.Duration.ofDays(7);

    /** A pass now, e.g. after new access was entered in the settings. */
    public void sendSoon() {
        passphraseDeclined = false;
        outbox.runSoon();
    }

    public CalendarViewModel calendar() {
        return calendar;
    }

    public IdeasViewModel ideas() {
        return ideas;
    }

    public EditorViewModel editor() {
        return editor;
    }

    public PlanCommands commands() {
        return commands;
    }

    public Messages messages() {
        return messages;
    }

    public DialogService dialogs() {
        return dialogs;
    }

    public PreferencesModel preferences() {
        return preferences;
    }

    public AppContext context() {
        return context;
    }

    /** Loads what the window shows first and decides whether to offer demo data. */
    /** Loads the calendar; the ideas and the post count follow when {@link #calendarOnScreen()} is called. */
    public void start() {
        calendar.reload();
        scheduleMidnight();
    }

    /**
     * The first month is on screen (or its load has had its time): now the ideas and the count. They
     * wait so that at start-up their queries (thousands of ideas in a large plan) do not compete with
     * the month for the laptop's two cores; the tray fills a moment after the calendar. Only the
     * first call loads.
     */
    public void calendarOnScreen() {
        if (sideDataRequested) {
            return;
        }
        sideDataRequested = true;
        ideas.reload();
        executor.submit(() -> context.posts().count(), count -> {
            postCount.set(count);
            welcomeVisible.set(count == 0 && !preferences.get().welcomeAnswered());
        }, this::showFailure);
        // The holiday library loads with the first named days (about half a second): after the tray and the
        // count, so they are not kept waiting, and before the channel warm-up below.
        calendar.showHolidays();
        calendar.showElectionWindows();
        // The first channel check loads the limits file, ICU and twitter-text (about 0.4 s): done now, behind
        // the side data, so the first post opened shows its counts at once.
        executor.submit(() -> {
            context.channels().catalog().all().forEach(channel ->
                    channel.check(app.herold.domain.channel.ChannelDraft.textOnly("Herold #Meerane https://meerane.de")));
            return null;
        }, ignored -> { }, problem -> { });
        // Sending starts once the window stands: the first pass loads the networks' adapters.
        outbox.start(FIRST_PASS_AFTER);
        outbox.onOutboxThread(this::warnOfExpiringAccess);
        // Once a day, behind everything the window needs: the plan as it was when the day's work began.
        executor.submit(() -> context.backups().dailyIfDue(preferences.get().backups().retention()),
                made -> made.ifPresent(backup -> notice.set(messages.format("backup.dailyMade",
                        backup.file().getFileName().toString()))),
                problem -> showFailure(problem instanceof UserFacingException userFacing
                        ? new UserFacingException(problem, "backup.dailyFailed", messages.describe(userFacing))
                        : problem));
    }

    /** Stops listening to the plan and sending; the window is being rebuilt or closed. */
    public void dispose() {
        context.plan().removeListener(planListener);
        editor.targets().dispose();
        outbox.stop();
    }

    // --- commands ------------------------------------------------------------------------------

    /** Ctrl+N: a new post on the selected day at the default time. */
    public void newPost() {
        editor.openNew(calendar.selectedDay());
    }

    public void newIdea() {
        editor.openNew(null);
    }

    public void undo() {
        editor.flushThen(commands::undo);
    }

    public void redo() {
        editor.flushThen(commands::redo);
    }

    /** From a card's context menu: asks, then deletes; the open post is saved first. */
    public void deletePost(app.herold.domain.post.PostSummary post) {
        String name = post.headline().isBlank() ? messages.text("card.untitled") : post.headline();
        if (!dialogs.confirm(messages.text("editor.delete.title"), messages.format("editor.delete.question", name),
                messages.text("editor.delete.confirm"))) {
            return;
        }
        editor.flushThen(() -> commands.delete(post.id(), () -> { }));
    }

    public void duplicatePost(app.herold.domain.post.PostSummary post) {
        editor.flushThen(() -> commands.duplicate(post.id(), copy -> editor.open(copy.id())));
    }

    public void unschedulePost(app.herold.domain.post.PostSummary post) {
        editor.flushThen(() -> commands.unschedule(post.id()));
    }

    public void deleteOpenPost() {
        editor.delete();
    }

    public void duplicateOpenPost() {
        editor.duplicate();
    }

    public void loadDemoData() {
        demoLoading.set(true);
        executor.submit(() -> {
            int added = context.demoLoader().load();
            context.plan().announceBulkChange();
            return added;
        }, added -> {
            demoLoading.set(false);
            answerWelcome();
            notice.set(messages.format("welcome.demoLoaded", added));
        }, problem -> {
            demoLoading.set(false);
            showFailure(problem);
        });
    }

    /**
     * "Beiträge aus CSV importieren…": asks for the file and returns its preview, which reads it at
     * once; empty when the officer cancelled. Once imported, the calendar shows the first planned day.
     */
    public java.util.Optional<CsvImportViewModel> startCsvImport() {
        return dialogs.chooseOpenFile(messages.text("import.choose"), messages.text("import.filter"), java.util.List.of("csv"))
                .map(file -> new CsvImportViewModel(new PlanImport(context.planTables(), context.media(), context.plan(),
                        () -> preferences.get().defaultPostTime()), file, executor, messages, this::imported));
    }

    private void imported(ImportPreview preview) {
        notice.set(messages.format("import.done", preview.rows().size()));
        preview.firstDay().ifPresent(calendar::goTo);
    }

    /**
     * "Plan aus Datei importieren…": asks for a file of the JSON export and returns its preview, which
     * reads it at once; empty when cancelled. The open post is saved and closed first, because the import
     * may change or replace it.
     */
    public java.util.Optional<PlanImportViewModel> startPlanImport() {
        return dialogs.chooseOpenFile(messages.text("planImport.choose"), messages.text("planImport.filter"),
                java.util.List.of("zip", "json")).map(file -> {
                    editor.close();
                    return new PlanImportViewModel(context.planFiles(), context.backups(), file, executor, messages,
                            context.clock().getZone(), this::planImported);
                });
    }

    private void planImported(app.herold.domain.exchange.ImportPreview preview, BackupFile backup) {
        context.plan().forgetHistory();
        context.plan().announceBulkChange();
        notice.set(messages.format("planImport.notice", preview.posts().added(), preview.posts().changed(),
                backup.file().getFileName().toString()));
        // The file may bring another Land, elections and parties: the rules and holidays follow.
        executor.submit(() -> context.preferences().load(), loaded -> {
            if (!loaded.state().equals(preferences.get().state())) {
                preferences.set(preferences.get().withState(loaded.state()));
                calendar.reload();
            }
            editor.rulesChanged();
        }, this::showFailure);
    }

    /**
     * "Plan als Datei exportieren…": everything (posts, accounts without secrets, elections, parties, the
     * audit log, publications, pictures) into one ZIP; the open post is saved first so it is in it.
     */
    public void exportPlanFile() {
        String suggested = messages.format("planExport.fileName", LocalDate.now(context.clock()).toString());
        dialogs.chooseSaveFile(messages.text("planExport.choose"), suggested, java.util.List.of("zip"))
                .ifPresent(file -> editor.flushThen(() -> {
                    notice.set(messages.text("planExport.running"));
                    executor.submit(() -> context.planFiles().export(file), written -> {
                        notice.set(messages.format("planExport.done", written.posts(), written.pictures(),
                                written.file().toString()));
                        if (!written.missingPictures().isEmpty()) {
                            dialogs.showInfo(messages.format("planExport.missingPictures",
                                    written.missingPictures().size(), String.join(", ", written.missingPictures())));
                        }
                    }, problem -> {
                        notice.set("");
                        showFailure(problem);
                    });
                }));
    }

    public void startEmpty() {
        answerWelcome();
    }

    /** Saves the preferences and applies them; returns true when the language changed. */
    public boolean applyPreferences(Preferences changed) {
        Preferences previous = preferences.get();
        preferences.set(changed);
        executor.submit(() -> {
            context.preferences().save(changed);
            return changed;
        }, saved -> { }, this::showFailure);
        if (!previous.state().equals(changed.state())) {
            calendar.reload();
        }
        if (!previous.state().equals(changed.state()) || previous.altTextMarker() != changed.altTextMarker()) {
            editor.rulesChanged();
        }
        return !previous.language().equals(changed.language());
    }

    /** Saves the open post, then runs {@code whenSafe}: how the window closes without losing text. */
    public void prepareToClose(Runnable whenSafe) {
        editor.flushThen(whenSafe);
    }

    // --- status bar ----------------------------------------------------------------------------

    public ReadOnlyLongProperty postCountProperty() {
        return postCount.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty welcomeVisibleProperty() {
        return welcomeVisible.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty demoLoadingProperty() {
        return demoLoading.getReadOnlyProperty();
    }

    /** The newest thing that happened ("Moved to Tue, 8 Dec 2026 – Ctrl+Z undoes it"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Gespeichert 14:32 · 1.284 Beiträge · Daten: /home/…/herold". */
    public StringBinding statusLine() {
        return Bindings.createStringBinding(() -> {
            StringBuilder line = new StringBuilder();
            if (editor.isOpen()) {
                line.append(editor.saveMessageProperty().get()).append(" · ");
            } else {
                line.append(messages.text("status.allSaved")).append(" · ");
            }
            if (postCount.get() >= 0) {
                line.append(messages.format("status.postCount", postCount.get())).append(" · ");
            }
            line.append(messages.format("status.dataDirectory", context.dataDirectory().toString()));
            return line.toString();
        }, editor.saveMessageProperty(), editor.openProperty(), postCount);
    }

    // --- internals -----------------------------------------------------------------------------

    private void planChanged(PlanChange change) {
        calendar.reload();
        ideas.reload();
        editor.planChanged(change);
        commands.refreshHistory();
        executor.submit(() -> context.posts().count(), postCount::set, this::showFailure);
    }

    private void answerWelcome() {
        welcomeVisible.set(false);
        applyPreferences(preferences.get().withWelcomeAnswered(true));
    }

    private void scheduleMidnight() {
        LocalDateTime now = LocalDateTime.now(context.clock());
        LocalDateTime midnight = now.toLocalDate().plusDays(1).atTime(LocalTime.MIDNIGHT).plusSeconds(1);
        executor.schedule(java.time.Duration.between(now, midnight), () -> {
            calendar.refreshToday();
            scheduleMidnight();
        });
    }

    private void showFailure(Throwable problem) {
        if (problem instanceof UserFacingException userFacing) {
            dialogs.showError(messages.describe(userFacing));
        } else {
            dialogs.showError(messages.format("error.unexpected", String.valueOf(problem.getMessage())));
        }
    }
}
