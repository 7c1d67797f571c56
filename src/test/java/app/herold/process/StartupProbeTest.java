package app.herold.process;

import static app.herold.process.ChildJvm.herold;
import static app.herold.process.ChildJvm.heroldWindow;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.process.ChildJvm.Finished;
import app.herold.storage.Database;
import app.herold.storage.MonthSnapshot;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code herold --startup-probe} opens the real window headless, prints how long the start took
 * once the month with its posts is shown, and ends by itself.
 */
@Timeout(240)
class StartupProbeTest {

    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofSeconds(120);
    private static final String STARTUP_LINE = "startup_ms=\\d+";

    @TempDir
    Path dataDirectory;

    @Test
    void withDemoPostsTheProbePrintsOneStartupLineAndEnds() {
        Finished demo = herold("--data-dir", dataDirectory.toString(), "demo").awaitExit(COMMAND);
        assertThat(demo.exitCode()).as(demo.toString()).isZero();

        Finished probe = heroldWindow("--data-dir", dataDirectory.toString(), "--startup-probe").awaitExit(WINDOW);

        assertThat(probe.exitCode()).as(probe.toString()).isZero();
        assertThat(probe.lines()).as(probe.toString()).singleElement().asString().matches(STARTUP_LINE);
        assertThat(probe.stderr()).as("stderr").doesNotContain("Exception", "\tat ");
    }

    @Test
    void theSecondStartShowsTheMonthKeptAtTheFirstCloseAndLeavesThePlanWhole() {
        Finished demo = herold("--data-dir", dataDirectory.toString(), "demo").awaitExit(COMMAND);
        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        Finished first = heroldWindow("--data-dir", dataDirectory.toString(), "--startup-probe").awaitExit(WINDOW);
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(dataDirectory.resolve(MonthSnapshot.FILE)).as("kept at the first close").exists();

        Finished second = heroldWindow("--data-dir", dataDirectory.toString(), "--startup-probe").awaitExit(WINDOW);

        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.lines()).as(second.toString()).singleElement().asString().matches(STARTUP_LINE);
        assertThat(second.stderr()).as("stderr").doesNotContain("Exception", "\tat ");
        Finished list = herold("--data-dir", dataDirectory.toString(), "list", "--json").awaitExit(COMMAND);
        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.stdout()).contains("\"id\"");
    }

    @Test
    void onANewEmptyDirectoryTheFirstStartOfferDoesNotHoldUpTheProbe() {
        Path fresh = dataDirectory.resolve("neu");

        Finished probe = heroldWindow("--data-dir", fresh.toString(), "--startup-probe").awaitExit(WINDOW);

        assertThat(probe.exitCode()).as(probe.toString()).isZero();
        assertThat(probe.lines()).as(probe.toString()).singleElement().asString().matches(STARTUP_LINE);
        try (Database database = Database.open(fresh, Clock.systemDefaultZone())) {
            assertThat(database.posts().count()).as("posts after the probe; it must not load demo data").isZero();
        }
    }

    @Test
    void theDataDirectoryMayAlsoFollowTheProbeOption() {
        Finished probe = heroldWindow("--startup-probe", "--data-dir", dataDirectory.toString()).awaitExit(WINDOW);

        assertThat(probe.exitCode()).as(probe.toString()).isZero();
        assertThat(probe.lines()).as(probe.toString()).singleElement().asString().matches(STARTUP_LINE);
    }

    @Test
    void aDataDirectoryThatCannotBeUsedEndsTheProbeWithTheReasonInsteadOfHanging() throws IOException {
        Path file = Files.writeString(dataDirectory.resolve("datei"), "kein Ordner");

        Finished probe = heroldWindow("--data-dir", file.toString(), "--startup-probe").awaitExit(WINDOW);

        assertThat(probe.exitCode()).as(probe.toString()).isNotZero();
        assertThat((probe.stdout() + probe.stderr()).lines()).as(probe.toString())
                .contains("Herold kann nicht in seinen Datenordner " + file
                        + " schreiben. Bitte prüfen Sie, ob der Ordner existiert und beschreibbar ist.")
                .noneMatch(line -> line.matches(STARTUP_LINE));
        assertThat(probe.stderr()).as("stderr").doesNotContain("Exception", "\tat ");
    }
}
