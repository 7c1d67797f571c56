package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import org.junit.jupiter.api.Test;

/** Opening Herold makes the day's backup in the background, once, and says so in the status bar. */
class BackupFlowTest extends HeroldUiTest {

    @Override
    void prepare() {
        planned("Weihnachtsmarkt", TODAY.plusDays(5), LocalTime.of(10, 0));
    }

    @Test
    void theDaysBackupIsMadeAfterTheCalendarIsShownAndHoldsThePlan() {
        waitUntil(() -> !database.backups("test").list().isEmpty());

        BackupFile daily = database.backups("test").list().get(0);
        assertThat(daily.kind()).isEqualTo(BackupKind.AUTOMATIC);
        assertThat(daily.file().getParent()).isEqualTo(dataDirectory.resolve("backups"));
        assertThat(database.backups("test").check(daily.file()).posts()).isEqualTo(1);
        waitUntil(() -> lookup("#status-notice").tryQuery().map(node -> ((javafx.scene.control.Labeled) node).getText())
                .orElse("").contains(daily.file().getFileName().toString()));
    }

    @Test
    void backupNowAndRestoreInTheSettings() {
        clickOn("#settings");
        clickOn(lookup(".tab").match(node -> "settings-tab-backups".equals(node.getId())).<Node>query());
        waitUntil(() -> !lookup("#backup-folder").<Label>query().getText().isBlank());
        assertThat(lookup("#backup-folder").<Label>query().getText()).isEqualTo(dataDirectory.resolve("backups").toString());

        clickOn("#backup-now");
        waitUntil(() -> database.backups("test").list().stream().anyMatch(backup -> backup.kind() == BackupKind.MANUAL));
        waitUntil(() -> lookup("#backup-list").<TableView<BackupFile>>query().getItems().size() >= 2);
        assertThat(lookup("#backup-notice").<Label>query().getText()).startsWith("Sicherung gespeichert: herold-sicherung-");
        screenshotOf(lookup("#settings-backups").query().getScene(), "settings-backups");

        List<Path> handedOver = new ArrayList<>();
        interact(() -> window.setOnRestore(handedOver::add));
        TableView<BackupFile> list = lookup("#backup-list").query();
        BackupFile manual = list.getItems().stream().filter(backup -> backup.kind() == BackupKind.MANUAL).findFirst()
                .orElseThrow();
        interact(() -> list.getSelectionModel().select(manual));
        clickOn("#backup-restore");
        waitUntil(() -> lookup(".dialog-pane").queryAll().stream().anyMatch(pane -> pane != lookup("#settings-backups")
                .query().getScene().getRoot() && ((javafx.scene.control.DialogPane) pane).getContentText() != null
                && ((javafx.scene.control.DialogPane) pane).getContentText().contains("1 Beiträge")));
        clickOn(lookup(".dialog-pane .button").match(node -> "Wiederherstellen".equals(((Labeled) node).getText()))
                .<Node>query());

        waitUntil(() -> handedOver.size() == 1);
        assertThat(handedOver).containsExactly(manual.file());
        assertThat(lookup("#settings-backups").tryQuery()).isEmpty();
    }
}
