package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.FileChoosingDialogService;
import app.herold.ui.planfile.PlanImportViewModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.stream.Stream;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The officer saves the whole plan as a file, goes on working, then takes the file back: the preview
 * shows what merging and replacing would do, the replace runs after a backup, and the calendar shows
 * the plan of the file.
 */
class PlanFileFlowTest extends HeroldUiTest {

    @TempDir
    Path elsewhere;

    private FileChoosingDialogService files;
    private Post market;
    private Post council;

    @Override
    DialogService dialogs(Window owner, Messages messages) {
        files = new FileChoosingDialogService(owner, messages);
        return files;
    }

    @Override
    void prepare() {
        market = planned("Weihnachtsmarkt öffnet", LocalDate.of(2026, 11, 27), LocalTime.of(17, 0));
        council = planned("Stadtratssitzung", LocalDate.of(2026, 12, 3), LocalTime.of(18, 0));
    }

    @Test
    void aPlanSavedAsAFileComesBackByReplacingWhatWasDoneSince() throws IOException {
        Path file = elsewhere.resolve("plan.zip");
        files.fileToSave = file;
        clickOn("Datei");
        clickOn("Plan als Datei exportieren (JSON)…");
        Label status = lookup("#status-notice").query();
        waitUntil(() -> status.getText().startsWith("Plan exportiert"));
        assertThat(status.getText()).isEqualTo("Plan exportiert: 2 Beiträge und keine Bilder in " + file + ".");
        assertThat(file).isRegularFile();

        // Work goes on after the export: a post is deleted, another one added.
        plan.delete(council.id());
        Post later = planned("Nach dem Export geplant", LocalDate.of(2026, 11, 30), LocalTime.of(9, 0));
        waitForBackgroundWork();

        files.fileToOpen = file;
        clickOn("Datei");
        clickOn("Plan aus Datei importieren (JSON)…");
        waitUntil(() -> lookup("#plan-import-run").tryQuery().map(run -> !((Button) run).isDisabled()).orElse(false));
        TableView<PlanImportViewModel.Row> table = lookup("#plan-import-table").query();
        PlanImportViewModel.Row posts = table.getItems().get(0);
        assertThat(posts).isEqualTo(new PlanImportViewModel.Row("Beiträge", 1, 1, 0, 0));
        Label summary = lookup("#plan-import-summary").query();
        assertThat(summary.getText()).isEqualTo(
                "Bereit: 1 Beitrag neu, keiner geändert; nichts wird entfernt.");
        screenshotOf(table.getScene(), "plan-import-merge");

        clickOn("#plan-import-replace");
        waitUntil(() -> summary.getText().equals("Bereit: 1 Beitrag neu, keiner geändert, 1 entfernt."));
        assertThat(table.getItems().get(0)).isEqualTo(new PlanImportViewModel.Row("Beiträge", 1, 1, 0, 1));
        screenshotOf(table.getScene(), "plan-import-replace");

        clickOn("#plan-import-run");
        waitUntil(() -> summary.getText().startsWith("Importiert"));
        Path backup;
        try (Stream<Path> listed = Files.list(dataDirectory.resolve("backups"))) {
            backup = listed.filter(path -> path.getFileName().toString().endsWith("-vor-import.zip")).findFirst()
                    .orElseThrow(() -> new AssertionError("no backup before the import"));
        }
        assertThat(summary.getText()).isEqualTo("Importiert: 1 Beitrag neu, keiner geändert, 1 entfernt. "
                + "Der vorherige Stand ist gesichert als " + backup.getFileName() + ".");
        assertThat(lookup("#plan-import-run").<Button>query().isDisabled()).isTrue();
        screenshotOf(table.getScene(), "plan-import-done");

        clickOn("Schließen");
        waitForBackgroundWork();
        assertThat(plan.find(later.id())).isEmpty();
        assertThat(database.posts().summariesBetween(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 12, 31)).stream()
                .map(PostSummary::title)).containsExactly("Weihnachtsmarkt öffnet", "Stadtratssitzung");
        assertThat(cardOf(market.id())).isPresent();
        assertThat(status.getText()).isEqualTo("Plan importiert (1 neu, 0 geändert); der vorherige Stand ist gesichert als "
                + backup.getFileName() + ".");
        assertThat(plan.canUndo()).isFalse();
    }

    @Test
    void aJsonFileOfAnotherProgramIsOneSentenceAndNothingChanges() throws IOException {
        Path foreign = elsewhere.resolve("kalender.json");
        Files.writeString(foreign, "{\"events\": [{\"title\": \"Weihnachtsmarkt\"}]}");
        files.fileToOpen = foreign;
        clickOn("Datei");
        clickOn("Plan aus Datei importieren (JSON)…");
        Label summary = lookup("#plan-import-summary").query();
        waitUntil(() -> !summary.getText().isEmpty() && !summary.getText().startsWith("Die Datei wird"));
        assertThat(summary.getText()).startsWith("kalender.json ist kein JSON-Export von Herold");
        assertThat(lookup("#plan-import-run").<Button>query().isDisabled()).isTrue();
        screenshotOf(summary.getScene(), "plan-import-foreign");
        clickOn("Schließen");
        assertThat(plan.find(council.id())).isPresent();
    }
}
