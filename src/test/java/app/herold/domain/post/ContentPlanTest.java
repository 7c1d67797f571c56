package app.herold.domain.post;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentPlanTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final LocalTime NINE = LocalTime.of(9, 0);

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);

    @TempDir
    Path dataDirectory;

    private Database database;
    private PostStore store;
    private ContentPlan plan;
    private final List<PlanChange> changes = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        store = database.posts();
        plan = new ContentPlan(store, CLOCK);
        plan.addListener(changes::add);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void movingAPostToAnotherDayKeepsItsWallClockTime() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 3, 27), LocalTime.of(14, 30), BERLIN)));

        Post moved = plan.moveToDay(post.id(), LocalDate.of(2026, 4, 2), NINE);

        assertThat(moved.schedule().localDate()).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(moved.schedule().localTime()).isEqualTo(LocalTime.of(14, 30));
        assertThat(changes).last().extracting(PlanChange::kind).isEqualTo(PlanChange.Kind.MOVED);
    }

    @Test
    void anIdeaDroppedOnADayGetsTheDefaultTimeAndBecomesADraft() {
        Post idea = plan.save(Post.newPost(null).withTitle("Adventskalender"));

        Post planned = plan.moveToDay(idea.id(), LocalDate.of(2026, 12, 1), NINE);

        assertThat(planned.schedule()).isEqualTo(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN));
        assertThat(planned.status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void unschedulingPutsAPostBackIntoTheIdeasAndKeepsItsStatus() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN))
                .withStatus(PostStatus.READY));

        Post idea = plan.unschedule(post.id());

        assertThat(idea.isIdea()).isTrue();
        assertThat(idea.status()).isEqualTo(PostStatus.READY);
    }

    @Test
    void undoBringsAMovedPostBackAndRedoMovesItAgain() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN)));
        plan.moveToDay(post.id(), LocalDate.of(2026, 12, 5), NINE);

        assertThat(plan.undo()).containsInstanceOf(UndoableEdit.Moved.class);
        assertThat(store.find(post.id()).orElseThrow().schedule().localDate()).isEqualTo(LocalDate.of(2026, 12, 1));

        plan.redo();
        assertThat(store.find(post.id()).orElseThrow().schedule().localDate()).isEqualTo(LocalDate.of(2026, 12, 5));
    }

    @Test
    void undoingAMoveKeepsTextTypedAfterTheMove() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN)).withText("alt"));
        Post moved = plan.moveToDay(post.id(), LocalDate.of(2026, 12, 5), NINE);
        plan.save(moved.withText("neu geschrieben"));

        plan.undo();

        Post current = store.find(post.id()).orElseThrow();
        assertThat(current.text()).isEqualTo("neu geschrieben");
        assertThat(current.schedule().localDate()).isEqualTo(LocalDate.of(2026, 12, 1));
    }

    @Test
    void undoRestoresADeletedPostWithEverythingItHad() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN))
                .withTitle("Weihnachtsmarkt").withTags(List.of("Veranstaltung")));
        plan.delete(post.id());
        assertThat(store.find(post.id())).isEmpty();

        plan.undo();

        assertThat(store.find(post.id())).contains(post);
        assertThat(changes).last().extracting(PlanChange::kind).isEqualTo(PlanChange.Kind.RESTORED);
    }

    @Test
    void anUndoneEditIsForgottenOnceSomethingNewHappens() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN)));
        plan.moveToDay(post.id(), LocalDate.of(2026, 12, 2), NINE);
        plan.undo();

        plan.moveToDay(post.id(), LocalDate.of(2026, 12, 3), NINE);

        assertThat(plan.canRedo()).isFalse();
        assertThat(plan.redo()).isEmpty();
    }

    @Test
    void nothingToUndoIsSaidRatherThanFailing() {
        assertThat(plan.canUndo()).isFalse();
        assertThat(plan.undo()).isEmpty();
    }

    @Test
    void aDuplicateIsANewDraftOnTheSameDayWithTheSameContent() {
        Post original = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1), NINE, BERLIN))
                .withTitle("Sperrung").withStatus(PostStatus.PUBLISHED));

        Post copy = plan.duplicate(original.id());

        assertThat(copy.id()).isNotEqualTo(original.id());
        assertThat(copy.title()).isEqualTo("Sperrung");
        assertThat(copy.schedule()).isEqualTo(original.schedule());
        assertThat(copy.status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void movingAPostThatNoLongerExistsSaysSo() {
        assertThatThrownBy(() -> plan.moveToDay(PostId.of(99), LocalDate.of(2026, 12, 1), NINE))
                .isInstanceOf(UserFacingException.class)
                .hasFieldOrPropertyWithValue("messageKey", "error.postNotFound");
    }
}
