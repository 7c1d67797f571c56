package app.herold.process;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A post Herold has reported as saved is on disk: killing the process a moment later (SIGKILL on
 * Linux, no shutdown hook, no close) loses none of them. Covers a crash of Herold, not a power cut.
 */
@Timeout(180)
class SavedPostSurvivesKillTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Pattern SAVED = Pattern.compile(SavingChild.SAVED + " (\\d+) (\\d+)");
    private static final int ROUNDS = 20;

    @TempDir
    Path dataDirectory;

    /** Every post a child reported as saved, by id, with the number its content follows from. */
    private final Map<Long, Long> acknowledged = new LinkedHashMap<>();

    @Test
    void everyAcknowledgedPostSurvivesTheProcessBeingKilledWhileSaving() {
        Random random = new Random(20261128);
        for (int round = 0; round < ROUNDS; round++) {
            int delayMillis = 50 + random.nextInt(351);
            List<String> lines = saveUntilKilled(round * 100_000L, delayMillis);

            int before = acknowledged.size();
            remember(lines);
            assertThat(acknowledged.size()).as("posts acknowledged in round %d", round).isGreaterThan(before);
            assertEveryAcknowledgedPostIsStoredWhole();
        }
    }

    @Test
    void aSinglePostKilledRightAfterItsAcknowledgementSurvives() {
        List<String> lines;
        try (ChildJvm child = savingChild(7, 1)) {
            awaitReady(child);
            String saved = child.nextLine(START);
            lines = child.kill().lines();
            assertThat(saved).as(child.describe()).matches(SAVED);
        }

        remember(lines);

        assertThat(acknowledged).hasSize(1);
        assertEveryAcknowledgedPostIsStoredWhole();
    }

    /** Starts a child, waits for its first acknowledged post, lets it go on for a while and kills it. */
    private List<String> saveUntilKilled(long firstNumber, int delayMillis) {
        try (ChildJvm child = savingChild(firstNumber, null)) {
            awaitReady(child);
            assertThat(child.nextLine(START)).as(child.describe()).matches(SAVED);
            sleep(delayMillis);
            return child.kill().lines();
        }
    }

    private ChildJvm savingChild(long firstNumber, Integer count) {
        ChildJvm.Builder builder = ChildJvm.running(SavingChild.class)
                .with(ChildJvm.GERMAN_IN_BERLIN)
                .jvmOption("-Xmx128m")
                .jvmOption("-XX:+UseSerialGC")
                .args(dataDirectory.toString(), Long.toString(firstNumber));
        if (count != null) {
            builder.args(count.toString());
        }
        return builder.start();
    }

    private static void awaitReady(ChildJvm child) {
        assertThat(child.nextLine(START)).as(child.describe()).isEqualTo(SavingChild.READY);
    }

    private void remember(List<String> lines) {
        for (String line : lines) {
            Matcher saved = SAVED.matcher(line);
            if (saved.matches()) {
                acknowledged.put(Long.parseLong(saved.group(1)), Long.parseLong(saved.group(2)));
            }
        }
    }

    private void assertEveryAcknowledgedPostIsStoredWhole() {
        List<String> problems = new ArrayList<>();
        long stored;
        try (Database database = Database.open(dataDirectory, Clock.systemDefaultZone())) {
            acknowledged.forEach((id, number) -> {
                Optional<Post> post = database.posts().find(PostId.of(id));
                if (post.isEmpty()) {
                    problems.add("post " + id + " (number " + number + ") is lost");
                } else if (!post.get().sameContentAs(SavingChild.post(number))) {
                    problems.add("post " + id + " (number " + number + ") differs: " + post.get());
                }
            });
            stored = database.posts().count();
        }
        assertThat(problems).as("of %d acknowledged posts", acknowledged.size()).isEmpty();
        assertThat(stored).isGreaterThanOrEqualTo(acknowledged.size());
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
