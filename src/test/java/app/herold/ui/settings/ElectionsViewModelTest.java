package app.herold.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ElectionsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ElectionsViewModel elections;
    private int changes;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        elections = new ElectionsViewModel(database.elections(), new SameThreadTaskExecutor(), dialogs,
                Messages.forLanguage("de"));
        elections.setOnChanged(() -> changes++);
        elections.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anElectionWithCandidatesAndAShorterWindowIsSavedAtOnce() {
        elections.startNew();
        elections.typeProperty().set(ElectionType.BUERGERMEISTER);
        elections.dateProperty().set("10.06.2029");
        elections.announcedProperty().set("01.02.2029");
        elections.nameProperty().set("Bürgermeisterwahl Meerane 2029");
        elections.candidatesProperty().set("Anja Weber\n\nLothar Hoffmann\n");
        elections.warningWeeksProperty().set(8);
        elections.hotWeeksProperty().set(4);
        elections.save();

        Election saved = database.elections().elections().stream().filter(e -> !e.example()).findFirst().orElseThrow();
        assertThat(saved.candidates()).containsExactly("Anja Weber", "Lothar Hoffmann");
        assertThat(saved.window().start()).isEqualTo(LocalDate.of(2029, 4, 15));
        assertThat(saved.window().hotStart()).isEqualTo(LocalDate.of(2029, 5, 13));
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void aDayThatCannotBeReadOrAnAnnouncementAfterTheElectionIsRefused() {
        elections.startNew();
        elections.dateProperty().set("im Juni");
        elections.save();
        assertThat(elections.problemProperty().get()).contains("TT.MM.JJJJ");

        elections.dateProperty().set("10.06.2029");
        elections.announcedProperty().set("11.06.2029");
        elections.save();
        assertThat(elections.problemProperty().get()).contains("Bekanntgabe");
        assertThat(database.elections().elections()).allMatch(Election::example);
    }

    @Test
    void thePartyListIsEditedOneNamePerLine() {
        elections.partiesProperty().set("CDU\nSPD\n\nBürgerliste Meerane");
        elections.saveParties();

        assertThat(database.elections().parties()).containsExactly("CDU", "SPD", "Bürgerliste Meerane");
    }
}
