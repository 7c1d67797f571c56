package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.Button;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

/** What a user does every day: create, edit, move, plan ideas, delete and undo. */
class PlanningFlowTest extends HeroldUiTest {

    private Post councilMeeting;
    private Post christmasMarket;
    private Post adventIdea;

    @Override
    void prepare() {
        councilMeeting = planned("Stadtratssitzung", LocalDate.of(2026, 11, 24), LocalTime.of(18, 0));
        christmasMarket = planned("Weihnachtsmarkt", LocalDate.of(2026, 11, 27), LocalTime.of(10, 30));
        adventIdea = idea("Adventskalender der Vereine");
    }

    @Test
    void doubleClickingADayCreatesAPostThereThatIsSavedAfterTyping() {
        LocalDate day = LocalDate.of(2026, 11, 30);

        doubleClickOn(dayCell(day), MouseButton.PRIMARY);
        waitUntil(() -> window.viewModel().editor().isOpen());
        clickOn("#editor-text-field").write("Vollsperrung der Hauptstraße ab Montag");
        clickOn("#editor-title-field").write("Sperrung Hauptstraße");
        clickOn("#editor-save");
        waitUntil(() -> database.posts().count() == 4);

        PostSummary created = database.posts().summariesBetween(day, day).get(0);
        assertThat(created.title()).isEqualTo("Sperrung Hauptstraße");
        assertThat(created.schedule().localTime()).isEqualTo(LocalTime.of(9, 0));
        waitUntil(() -> cardOf(created.id()).isPresent());
        screenshot("editor-new-post");
    }

    @Test
    void draggingACardToAnotherDayKeepsItsTimeAndCtrlZUndoesIt() {
        LocalDate target = LocalDate.of(2026, 11, 26);

        drag(card(councilMeeting), MouseButton.PRIMARY).dropTo(dayCell(target));
        waitUntil(() -> database.posts().find(councilMeeting.id()).orElseThrow().schedule().localDate().equals(target));

        Post moved = database.posts().find(councilMeeting.id()).orElseThrow();
        assertThat(moved.schedule().localTime()).isEqualTo(LocalTime.of(18, 0));
        assertThat(lookup("#status-notice").queryLabeled().getText()).startsWith("Verschoben auf Do., 26.11.2026");

        clickOn(dayCell(TODAY));
        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> database.posts().find(councilMeeting.id()).orElseThrow().schedule().localDate()
                .equals(LocalDate.of(2026, 11, 24)));
    }

    @Test
    void anIdeaDraggedOntoADayIsPlannedAndACardDraggedToTheTrayBecomesAnIdea() {
        LocalDate target = LocalDate.of(2026, 12, 1);
        // The list is made once the ideas have been read, after the month is on screen.
        waitUntil(() -> lookup("#ideas-list").tryQuery().isPresent());
        ListView<?> tray = lookup("#ideas-list").queryListView();
        waitUntil(() -> tray.getItems().size() == 1);

        drag(lookup("#ideas-list .post-card").<javafx.scene.Node>query(), MouseButton.PRIMARY).dropTo(dayCell(target));
        waitUntil(() -> !database.posts().find(adventIdea.id()).orElseThrow().isIdea());
        Post planned = database.posts().find(adventIdea.id()).orElseThrow();
        assertThat(planned.schedule().localDate()).isEqualTo(target);
        assertThat(planned.schedule().localTime()).isEqualTo(LocalTime.of(9, 0));
        waitUntil(() -> tray.getItems().isEmpty());

        drag(card(christmasMarket), MouseButton.PRIMARY).dropTo("#ideas-list");
        waitUntil(() -> database.posts().find(christmasMarket.id()).orElseThrow().isIdea());
        waitUntil(() -> tray.getItems().size() == 1);
    }

    @Test
    void deletingAsksAndCtrlZBringsThePostBack() {
        clickOn(card(christmasMarket));
        waitUntil(() -> christmasMarket.id().equals(window.viewModel().editor().postIdProperty().get()));

        clickOn("#editor-delete");
        Button confirm = lookup(".dialog-pane .button").match(node -> "Löschen".equals(((Button) node).getText()))
                .queryButton();
        clickOn(confirm);
        waitUntil(() -> database.posts().find(christmasMarket.id()).isEmpty());
        assertThat(window.viewModel().editor().isOpen()).isFalse();

        press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> database.posts().find(christmasMarket.id()).isPresent());
        waitUntil(() -> cardOf(christmasMarket.id()).isPresent());
    }

    @Test
    void editingAnExistingPostIsAutosavedAndTheCardFollows() {
        clickOn(card(councilMeeting));
        waitUntil(() -> window.viewModel().editor().isOpen());
        doubleClickOn("#editor-title-field").eraseText(20).write("Stadtrat tagt öffentlich");
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);

        waitUntil(() -> database.posts().find(councilMeeting.id()).orElseThrow().title().equals("Stadtrat tagt öffentlich"));
        waitUntil(() -> !window.viewModel().editor().isOpen());
    }

    @Test
    void keyboardMovesBetweenDaysEnterOpensAndCtrlNStartsANewPost() {
        clickOn(dayCell(LocalDate.of(2026, 11, 23)));
        press(KeyCode.RIGHT).release(KeyCode.RIGHT);
        assertThat(window.viewModel().calendar().selectedDay()).isEqualTo(LocalDate.of(2026, 11, 24));

        press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> councilMeeting.id().equals(window.viewModel().editor().postIdProperty().get()));
        press(KeyCode.ESCAPE).release(KeyCode.ESCAPE);
        waitUntil(() -> !window.viewModel().editor().isOpen());

        press(KeyCode.DOWN).release(KeyCode.DOWN);
        press(KeyCode.CONTROL, KeyCode.N).release(KeyCode.N, KeyCode.CONTROL);
        waitUntil(() -> window.viewModel().editor().isOpen());
        assertThat(window.viewModel().editor().dateProperty().get()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void theCardsContextMenuMovesAPostBackToTheIdeas() {
        // Monocle does not turn a right click into a context-menu request, so the test sends the request itself.
        javafx.scene.Node card = card(christmasMarket);
        javafx.geometry.Bounds bounds = card.localToScreen(card.getBoundsInLocal());
        interact(() -> card.fireEvent(new javafx.scene.input.ContextMenuEvent(
                javafx.scene.input.ContextMenuEvent.CONTEXT_MENU_REQUESTED, 5, 5, bounds.getMinX() + 5,
                bounds.getMinY() + 5, false, null)));
        clickOn("In die Ideen verschieben");

        waitUntil(() -> database.posts().find(christmasMarket.id()).orElseThrow().isIdea());
        assertThat(lookup("#status-notice").queryLabeled().getText()).startsWith("In die Ideen verschoben");
    }
}
