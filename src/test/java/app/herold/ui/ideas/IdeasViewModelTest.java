package app.herold.ui.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The tray shows every idea, newest first, also when a large plan has more than the first batch. */
class IdeasViewModelTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @TempDir
    Path dataDirectory;

    private Database database;
    private IdeasViewModel ideas;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final List<Throwable> failures = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, Clock.fixed(START, ZoneId.of("Europe/Berlin")));
        PlanCommands commands = new PlanCommands(new ContentPlan(database.posts(), Clock.systemUTC()), executor,
                Messages.forLanguage("de"), () -> LocalTime.of(9, 0), failures::add);
        ideas = new IdeasViewModel(database.posts(), commands, executor);
        ideas.setFailureHandler(failures::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theTrayKnowsWhetherTheIdeasHaveBeenReadSoItNeverSaysNoIdeasWhileLoading() {
        assertThat(ideas.loadedProperty().get()).as("before reading").isFalse();

        ideas.reload();

        assertThat(ideas.loadedProperty().get()).as("read, none there").isTrue();
        assertThat(ideas.ideas()).isEmpty();
    }

    @Test
    void whenReadingTheIdeasFailsTheTrayStopsLoadingAndTheFailureIsSaid() {
        database.close();

        ideas.reload();

        assertThat(failures).hasSize(1);
        assertThat(ideas.loadedProperty().get()).isTrue();
    }

    @Test
    void moreIdeasThanTheFirstBatchAreAllShownNewestFirst() {
        int count = IdeasViewModel.FIRST_IDEAS + 30;
        for (int i = 0; i < count; i++) {
            saveIdea("Idee " + i);
        }

        ideas.reload();

        assertThat(failures).isEmpty();
        assertThat(ideas.ideas()).hasSize(count);
        assertThat(ideas.ideas()).extracting(PostSummary::title).startsWith("Idee " + (count - 1), "Idee " + (count - 2))
                .endsWith("Idee 1", "Idee 0").doesNotHaveDuplicates();
    }

    @Test
    void exactlyOneBatchIsShownWithoutAnEmptySecondLoad() {
        for (int i = 0; i < IdeasViewModel.FIRST_IDEAS; i++) {
            saveIdea("Idee " + i);
        }

        ideas.reload();

        assertThat(ideas.ideas()).hasSize(IdeasViewModel.FIRST_IDEAS).doesNotHaveDuplicates();
    }

    @Test
    void thePagesOfTheStoreTogetherAreTheWholeListOfIdeas() {
        for (int i = 0; i < 7; i++) {
            saveIdea("Idee " + i);
        }

        List<PostSummary> all = database.posts().ideas();
        List<PostSummary> paged = new ArrayList<>(database.posts().ideas(0, 3));
        paged.addAll(database.posts().ideas(3, Integer.MAX_VALUE));

        assertThat(all).hasSize(7);
        assertThat(paged).extracting(PostSummary::id).containsExactlyElementsOf(all.stream().map(PostSummary::id).toList());
    }

    /** Saved one after the other; with the fixed clock the later save counts as the newer idea. */
    private void saveIdea(String title) {
        database.posts().save(Post.newPost(null).withTitle(title));
    }
}
