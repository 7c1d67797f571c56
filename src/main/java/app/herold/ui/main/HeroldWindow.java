package app.herold.ui.main;

import app.herold.Version;
import app.herold.domain.post.ExportPlanCalendar;
import app.herold.domain.post.PostId;
import app.herold.domain.settings.Preferences;
import app.herold.i18n.Messages;
import app.herold.ui.calendar.CalendarMode;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.FxDialogService;
import app.herold.ui.common.PreferencesModel;
import app.herold.ui.common.TaskExecutor;
import app.herold.ui.common.Theme;
import app.herold.ui.csvimport.CsvImportDialog;
import app.herold.ui.settings.AccountsViewModel;
import app.herold.ui.settings.ElectionsViewModel;
import app.herold.ui.settings.BackupsViewModel;
import app.herold.ui.settings.SettingsDialog;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import javafx.stage.Window;

/**
 * The main stage and what it shows. Builds the window for the current language, rebuilds it
 * when the language changes (keeping the open post and the shown period), and closes only once
 * the open post is safely saved.
 */
public final class HeroldWindow implements MainWindow.WindowActions {

    private static final Duration SIDE_DATA_AT_THE_LATEST = Duration.ofSeconds(2);

    private final Stage stage;
    private final AppContext context;
    private final TaskExecutor executor;
    private final PreferencesModel preferences;
    private final Runnable onClosed;
    private final BiFunction<Window, Messages, DialogService> dialogs;
    private MainViewModel viewModel;
    private MainWindow window;
    private boolean started;
    private java.util.function.Consumer<java.nio.file.Path> onRestore = backup -> { };

    public HeroldWindow(Stage stage, AppContext context, TaskExecutor executor, Preferences initial, Runnable onClosed) {
        this(stage, context, executor, initial, onClosed, FxDialogService::new);
    }

    /**
     * @param dialogs makes the questions and file choosers for each build of the window; tests pass one
     *                that answers a file choice, which the headless toolkit cannot show
     */
    HeroldWindow(Stage stage, AppContext context, TaskExecutor executor, Preferences initial, Runnable onClosed,
                 BiFunction<Window, Messages, DialogService> dialogs) {
        this.dialogs = dialogs;
        this.stage = stage;
        this.context = context;
        this.executor = executor;
        this.preferences = new PreferencesModel(initial);
        this.onClosed = onClosed;
        stage.setOnCloseRequest(event -> {
            event.consume();
            quit();
        });
    }

    /**
     * Who puts a backup in place of the plan: the application, which closes this window and its data
     * directory, restores, and opens a new window.
     */
    public void setOnRestore(java.util.function.Consumer<java.nio.file.Path> restore) {
        onRestore = restore;
    }

    /** Builds the content for the current language and shows it; the plan loads on {@link #start()}. */
    public void show() {
        prepare();
        stage.show();
    }

    /**
     * Builds the content without showing it yet. The start-up shows the stage once the first month
     * has arrived, so styling and layout run once over the filled grid instead of twice.
     */
    public void prepare() {
        Theme.useUserAgentStylesheet(preferences.get().theme());
        build(null, null, null);
    }

    /** Starts loading the plan: once the data directory is open. */
    public void start() {
        started = true;
        startViewModel();
    }

    public MainViewModel viewModel() {
        return viewModel;
    }

    public MainWindow window() {
        return window;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void openSettings() {
        Messages messages = viewModel.messages();
        AccountsViewModel accounts = new AccountsViewModel(context.channels().accounts(), context.channels().qrCodes(),
                executor, viewModel.dialogs(), messages, new app.herold.ui.settings.AccountAccessViewModel(
                        context.publishing(), executor, viewModel.dialogs(), messages, context.clock()));
        accounts.setOnChanged(viewModel.editor()::reloadAccounts);
        ElectionsViewModel elections = new ElectionsViewModel(context.channels().elections(), executor,
                viewModel.dialogs(), messages);
        elections.setOnChanged(() -> {
            viewModel.editor().rulesChanged();
            viewModel.calendar().electionsChanged();
        });
        // A restore closes the settings first; the window then hands it on and is replaced.
        java.util.concurrent.atomic.AtomicReference<java.nio.file.Path> restoreAfterwards = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicReference<SettingsDialog> shown = new java.util.concurrent.atomic.AtomicReference<>();
        BackupsViewModel backups = new BackupsViewModel(context.backups(), preferences.get().backups(), executor,
                viewModel.dialogs(), messages,
                settings -> viewModel.applyPreferences(preferences.get().withBackups(settings)),
                backup -> {
                    restoreAfterwards.set(backup);
                    shown.get().dialog().close();
                });
        SettingsDialog dialog = new SettingsDialog(stage, messages, preferences.get(), accounts, elections, backups);
        shown.set(dialog);
        Optional<Preferences> changed = dialog.showAndWait();
        if (restoreAfterwards.get() != null) {
            onRestore.accept(restoreAfterwards.get());
            return;
        }
        // The backup tab saves its settings as they change; the dialog's answer keeps them.
        changed.map(answer -> answer.withBackups(preferences.get().backups())).ifPresent(this::apply);
    }

    /** Applies new preferences: the theme at once, a new language by rebuilding the window. */
    public void apply(Preferences changed) {
        boolean languageChanged = viewModel.applyPreferences(changed);
        Theme.apply(stage.getScene(), changed.theme());
        if (languageChanged) {
            viewModel.prepareToClose(() -> {
                PostId open = viewModel.editor().postIdProperty().get();
                CalendarMode mode = viewModel.calendar().mode();
                LocalDate selected = viewModel.calendar().selectedDay();
                viewModel.dispose();
                build(open, mode, selected);
            });
        }
    }

    @Override
    public void showAuditLog() {
        Messages messages = viewModel.messages();
        new app.herold.ui.audit.AuditLogDialog(stage, new app.herold.ui.audit.AuditLogViewModel(
                context.channels().audit(), context.channels().auditFiles(), executor, viewModel.dialogs(), messages),
                messages).showAndWait();
    }

    /** Beside the window, not in front of it: the officer can keep it open while planning. */
    @Override
    public void showDeliveryLog() {
        Messages messages = viewModel.messages();
        new app.herold.ui.delivery.DeliveryLogDialog(stage, messages, executor, viewModel.dialogs(),
                context.publishing(), context.channels().accounts(), context.plan(),
                post -> viewModel.editor().open(post)).show();
    }

    @Override
    public void importCsv() {
        Messages messages = viewModel.messages();
        viewModel.startCsvImport().ifPresent(csv -> new CsvImportDialog(stage, csv, messages).showAndWait());
    }

    @Override
    public void importPlanFile() {
        Messages messages = viewModel.messages();
        viewModel.startPlanImport().ifPresent(file ->
                new app.herold.ui.planfile.PlanImportDialog(stage, file, messages).showAndWait());
    }

    @Override
    public void exportCalendar() {
        Messages messages = viewModel.messages();
        new app.herold.ui.ics.IcsExportDialog(stage, new app.herold.ui.ics.IcsExportViewModel(
                new ExportPlanCalendar(context.posts(), context.channels().planCalendar()), executor,
                viewModel.dialogs(), messages, viewModel.calendar().period()), messages).showAndWait();
    }

    @Override
    public void quit() {
        viewModel.prepareToClose(() -> {
            viewModel.dispose();
            stage.hide();
            onClosed.run();
        });
    }

    @Override
    public void showAbout() {
        Messages messages = viewModel.messages();
        Alert about = new Alert(Alert.AlertType.INFORMATION,
                messages.format("about.text", Version.current(), context.dataDirectory().toString()),
                new ButtonType(messages.text("dialog.ok"), ButtonBar.ButtonData.OK_DONE));
        about.initOwner(stage);
        about.setTitle(messages.text("about.title"));
        about.setHeaderText("Herold " + Version.current());
        about.showAndWait();
    }

    /**
     * Loads the month, and once its first frame is laid out the rest (ideas, count): queued after
     * that pulse, so the month does not share the cores with their queries. A month that fails to
     * load still gets the rest, after {@link #SIDE_DATA_AT_THE_LATEST}.
     */
    private void startViewModel() {
        MainViewModel starting = viewModel;
        starting.start();
        Scene scene = stage.getScene();
        ChangeListener<Number> firstMonth = new ChangeListener<>() {
            @Override
            public void changed(ObservableValue<? extends Number> observable, Number old, Number generation) {
                observable.removeListener(this);
                Runnable afterLayout = new Runnable() {
                    @Override
                    public void run() {
                        scene.removePostLayoutPulseListener(this);
                        Platform.runLater(starting::calendarOnScreen);
                    }
                };
                scene.addPostLayoutPulseListener(afterLayout);
                Platform.requestNextPulse();
            }
        };
        starting.calendar().shownGenerationProperty().addListener(firstMonth);
        executor.schedule(SIDE_DATA_AT_THE_LATEST, starting::calendarOnScreen);
    }

    private void build(PostId reopen, CalendarMode mode, LocalDate selected) {
        Messages messages = Messages.forPreferences(preferences.get());
        // Built-in controls (date picker, dialogs) take their words from the default locale.
        Locale.setDefault(messages.locale());
        viewModel = new MainViewModel(context, executor, dialogs.apply(stage, messages), messages, preferences);
        window = new MainWindow(viewModel, this);
        // Herold's sheet and the window's light or dark state are in place before the window joins the
        // scene: JavaFX matches every node against the stylesheets as it joins, and a sheet added after
        // had it match all of them again (about 600 nodes at the first start).
        String theme = preferences.get().theme();
        Theme.markRoot(window, theme);
        if (stage.getScene() == null) {
            stage.setScene(new Scene(new javafx.scene.layout.Pane(), 1280, 800));
        }
        Theme.install(stage.getScene(), theme);
        stage.getScene().setRoot(window);
        stage.setMinWidth(1024);
        stage.setMinHeight(700);
        stage.setTitle(messages.text("app.title"));
        if (mode != null) {
            viewModel.calendar().show(mode);
        }
        if (selected != null) {
            viewModel.calendar().goTo(selected);
        }
        if (started) {
            startViewModel();
        }
        if (reopen != null) {
            viewModel.editor().open(reopen);
        }
        window.focusCalendar();
    }
}
