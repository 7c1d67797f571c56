package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.ElectionWindows;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcElectionStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewPlanComesWithThePastSaxonElectionsAsExamplesAndTheSeededParties() {
        List<Election> elections = database.elections().elections();

        assertThat(elections).extracting(Election::date).containsExactly(LocalDate.of(2024, 6, 9),
                LocalDate.of(2024, 6, 9), LocalDate.of(2024, 9, 1), LocalDate.of(2025, 2, 23));
        assertThat(elections).allMatch(Election::example);
        assertThat(elections.get(3).announcedOn()).isEqualTo(LocalDate.of(2024, 12, 27));
        assertThat(database.elections().parties()).contains("CDU", "AfD", "BSW", "Die Linke", "Freie Wähler");
    }

    @Test
    void anElectionWithCandidatesGroupsAndItsOwnWindowsSurvivesReopening() {
        Election saved = database.elections().save(new Election(0, ElectionType.BUERGERMEISTER, LocalDate.of(2029, 6, 10),
                LocalDate.of(2029, 2, 1), "Bürgermeisterwahl Meerane", List.of("Lothar Hoffmann", "Anja Weber"),
                List.of("Bürgerliste Meerane"), false, new ElectionWindows(Period.ofWeeks(8), Period.ofWeeks(4))));
        database.close();
        database = Database.open(dataDirectory, CLOCK);

        Election read = database.elections().elections().stream().filter(e -> e.id() == saved.id()).findFirst().orElseThrow();
        assertThat(read).isEqualTo(saved);
        assertThat(read.window().start()).isEqualTo(LocalDate.of(2029, 4, 15));
    }

    @Test
    void removedElectionsAndReplacedPartiesStayThatWay() {
        long id = database.elections().elections().get(0).id();

        assertThat(database.elections().remove(id)).isTrue();
        assertThat(database.elections().remove(id)).isFalse();
        database.elections().replaceParties(List.of("CDU", " ", "Bürgerliste Meerane"));
        assertThat(database.elections().parties()).containsExactly("CDU", "Bürgerliste Meerane");
    }
}
