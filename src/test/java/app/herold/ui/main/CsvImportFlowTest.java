package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.FileChoosingDialogService;
import app.herold.ui.csvimport.CsvImportViewModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;

/** The officer imports next month from a spreadsheet: File menu, preview with a mistake, corrected, imported. */
class CsvImportFlowTest extends HeroldUiTest {

    private static final Path EXAMPLE = Path.of("assets", "examples", "beispielplan.csv");

    /** The headless toolkit has no file chooser: this one answers with the prepared plan. */
    private FileChoosingDialogService files;

    @Override
    DialogService dialogs(Window owner, Messages messages) {
        files = new FileChoosingDialogService(owner, messages);
        return files;
    }

    @Test
    void aPlanWithAMistakeIsShownCorrectedAndImportedIntoTheCalendar() throws IOException {
        String example = Files.readString(EXAMPLE, StandardCharsets.UTF_8);
        String mistaken = example.replace("22.12.2026;9:30", "32.12.2026;9:30")
                .replace("Instagram|Bluesky|Mastodon", "Instagram|Tiktok|Mastodon");
        assertThat(mistaken).isNotEqualTo(example);
        Path chosen = dataDirectory.resolve("dezember.csv");
        Files.writeString(chosen, mistaken, StandardCharsets.UTF_8);
        files.fileToOpen = chosen;

        clickOn("Datei");
        clickOn("Beiträge aus CSV importieren…");
        waitUntil(() -> lookup("#import-table").tryQuery().isPresent()
                && !lookup("#import-table").<TableView<CsvImportViewModel.Row>>query().getItems().isEmpty());
        TableView<CsvImportViewModel.Row> table = lookup("#import-table").query();
        assertThat(table.getItems()).hasSize(14);
        assertThat(table.getItems()).filteredOn(CsvImportViewModel.Row::failed)
                .extracting(CsvImportViewModel.Row::number).containsExactly(11, 12);
        assertThat(table.getItems().get(9).problems()).contains("„Tiktok“");
        assertThat(lookup("#import-run").<Button>query().isDisabled()).isTrue();
        assertThat(summary()).isEqualTo("2 Zeilen haben Fehler; solange eine Zeile fehlerhaft ist, wird nichts importiert – "
                + "korrigieren Sie die Datei und lesen Sie sie erneut ein.");
        interact(() -> table.scrollTo(7));
        assertThat(lookup(".import-table .table-row-cell").<TableRow<CsvImportViewModel.Row>>queryAll().stream()
                .filter(row -> row.getItem() != null && row.getPseudoClassStates().stream().anyMatch(state -> state.getPseudoClassName().equals("failed")))
                .map(row -> row.getItem().number())).containsExactlyInAnyOrder(11, 12);
        screenshotOf(table.getScene(), "csv-import-errors");

        Files.writeString(chosen, example, StandardCharsets.UTF_8);
        clickOn("#import-reread");
        waitUntil(() -> !lookup("#import-run").<Button>query().isDisabled());
        assertThat(summary()).isEqualTo("14 Beiträge sind bereit zum Import als Entwurf.");
        screenshotOf(table.getScene(), "csv-import-preview");

        clickOn("#import-run");
        waitUntil(() -> summary().equals("14 Beiträge als Entwurf importiert."));
        assertThat(database.posts().count()).isEqualTo(14);
        assertThat(lookup("#import-run").<Button>query().isDisabled()).isTrue();
        type(KeyCode.ESCAPE);
        waitForBackgroundWork();

        // The calendar has turned to December and shows the new drafts; the status bar says what happened.
        assertThat(window.viewModel().calendar().period().isInMainMonth(LocalDate.of(2026, 12, 1))).isTrue();
        PostSummary christmas = database.posts().summariesBetween(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 24))
                .get(0);
        waitUntil(() -> cardOf(christmas.id()).isPresent());
        assertThat(lookup("#status-notice").<Label>query().getText()).isEqualTo("14 Beiträge als Entwurf importiert.");
        screenshot("csv-import-calendar");
    }

    private String summary() {
        return lookup("#import-summary").<Label>query().getText();
    }

}
