package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import java.time.LocalTime;
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
}
