package app.herold.ui.main;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.domain.settings.Preferences;
import app.herold.storage.Database;
import app.herold.ui.common.AppContext;
import app.herold.ui.common.FxTaskExecutor;
import app.herold.ui.common.PostCard;
import app.herold.ui.common.Styles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Starts the real window on a real database in a temporary folder, headless under Monocle, for
 * tests that click through what a user does. "Today" is fixed to Saturday, 28 November 2026.
 */
abstract class HeroldUiTest extends FxRobot {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    static final Path SCREENSHOTS = Path.of("target", "screenshots");

    @TempDir
    Path dataDirectory;

    Database database;
    ContentPlan plan;
    /** What the window works with, sending included. */
    AppContext context;
    FxTaskExecutor executor;
    HeroldWindow window;

    /** Preferences the window starts with; tests override to see the first-start question. */
    Preferences preferences() {
        return Preferences.defaults().withLanguage("de").withWelcomeAnswered(true);
    }

    /** The window's questions and file choosers; tests that choose a file answer it here. */
    app.herold.ui.common.DialogService dialogs(javafx.stage.Window owner, app.herold.i18n.Messages messages) {
        // Real dialogs, but the passphrase of the credentials file is answered as the officer would type it.
        return new app.herold.ui.common.FileChoosingDialogService(owner, messages);
    }

    /** The clock the outbox sends by; tests of sending give one that moves. */
    java.time.Clock clock() {
        return CLOCK;
    }

    /** Posts to put into the plan before the window opens. */
    void prepare() {
    }

    @BeforeEach
    void startWindow() throws TimeoutException {
        database = Database.open(dataDirectory, CLOCK);
        database.preferences().save(preferences());
        plan = new ContentPlan(database.posts(), CLOCK);
        prepare();
        executor = new FxTaskExecutor();
        app.herold.ui.common.ChannelServices channels = app.herold.ChannelWiring.services(
                app.herold.channels.Channels.load(), database.media(), database.accounts(), database.deliveries(),
                database.elections(), database.audit(), dataDirectory,
                () -> app.herold.i18n.Messages.forLocale(java.util.Locale.GERMANY), CLOCK);
        app.herold.ui.common.PassphrasePrompt passphrase = new app.herold.ui.common.PassphrasePrompt();
        // No keychain on the build machine: the encrypted file, with the passphrase a user would type.
        passphrase.setAsker(creating -> java.util.Optional.of("Rathaus-Passwort 2026".toCharArray()));
        context = new AppContext(plan, database.posts(), database.media(), database.preferences(),
                dataDirectory, CLOCK, () -> app.herold.demo.DemoLoader.load(database.posts(), database.media(), 80, 1,
                CLOCK), channels,
                new app.herold.holidays.JollydayHolidays(),
                database.backups("test"),
                new app.herold.exchange.csv.PlanCsvReader(),
                new app.herold.exchange.json.JsonPlanFiles(database.transfer(), database.media(), database.directory(),
                        CLOCK, "test"),
                app.herold.PublishingWiring.forWindow(database.posts(), database.accounts(), database.deliveries(),
                        database.outbox(), channels.exports(), dataDirectory,
                        () -> app.herold.domain.publishing.MissedTargets.DEFAULT, passphrase, clock()));
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            window = new HeroldWindow(stage, context, executor, preferences(), () -> { }, this::dialogs);
            window.show();
            window.start();
            stage.setWidth(1280);
            stage.setHeight(800);
            stage.toFront();
        });
        waitForBackgroundWork();
    }

    @AfterEach
    void closeWindow() throws TimeoutException {
        FxToolkit.setupFixture(() -> {
            window.viewModel().dispose();
            window.stage().hide();
        });
        executor.drain(Duration.ofSeconds(5));
        database.close();
    }

    Post planned(String title, LocalDate day, LocalTime time) {
        return plan.save(Post.newPost(Schedule.of(day, time, BERLIN)).withTitle(title).withText(title + " – Text"));
    }

    Post idea(String title) {
        return plan.save(Post.newPost(null).withTitle(title));
    }

    MainWindow main() {
        return window.window();
    }

    /** Lets queued database work and the UI updates after it finish. */
    void waitForBackgroundWork() {
        for (int round = 0; round < 3; round++) {
            WaitForAsyncUtils.waitForFxEvents();
            try {
                Thread.sleep(60);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    void waitUntil(BooleanSupplier condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition::getAsBoolean);
        } catch (TimeoutException e) {
            throw new AssertionError("condition not reached within 10 s", e);
        }
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** The month cell of a day. */
    Node dayCell(LocalDate day) {
        return lookup(".day-cell").match(node -> day.equals(node.getProperties().get(Styles.DAY_PROPERTY))).query();
    }

    /** The week view's column of a day. */
    Node weekColumn(LocalDate day) {
        return lookup(".week-column").match(node -> day.equals(node.getProperties().get(Styles.DAY_PROPERTY)))
                .query();
    }

    /** The visible card that shows a post, if there is one. */
    java.util.Optional<Node> cardOf(app.herold.domain.post.PostId id) {
        return lookup(".post-card").match(node -> node.isVisible() && ((PostCard) node).post() != null
                && ((PostCard) node).post().id().equals(id)).tryQuery();
    }

    Node card(Post post) {
        return cardOf(post.id()).orElseThrow(() -> new AssertionError("no card shows post " + post.id()));
    }

    /**
     * The node matching {@code query}, scrolled into view first when it lies in a scroll pane (the
     * editor is taller than the window), so the robot can click it as a user would after scrolling.
     */
    Node revealed(String query) {
        Node node = lookup(query).query();
        WaitForAsyncUtils.asyncFx(() -> {
            for (javafx.scene.Parent parent = node.getParent(); parent != null; parent = parent.getParent()) {
                if (parent instanceof javafx.scene.control.ScrollPane scroll) {
                    javafx.scene.Node content = scroll.getContent();
                    double contentHeight = content.getBoundsInLocal().getHeight();
                    double viewport = scroll.getViewportBounds().getHeight();
                    double y = content.sceneToLocal(node.localToScene(node.getBoundsInLocal())).getMinY();
                    if (contentHeight > viewport) {
                        scroll.setVvalue(Math.max(0, Math.min(1, (y - 40) / (contentHeight - viewport))));
                    }
                    break;
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        return node;
    }

    /** Nodes matching {@code query} inside {@code parent}. */
    <T extends Node> java.util.List<T> within(Node parent, String query) {
        return new java.util.ArrayList<>(from(parent).lookup(query).<T>queryAll());
    }

    /**
     * Clicks into a field and puts {@code text} in at once, as pasting does: how tokens, addresses and long
     * texts arrive in practice, and much quicker in a test than typing them key by key.
     */
    void paste(Node field, String text) {
        clickOn(field);
        interact(() -> ((javafx.scene.control.TextInputControl) field).replaceSelection(text));
    }

    void paste(String query, String text) {
        paste(lookup(query).<Node>query(), text);
    }

    /** Saves what the window shows now as a PNG under target/screenshots, to look at. */
    void screenshot(String name) {
        screenshotOf(window.stage().getScene(), name);
    }

    /** Saves a dialog's or other window's scene as a PNG under target/screenshots. */
    void screenshotOf(javafx.scene.Scene scene, String name) {
        WaitForAsyncUtils.waitForFxEvents();
        WritableImage[] image = new WritableImage[1];
        WaitForAsyncUtils.asyncFx(() -> image[0] = scene.snapshot(null));
        WaitForAsyncUtils.waitForFxEvents();
        try {
            Files.createDirectories(SCREENSHOTS);
            BufferedImage buffered = SwingFXUtils.fromFXImage(image[0], null);
            ImageIO.write(buffered, "png", SCREENSHOTS.resolve(name + ".png").toFile());
        } catch (IOException e) {
            throw new AssertionError("could not write screenshot " + name, e);
        }
    }
}
