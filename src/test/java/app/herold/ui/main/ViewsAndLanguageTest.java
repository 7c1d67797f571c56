package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.ui.common.TextBlock;
import java.time.LocalDate;
import java.time.LocalTime;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

/** Switching between month, week and list, filtering the list, and switching the language. */
class ViewsAndLanguageTest extends HeroldUiTest {

    private Post roadworks;

    @Override
    void prepare() {
        roadworks = planned("Baustelle Hauptstraße", LocalDate.of(2026, 11, 25), LocalTime.of(7, 30));
        planned("Weihnachtsmarkt eröffnet", LocalDate.of(2026, 11, 27), LocalTime.of(16, 0));
        planned("Müllabfuhr verschoben", LocalDate.of(2026, 11, 27), LocalTime.of(8, 0));
    }

    @Test
    void theWeekShowsSevenDaysWithTheirPostsInTimeOrder() {
        clickOn("#mode-week");
        LocalDate friday = LocalDate.of(2026, 11, 27);
        waitUntil(() -> main().weekView().isVisible() && within(weekColumn(friday), ".post-card").size() == 2);

        assertThat(lookup("#period-title").queryLabeled().getText()).isEqualTo("KW 48 · 23. Nov. – 29. Nov.");
        assertThat(lookup(".week-column").queryAll()).hasSize(7);
        assertThat(this.<TextBlock>within(weekColumn(friday), ".card-title"))
                .extracting(TextBlock::getText).containsExactly("Müllabfuhr verschoben", "Weihnachtsmarkt eröffnet");
        screenshot("week");
    }

    @Test
    void theListCanBeSortedAndFiltered() {
        clickOn("#mode-list");
        TableView<?> table = lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == 3);

        clickOn(".plan-table .text-field").write("müll");
        waitUntil(() -> table.getItems().size() == 1);
        screenshot("list-filtered");
    }

    @Test
    void ctrlFOpensTheListWithTheFilterReady() {
        press(KeyCode.CONTROL, KeyCode.F).release(KeyCode.F, KeyCode.CONTROL);
        waitUntil(() -> main().listView().isVisible());

        write("Baustelle");
        TableView<?> table = lookup(".table-view").queryTableView();
        waitUntil(() -> table.getItems().size() == 1);
    }

    @Test
    void theMonthComesBackAndPagesWithAltArrows() {
        clickOn("#mode-week");
        clickOn("#mode-month");
        waitUntil(() -> main().monthView().isVisible());
        clickOn(dayCell(LocalDate.of(2026, 11, 24)));

        press(KeyCode.ALT, KeyCode.RIGHT).release(KeyCode.RIGHT, KeyCode.ALT);
        assertThat(lookup("#period-title").queryLabeled().getText()).isEqualTo("Dezember 2026");
        press(KeyCode.HOME).release(KeyCode.HOME);
        assertThat(lookup("#period-title").queryLabeled().getText()).isEqualTo("November 2026");
    }

    @Test
    void switchingTheLanguageInSettingsRebuildsTheWindowInEnglishAndKeepsTheOpenPost() {
        clickOn(card(roadworks));
        waitUntil(() -> roadworks.id().equals(window.viewModel().editor().postIdProperty().get()));

        clickOn("#settings");
        ComboBox<?> language = lookup("#settings-language").queryComboBox();
        clickOn(language);
        clickOn("English");
        // The editor has a "Speichern" button too: take the dialog's.
        clickOn(lookup(".dialog-pane .button").match(node -> "Speichern".equals(((javafx.scene.control.Button) node)
                .getText())).<javafx.scene.Node>query());
        waitUntil(() -> "New post".equals(lookup("#new-post").queryButton().getText()));

        assertThat(lookup("#period-title").queryLabeled().getText()).isEqualTo("November 2026");
        waitUntil(() -> roadworks.id().equals(window.viewModel().editor().postIdProperty().get()));
        assertThat(lookup("#status-line").queryLabeled().getText()).contains("3 posts");
        assertThat(database.preferences().load().language()).isEqualTo("en");
        screenshot("english-editor");
    }
}
