package app.herold;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpeningDatabaseTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 26);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 6);
    private static final LocalDate COUNCIL_DAY = LocalDate.of(2026, 12, 1);

    @TempDir
    Path dataDirectory;

    private Database database;
    private OpeningDatabase posts;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        posts = new OpeningDatabase(CompletableFuture.completedFuture(database));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theMonthReadAheadAnswersTheFirstQuestionOnlyAndLaterQuestionsReadAgain() {
        posts.save(post("Stadtratssitzung"));
        posts.readAhead(FIRST, LAST, 3);
        database.posts().save(post("Sperrung Lindenstraße"));

        assertThat(headlinesOn(posts.overview(FIRST, LAST, 3))).containsExactly("Stadtratssitzung");
        assertThat(headlinesOn(posts.overview(FIRST, LAST, 3)))
                .containsExactlyInAnyOrder("Stadtratssitzung", "Sperrung Lindenstraße");
    }

    @Test
    void aPostSavedAfterTheReadAheadIsOnTheFirstMonthShown() {
        posts.readAhead(FIRST, LAST, 3);
        posts.save(post("Stadtratssitzung"));

        assertThat(headlinesOn(posts.overview(FIRST, LAST, 3))).containsExactly("Stadtratssitzung");
    }

    @Test
    void anotherRangeIsReadFromTheDatabase() {
        posts.readAhead(FIRST, LAST, 3);
        database.posts().save(post("Stadtratssitzung"));

        assertThat(headlinesOn(posts.overview(FIRST, LAST.plusDays(7), 3))).containsExactly("Stadtratssitzung");
    }

    private static List<String> headlinesOn(Map<LocalDate, DayOverview> days) {
        DayOverview day = days.get(COUNCIL_DAY);
        return day == null ? List.of() : day.firstPosts().stream().map(summary -> summary.headline()).toList();
    }

    private static Post post(String title) {
        return new Post(null, title, "Text", Schedule.of(COUNCIL_DAY, LocalTime.of(9, 0), BERLIN), PostStatus.DRAFT,
                Set.of(ChannelKind.FACEBOOK), List.of(), "", List.of(), null, null);
    }
}
