package app.herold.process;

import static app.herold.process.ChildJvm.herold;
import static app.herold.process.ChildJvm.heroldWindow;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.process.ChildJvm.Finished;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second Herold on a data directory that is already in use says so in one German sentence
 * instead of showing H2's lock error, from the command line and from the window alike.
 */
@Timeout(240)
class SecondStartTest {

    private static final String ALREADY_OPEN = "Herold ist bereits geöffnet. Bitte verwenden Sie das andere Fenster.";
    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofSeconds(120);

    @TempDir
    Path dataDirectory;

    @Test
    void aCommandOnADirectoryInUseSaysHeroldIsAlreadyOpen() {
        try (ChildJvm first = holder()) {
            Finished second = herold("--data-dir", dataDirectory.toString(), "list").awaitExit(START);

            assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
            assertThat(second.stderr()).isEqualTo(ALREADY_OPEN + System.lineSeparator());
            assertThat(second.stdout()).isEmpty();
            assertThat(first.isAlive()).isTrue();
        }
    }

    @Test
    void aWindowOnADirectoryInUseSaysHeroldIsAlreadyOpenAndEnds() {
        try (ChildJvm first = holder()) {
            Finished second = heroldWindow("--data-dir", dataDirectory.toString(), "--startup-probe")
                    .awaitExit(WINDOW);

            assertThat(second.exitCode()).as(second.toString()).isNotZero();
            // Where the sentence goes is the subject of the test below.
            assertThat((second.stdout() + second.stderr()).lines()).as(second.toString()).contains(ALREADY_OPEN)
                    .noneMatch(line -> line.startsWith("startup_ms="));
            assertThat(second.stderr()).as("stderr").doesNotContain("Exception", "\tat ");
            assertThat(first.isAlive()).isTrue();
        }
    }

    @Test
    void aProbedWindowOnADirectoryInUseReportsTheRefusalOnStandardError() {
        try (ChildJvm first = holder()) {
            Finished second = heroldWindow("--data-dir", dataDirectory.toString(), "--startup-probe")
                    .awaitExit(WINDOW);

            assertThat(second.exitCode()).as(second.toString()).isNotZero();
            assertThat(second.stderr()).isEqualTo(ALREADY_OPEN + System.lineSeparator());
            assertThat(second.stdout()).isEmpty();
            assertThat(first.isAlive()).isTrue();
        }
    }

    @Test
    void whileTheWindowIsOpenACommandIsRefusedInsteadOfWaitingOrFailingOnTheDatabase() {
        try (ChildJvm window = heroldWindow("--data-dir", dataDirectory.toString())) {
            awaitDatabaseOpenedBy(window);

            Finished second = herold("--data-dir", dataDirectory.toString(), "list", "--json").awaitExit(START);

            assertThat(second.exitCode()).as(second.toString()).isEqualTo(1);
            assertThat(second.stderr()).isEqualTo(ALREADY_OPEN + System.lineSeparator());
            assertThat(window.isAlive()).as(window.describe()).isTrue();
        }
    }

    @Test
    void aKilledHeroldLeavesTheDirectoryFreeForTheNextStart() {
        try (ChildJvm first = holder()) {
            first.kill();
        }

        Finished next = herold("--data-dir", dataDirectory.toString(), "list", "--json").awaitExit(START);

        assertThat(next.exitCode()).as(next.toString()).isZero();
        assertThat(next.stdout().strip()).isEqualTo("[ ]");
    }

    private ChildJvm holder() {
        ChildJvm holder = ChildJvm.running(HoldingChild.class)
                .with(ChildJvm.GERMAN_IN_BERLIN)
                .jvmOption("-Xmx128m")
                .args(dataDirectory.toString())
                .start();
        assertThat(holder.nextLine(START)).as(holder.describe()).isEqualTo(HoldingChild.HOLDING);
        return holder;
    }


    /** The window takes the lock before it creates the database file, so the file shows it holds the directory. */
    private void awaitDatabaseOpenedBy(ChildJvm window) {
        Path databaseFile = dataDirectory.resolve("herold.mv.db");
        Instant deadline = Instant.now().plus(WINDOW);
        while (!Files.exists(databaseFile)) {
            assertThat(window.isAlive()).as(window.describe()).isTrue();
            assertThat(Instant.now()).as("database file created by the window; " + window.describe())
                    .isBefore(deadline);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
