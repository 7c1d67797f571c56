package app.herold.ui.main;

import app.herold.i18n.Messages;
import app.herold.ui.calendar.CalendarMode;
import app.herold.ui.calendar.CalendarViewModel;
import app.herold.ui.calendar.MonthView;
import app.herold.ui.calendar.PlanTableView;
import app.herold.ui.calendar.WeekView;
import app.herold.ui.common.HoverTooltip;
import app.herold.ui.common.Icons;
import app.herold.ui.common.PostDrag;
import app.herold.ui.common.Styles;
import app.herold.ui.common.Thumbnails;
import app.herold.ui.editor.EditorPane;
import app.herold.ui.ideas.IdeasTray;
import app.herold.ui.welcome.WelcomePane;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;

/**
 * The main window's content: menu and toolbar, the ideas tray on the left, the calendar in the
 * middle, the editor on the right when a post is open, and the status bar.
 */
public final class MainWindow extends StackPane {

    private final MainViewModel viewModel;
    private final Messages messages;
    private final BorderPane layout = new BorderPane();
    private final StackPane calendarArea = new StackPane();
    private final MonthView monthView;
    private final PostDrag drag;
    private final Thumbnails thumbnails;
    /* The week, the list and the editor are built when first needed: start-up only pays for the month. */
    private WeekView weekView;
    private PlanTableView listView;
    private WelcomePane welcome;
    private final IdeasTray ideasTray;
    private EditorPane editorPane;
    private final ToggleGroup modes = new ToggleGroup();
    private final WindowActions actions;
    /** Whether the user wants the ideas tray; it still steps aside while the editor needs the room. */
    private final javafx.beans.property.BooleanProperty ideasWanted = new javafx.beans.property.SimpleBooleanProperty(true);
    private static final double ROOM_FOR_TRAY_AND_EDITOR = 1440;

    /** What the window asks of the application around it: settings and quitting. */
    public interface WindowActions {
        void openSettings();

        /** The neutrality audit log (Prüfprotokoll). */
        void showAuditLog();

        /** The delivery log (Zustellprotokoll): every attempt to send, with its outcome and link. */
        void showDeliveryLog();

        /** The plan of a date range as a calendar file (ICS) for the mayor's calendar. */
        void exportCalendar();
        /** "Beiträge aus CSV importieren…": a month planned in a spreadsheet. */
        void importCsv();

        /** "Plan aus Datei importieren…": a file of the JSON export, previewed, merged or replacing. */
        void importPlanFile();

        void quit();

        void showAbout();
    }

    public MainWindow(MainViewModel viewModel, WindowActions actions) {
        this.viewModel = viewModel;
        this.messages = viewModel.messages();
        this.actions = actions;
        getStyleClass().add(Styles.APP);
        Pane overlay = new Pane();
        overlay.setPickOnBounds(false);
        overlay.setMouseTransparent(true);
        drag = new PostDrag(overlay);
        thumbnails = new Thumbnails(viewModel.context().media());
        CalendarViewModel calendar = viewModel.calendar();

        monthView = new MonthView(calendar, messages, drag, thumbnails);
        ideasTray = new IdeasTray(viewModel.ideas(), messages, drag, thumbnails);
        ideasTray.setPrefWidth(230);
        ideasTray.setMinWidth(200);

        calendarArea.getChildren().add(monthView);
        calendarArea.getStyleClass().add("calendar-area");
        calendarArea.setPadding(new Insets(0, 8, 0, 8));
        viewModel.welcomeVisibleProperty().addListener((observable, was, visible) -> showWelcome(visible));

        layout.setTop(new javafx.scene.layout.VBox(menuBar(), toolbar()));
        layout.setLeft(ideasTray);
        layout.setCenter(calendarArea);
        layout.setBottom(statusBar());
        viewModel.editor().openProperty().addListener((observable, was, open) -> showEditor(open));
        showEditor(viewModel.editor().isOpen());
        getChildren().addAll(layout, overlay);
        addEventHandler(javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, this::showCardMenu);
        ideasWanted.addListener(observable -> placeIdeasTray());
        widthProperty().addListener(observable -> placeIdeasTray());
        addEventHandler(javafx.scene.input.KeyEvent.KEY_PRESSED, event -> {
            if (event.getCode() == KeyCode.ESCAPE && viewModel.editor().isOpen()) {
                viewModel.editor().close();
                event.consume();
            }
        });

        calendar.periodProperty().addListener((observable, old, period) -> showMode(period.mode()));
        showMode(calendar.mode());
        showSending();
    }

    /** Sending's notices as toasts in the corner, and the question about missed posts when there are new ones. */
    private void showSending() {
        SendingViewModel sending = viewModel.sending();
        sending.noticeProperty().addListener((observable, old, notice) -> {
            if (notice != null && getScene() != null) {
                toasts().show(notice.problem(), notice.title(), notice.text(), actions::showDeliveryLog);
                // Behind other windows or minimised, the window's own notice would go unseen.
                if (getScene().getWindow() == null || !getScene().getWindow().isFocused()) {
                    viewModel.systemNotifier().notify(notice.title(), notice.text(), notice.problem());
                }
            }
        });
        sending.newlyMissedProperty().addListener((observable, old, fresh) -> {
            if (!fresh.isEmpty() && getScene() != null && getScene().getWindow() != null) {
                new MissedPostsDialog(getScene().getWindow(), messages, sending,
                        viewModel.preferences().get().missedLimit(), viewModel::sendMissedNow, viewModel::skipMissed,
                        viewModel::replanMissed).show();
            }
        });
    }

    private app.herold.ui.common.Toasts toasts;

    private app.herold.ui.common.Toasts toasts() {
        if (toasts == null) {
            toasts = new app.herold.ui.common.Toasts(getScene().getWindow());
        }
        return toasts;
    }

    public MonthView monthView() {
        return monthView;
    }

    public WeekView weekView() {
        if (weekView == null) {
            weekView = new WeekView(viewModel.calendar(), messages, drag, thumbnails);
            calendarArea.getChildren().add(1, weekView);
        }
        return weekView;
    }

    public PlanTableView listView() {
        if (listView == null) {
            listView = new PlanTableView(viewModel.calendar(), messages);
            calendarArea.getChildren().add(weekView == null ? 1 : 2, listView);
        }
        return listView;
    }

    public IdeasTray ideasTray() {
        return ideasTray;
    }

    public EditorPane editorPane() {
        if (editorPane == null) {
            editorPane = new EditorPane(viewModel.editor(), messages, thumbnails);
        }
        return editorPane;
    }

    private void showWelcome(boolean visible) {
        if (visible && welcome == null) {
            welcome = new WelcomePane(viewModel, messages);
            calendarArea.getChildren().add(welcome);
        }
        if (welcome != null) {
            welcome.setVisible(visible);
        }
    }

    /** Gives the keyboard to the calendar, so arrow keys move between days right away. */
    public void focusCalendar() {
        switch (viewModel.calendar().mode()) {
            case MONTH -> monthView.requestFocus();
            case WEEK -> weekView().requestFocus();
            case LIST -> listView().table().requestFocus();
        }
    }

    private void placeIdeasTray() {
        boolean crowded = viewModel.editor().isOpen() && getWidth() > 0 && getWidth() < ROOM_FOR_TRAY_AND_EDITOR;
        Node wanted = ideasWanted.get() && !crowded ? ideasTray : null;
        if (layout.getLeft() != wanted) {
            layout.setLeft(wanted);
        }
    }

    private void showEditor(boolean open) {
        layout.setRight(open ? editorPane() : null);
        placeIdeasTray();
        // After the pulse that lays the pane out, so the focus request finds it in the scene.
        javafx.application.Platform.runLater(open ? editorPane()::focusFirstField : this::focusCalendar);
    }

    private void showMode(CalendarMode mode) {
        monthView.setVisible(mode == CalendarMode.MONTH);
        if (mode == CalendarMode.WEEK || weekView != null) {
            weekView().setVisible(mode == CalendarMode.WEEK);
        }
        if (mode == CalendarMode.LIST || listView != null) {
            listView().setVisible(mode == CalendarMode.LIST);
        }
        for (var toggle : modes.getToggles()) {
            if (toggle.getUserData() == mode) {
                modes.selectToggle(toggle);
            }
        }
    }

    private Node menuBar() {
        CalendarViewModel calendar = viewModel.calendar();
        Menu file = new Menu(messages.text("menu.file"));
        file.getItems().addAll(
                item("menu.file.newPost", shortcut(KeyCode.N), viewModel::newPost),
                item("menu.file.newIdea", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), viewModel::newIdea),
                item("menu.file.save", shortcut(KeyCode.S), () -> viewModel.editor().save()),
                new SeparatorMenuItem(),
                item("menu.file.importCsv", null, actions::importCsv),
                item("menu.file.importPlan", null, actions::importPlanFile),
                item("menu.file.exportPlan", null, viewModel::exportPlanFile),
                item("menu.file.exportIcs", null, actions::exportCalendar),
                new SeparatorMenuItem(),
                item("menu.file.settings", shortcut(KeyCode.COMMA), actions::openSettings),
                item("menu.file.auditLog", null, actions::showAuditLog),
                item("menu.file.deliveryLog", null, actions::showDeliveryLog),
                pauseSending(),
                new SeparatorMenuItem(),
                item("menu.file.quit", shortcut(KeyCode.Q), actions::quit));

        Menu edit = new Menu(messages.text("menu.edit"));
        MenuItem undo = item("menu.edit.undo", shortcut(KeyCode.Z), viewModel::undo);
        MenuItem redo = item("menu.edit.redo", shortcut(KeyCode.Y), viewModel::redo);
        MenuItem duplicate = item("menu.edit.duplicate", shortcut(KeyCode.D), viewModel::duplicateOpenPost);
        MenuItem delete = item("menu.edit.delete", new KeyCodeCombination(KeyCode.DELETE), this::deleteIfNotTyping);
        duplicate.disableProperty().bind(viewModel.editor().openProperty().not());
        delete.disableProperty().bind(viewModel.editor().openProperty().not());
        edit.getItems().addAll(undo, redo, new SeparatorMenuItem(), duplicate, delete);

        Menu view = new Menu(messages.text("menu.view"));
        CheckMenuItem showIdeas = new CheckMenuItem(messages.text("menu.view.ideas"));
        showIdeas.selectedProperty().bindBidirectional(ideasWanted);
        showIdeas.setAccelerator(shortcut(KeyCode.I));
        view.getItems().addAll(
                item("menu.view.month", shortcut(KeyCode.DIGIT1), () -> calendar.show(CalendarMode.MONTH)),
                item("menu.view.week", shortcut(KeyCode.DIGIT2), () -> calendar.show(CalendarMode.WEEK)),
                item("menu.view.list", shortcut(KeyCode.DIGIT3), () -> calendar.show(CalendarMode.LIST)),
                new SeparatorMenuItem(),
                item("menu.view.today", new KeyCodeCombination(KeyCode.HOME), this::todayIfNotTyping),
                item("menu.view.previous", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        calendar::previous),
                item("menu.view.next", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN), calendar::next),
                new SeparatorMenuItem(),
                item("menu.view.search", shortcut(KeyCode.F), this::search),
                showIdeas);

        Menu help = new Menu(messages.text("menu.help"));
        help.getItems().add(item("menu.help.about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, edit, view, help);
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem pauseSending() {
        CheckMenuItem pause = new CheckMenuItem(messages.text("menu.file.pauseSending"));
        pause.setId("menu.file.pauseSending");
        pause.selectedProperty().bindBidirectional(viewModel.sendingPausedProperty());
        return pause;
    }

    private Node toolbar() {
        CalendarViewModel calendar = viewModel.calendar();
        HBox modeButtons = new HBox();
        modeButtons.getStyleClass().add("segmented");
        for (CalendarMode mode : CalendarMode.values()) {
            ToggleButton button = new ToggleButton(messages.text("calendar.mode." + mode.name().toLowerCase(java.util.Locale.ROOT)));
            button.setUserData(mode);
            button.setToggleGroup(modes);
            button.setId("mode-" + mode.name().toLowerCase(java.util.Locale.ROOT));
            button.setOnAction(event -> {
                calendar.show(mode);
                showMode(calendar.mode());
            });
            modeButtons.getChildren().add(button);
        }
        Button previous = new Button(null, Icons.icon(MaterialDesignC.CHEVRON_LEFT, 18));
        previous.setId("previous");
        HoverTooltip.install(previous, messages.text("calendar.previous"));
        previous.setAccessibleText(messages.text("calendar.previous"));
        previous.setOnAction(event -> calendar.previous());
        Button today = new Button(messages.text("calendar.today"));
        today.setId("today");
        today.setOnAction(event -> calendar.goToToday());
        Button next = new Button(null, Icons.icon(MaterialDesignC.CHEVRON_RIGHT, 18));
        next.setId("next");
        HoverTooltip.install(next, messages.text("calendar.next"));
        next.setAccessibleText(messages.text("calendar.next"));
        next.setOnAction(event -> calendar.next());
        HBox navigation = new HBox(4, previous, today, next);
        navigation.setAlignment(Pos.CENTER_LEFT);
        Label period = new Label();
        period.setId("period-title");
        period.getStyleClass().add(Styles.PERIOD_TITLE);
        period.textProperty().bind(calendar.periodTitleProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button newPost = new Button(messages.text("toolbar.newPost"), Icons.icon(MaterialDesignP.PLUS, 16));
        newPost.setId("new-post");
        newPost.getStyleClass().add("accent");
        newPost.setOnAction(event -> viewModel.newPost());
        Button settings = new Button(null, Icons.icon(MaterialDesignC.COG_OUTLINE, 18));
        settings.setId("settings");
        HoverTooltip.install(settings, messages.text("menu.file.settings"));
        settings.setAccessibleText(messages.text("menu.file.settings"));
        settings.setOnAction(event -> actions.openSettings());
        Label brand = new Label("Herold");
        brand.getStyleClass().add("brand");
        HBox bar = new HBox(14, brand, modeButtons, navigation, period, spacer, newPost, settings);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(8, 12, 8, 12));
        bar.getStyleClass().add(Styles.TOOLBAR);
        return bar;
    }

    private Node statusBar() {
        Label state = new Label();
        state.setId("status-line");
        state.textProperty().bind(viewModel.statusLine());
        state.setMinWidth(0);
        Label notice = new Label();
        notice.setId("status-notice");
        notice.textProperty().bind(viewModel.noticeProperty());
        notice.setMinWidth(0);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Label loading = new Label(messages.text("status.loading"));
        loading.visibleProperty().bind(viewModel.calendar().loadingProperty());
        Label sending = new Label();
        sending.setId("status-sending");
        sending.setMinWidth(0);
        sending.textProperty().bind(viewModel.sending().statusProperty());
        // The icon's font class is large; it loads with the first sending news, not with the window.
        viewModel.sending().statusProperty().addListener((observable, old, text) -> {
            if (!text.isEmpty() && sending.getGraphic() == null) {
                sending.setGraphic(Icons.icon(MaterialDesignS.SEND_OUTLINE, 14));
            }
        });
        sending.visibleProperty().bind(viewModel.sending().statusProperty().isNotEmpty());
        sending.managedProperty().bind(sending.visibleProperty());
        viewModel.sending().troubleProperty().addListener((observable, was, trouble) ->
                sending.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("trouble"), trouble));
        sending.setOnMouseClicked(event -> actions.showDeliveryLog());
        HBox bar = new HBox(10, state, spacer, sending, notice, loading);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 12, 4, 12));
        bar.getStyleClass().add(Styles.STATUS_BAR);
        return bar;
    }

    /** One context menu for every card, wherever it is shown. */
    private void showCardMenu(javafx.scene.input.ContextMenuEvent event) {
        Node node = event.getTarget() instanceof Node target ? target : null;
        while (node != null && !(node instanceof app.herold.ui.common.PostCard)) {
            node = node.getParent();
        }
        if (node == null || ((app.herold.ui.common.PostCard) node).post() == null) {
            return;
        }
        app.herold.domain.post.PostSummary post = ((app.herold.ui.common.PostCard) node).post();
        MenuItem open = new MenuItem(messages.text("card.menu.open"));
        open.setOnAction(action -> viewModel.editor().open(post.id()));
        MenuItem duplicate = new MenuItem(messages.text("card.menu.duplicate"));
        duplicate.setOnAction(action -> viewModel.duplicatePost(post));
        MenuItem toIdeas = new MenuItem(messages.text("card.menu.toIdeas"));
        toIdeas.setOnAction(action -> viewModel.unschedulePost(post));
        toIdeas.setDisable(post.isIdea());
        MenuItem delete = new MenuItem(messages.text("card.menu.delete"));
        delete.setOnAction(action -> viewModel.deletePost(post));
        javafx.scene.control.ContextMenu menu = new javafx.scene.control.ContextMenu(open, duplicate, toIdeas,
                new SeparatorMenuItem(), delete);
        menu.setId("card-menu");
        menu.show(node, event.getScreenX(), event.getScreenY());
        event.consume();
    }

    private void search() {
        viewModel.calendar().show(CalendarMode.LIST);
        listView().focusFilter();
    }

    /** Delete and Home belong to the text field while the user types in one. */
    private boolean typing() {
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        return focused instanceof javafx.scene.control.TextInputControl
                || focused instanceof javafx.scene.control.DatePicker;
    }

    private void deleteIfNotTyping() {
        if (!typing()) {
            viewModel.deleteOpenPost();
        }
    }

    private void todayIfNotTyping() {
        if (!typing()) {
            viewModel.calendar().goToToday();
        }
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.text(key));
        item.setId(key);
        if (accelerator != null) {
            item.setAccelerator(accelerator);
        }
        item.setOnAction(event -> action.run());
        return item;
    }

    private static KeyCombination shortcut(KeyCode code) {
        return new KeyCodeCombination(code, KeyCombination.SHORTCUT_DOWN);
    }

}
