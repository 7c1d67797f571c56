package app.herold.process;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Typing in the editor, then the process killed (SIGKILL, no close): what is on disk afterwards is what
 * was typed, at most the last five seconds short. The child types into the real editor view model,
 * which saves by itself as in the window.
 */
@Timeout(180)
class AutosaveSurvivesKillTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration MOST_LOST = Duration.ofSeconds(5);
    private static final Pattern TYPED = Pattern.compile(TypingChild.TYPED + " (\\d+)");
    private static final int ROUNDS = 3;

    @TempDir
    Path temp;

    /** When the parent read each "typed" line, in nanoseconds, and the length the text had then. */
    private record Keystroke(long readAtNanos, int length) {
    }

    @Test
    void afterAKillWhileTypingAtMostTheLastFiveSecondsAreMissing() {
        Random random = new Random(20261129);
        for (int round = 0; round < ROUNDS; round++) {
            Path dataDirectory = temp.resolve("runde-" + round);
            long typingMillis = 6_000 + random.nextInt(4_000);
            List<Keystroke> keystrokes = new ArrayList<>();
            long killedAt;
            try (ChildJvm child = ChildJvm.running(TypingChild.class).with(ChildJvm.GERMAN_IN_BERLIN)
                    .jvmOption("-Xmx256m").args(dataDirectory.toString()).start()) {
                assertThat(child.nextLine(START)).as(child.describe()).isEqualTo(TypingChild.READY);
                long until = System.nanoTime() + Duration.ofMillis(typingMillis).toNanos();
                while (System.nanoTime() < until) {
                    String line = child.nextLine(START);
                    Matcher typed = TYPED.matcher(line);
                    assertThat(typed.matches()).as("%s: %s", child.describe(), line).isTrue();
                    keystrokes.add(new Keystroke(System.nanoTime(), Integer.parseInt(typed.group(1))));
                }
                killedAt = System.nanoTime();
                child.kill();
            }

            String stored = storedText(dataDirectory);
            int typedByThen = typedBefore(keystrokes, killedAt - MOST_LOST.toNanos());
            int typedInAll = keystrokes.get(keystrokes.size() - 1).length();
            assertThat(typedByThen).as("round %d typed for %d ms", round, typingMillis).isPositive();
            assertThat(stored).as("round %d: the stored text is what was typed", round)
                    .isEqualTo(TypingChild.text(stored.length()));
            long lostMillis = Duration.ofNanos(killedAt - readAt(keystrokes, stored.length())).toMillis();
            System.out.printf("autosave round %d: %d characters typed, %d stored, the last %d ms of typing lost%n",
                    round, typedInAll, stored.length(), lostMillis);
            assertThat(stored.length()).as("round %d: characters kept of %d typed, %d of them 5 s before the kill",
                    round, typedInAll, typedByThen).isGreaterThanOrEqualTo(typedByThen);
        }
    }

    /** When the parent learnt the text had reached {@code length}; the child's start when it never did. */
    private static long readAt(List<Keystroke> keystrokes, int length) {
        return keystrokes.stream().filter(keystroke -> keystroke.length() >= length).findFirst()
                .orElse(keystrokes.get(0)).readAtNanos();
    }

    private static int typedBefore(List<Keystroke> keystrokes, long nanos) {
        int length = 0;
        for (Keystroke keystroke : keystrokes) {
            if (keystroke.readAtNanos() <= nanos) {
                length = keystroke.length();
            }
        }
        return length;
    }

    private static String storedText(Path dataDirectory) {
        try (Database database = Database.open(dataDirectory, Clock.systemDefaultZone())) {
            List<PostSummary> posts = database.posts().summariesBetween(TypingChild.DAY, TypingChild.DAY);
            assertThat(posts).as("the post typed into").hasSize(1);
            Post post = database.posts().find(posts.get(0).id()).orElseThrow();
            return post.text();
        }
    }
}
