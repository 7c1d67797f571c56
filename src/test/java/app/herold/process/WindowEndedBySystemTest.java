package app.herold.process;

import static app.herold.process.ChildJvm.GERMAN_IN_BERLIN;
import static app.herold.process.ChildJvm.HEADLESS_JAVAFX;
import static app.herold.process.ChildJvm.herold;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.QuitOnSignalsChild;
import app.herold.Version;
import app.herold.domain.post.MonthGrid;
import app.herold.domain.post.PostSummary;
import app.herold.storage.Database;
import app.herold.storage.MonthSnapshot;
import app.herold.process.ChildJvm.Finished;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The system ends Herold while its window is open: a logout, a shutdown, {@code kill} or Ctrl+C in the
 * terminal (SIGTERM or SIGINT; a crash or SIGKILL is {@link AutosaveSurvivesKillTest}'s case). Herold then
 * quits as its close button does: what was typed a moment before is saved although the editor's autosave
 * had not come yet, and the month is kept, so the next start shows the calendar at once.
 */
@Timeout(240)
class WindowEndedBySystemTest {

    private static final Duration COMMAND = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofSeconds(90);
    private static final Duration QUIT = Duration.ofSeconds(20);
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path temporary;

    @Test
    void aLogoutRightAfterTypingSavesTheTextAndKeepsTheMonth() {
        Path dataDirectory = temporary.resolve("daten");
        Finished demo = herold("--data-dir", dataDirectory.toString(), "demo", "--posts", "20").awaitExit(COMMAND);
        assertThat(demo.exitCode()).as(demo.toString()).isZero();

        long typedAt;
        long endedAt;
        try (ChildJvm window = ChildJvm.running(WindowTypingChild.class).with(GERMAN_IN_BERLIN).with(HEADLESS_JAVAFX)
                .jvmOption("-Xmx512m").args(dataDirectory.toString()).start()) {
            assertThat(window.nextLine(WINDOW)).as(window.describe()).isEqualTo(WindowTypingChild.TYPED);
            typedAt = System.nanoTime();
            Finished ended = window.terminate(QUIT);
            endedAt = System.nanoTime();
            assertThat(ended.stderr()).as("stderr").doesNotContain("Exception");
        }

        System.out.printf("window ended %d ms after the text was typed%n",
                Duration.ofNanos(endedAt - typedAt).toMillis());
        // First: opening the database below changes its file, and a kept month is only used for the file it was kept for.
        MonthGrid month = MonthGrid.containing(LocalDate.now(BERLIN));
        boolean monthKept = MonthSnapshot.read(dataDirectory, MonthSnapshot.key(Version.current(), BERLIN),
                month.first(), month.last(), MonthGrid.CARDS_PER_DAY).isPresent();
        List<String> stored = storedTexts(dataDirectory);
        SoftAssertions.assertSoftly(softly -> {
            softly.assertThat(stored).as("the text typed just before the logout").contains(WindowTypingChild.TEXT);
            softly.assertThat(monthKept).as("the month kept for the next start").isTrue();
        });
    }

    @Test
    void aQuitThatHangsStillEndsTheProcessAfterItsTime() {
        try (ChildJvm child = ChildJvm.running("app.herold.QuitOnSignalsChild").args("1500").start()) {
            assertThat(child.nextLine(WINDOW)).as(child.describe()).isEqualTo(QuitOnSignalsChild.READY);
            long askedAt = System.nanoTime();
            Finished ended = child.terminate(QUIT);
            long tookMillis = Duration.ofNanos(System.nanoTime() - askedAt).toMillis();

            assertThat(ended.lines()).as("the quit was asked for; %s after %d ms", ended, tookMillis).contains(QuitOnSignalsChild.QUIT_ASKED);
            assertThat(ended.exitCode()).as("SIGTERM's usual status").isEqualTo(128 + 15);
            assertThat(tookMillis).as("ended after the quit's time, not at once").isBetween(1_400L, 10_000L);
        }
    }

    private static List<String> storedTexts(Path dataDirectory) {
        try (Database database = Database.open(dataDirectory, Clock.system(BERLIN))) {
            LocalDate today = LocalDate.now(BERLIN);
            List<PostSummary> posts = new ArrayList<>(database.posts().summariesBetween(today.minusYears(2),
                    today.plusYears(2)));
            posts.addAll(database.posts().ideas());
            return posts.stream().map(post -> database.posts().find(post.id()).orElseThrow().text()).toList();
        }
    }
}
