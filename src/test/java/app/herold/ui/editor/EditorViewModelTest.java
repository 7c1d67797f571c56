package app.herold.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dataDirectory;

    private Database database;
    private ContentPlan plan;
    private PlanCommands commands;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        commands = new PlanCommands(plan, executor, messages, () -> LocalTime.of(9, 0), problem -> {
            throw new AssertionError(problem);
        });
        editor = new EditorViewModel(plan, commands, database.media(), executor, dialogs, messages, CLOCK,
                () -> LocalTime.of(9, 0), app.herold.ChannelWiring.services(app.herold.channels.Channels.load(),
                        database.media(), database.accounts(), database.deliveries(), database.elections(), database.audit(), dataDirectory,
                        () -> messages, CLOCK));
        plan.addListener(editor::planChanged);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aPictureWithoutAltTextKeepsThePostFromBecomingReady() {
        Post post = plan.save(Post.newPost(null).withText("Wochenmarkt")
                .withImages(java.util.List.of(new app.herold.domain.post.PostImage("markt.jpg", ""))));
        editor.open(post.id());

        editor.statusProperty().set(PostStatus.READY);
        executor.advance(Duration.ofSeconds(3));

        assertThat(dialogs.errors).singleElement().asString().contains("Bild 1").contains("Alternativtext");
        assertThat(editor.statusProperty().get()).isEqualTo(PostStatus.IDEA);
        assertThat(plan.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.IDEA);
    }

    @Test
    void aPostWithNeutralityFindingsBecomesReadyOnlyWithAReasonThatIsRecorded() {
        database.elections().save(new app.herold.domain.rules.Election(0, app.herold.domain.rules.ElectionType.LAND,
                java.time.LocalDate.of(2027, 1, 17), null, "Landtagswahl", java.util.List.of(), java.util.List.of(), false));
        Post post = plan.save(Post.newPost(app.herold.domain.post.Schedule.of(java.time.LocalDate.of(2026, 12, 1),
                LocalTime.of(9, 0), CLOCK.getZone())).withText("Die SPD lädt zum Bürgergespräch ein."));
        editor.open(post.id());

        editor.statusProperty().set(PostStatus.READY);
        executor.advance(Duration.ofSeconds(3));
        assertThat(dialogs.questions).last().asString().contains("Landtagswahl").contains("keine Wahlwerbung");
        assertThat(editor.statusProperty().get()).isEqualTo(PostStatus.DRAFT);
        assertThat(database.audit().entries()).isEmpty();

        dialogs.textAnswer = "Sachliche Einladung der Stadt, alle Fraktionen sind eingeladen.";
        editor.statusProperty().set(PostStatus.READY);
        executor.advance(Duration.ofSeconds(3));

        assertThat(editor.statusProperty().get()).isEqualTo(PostStatus.READY);
        assertThat(plan.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.READY);
        var entry = database.audit().entries().get(0);
        assertThat(entry.reason()).isEqualTo("Sachliche Einladung der Stadt, alle Fraktionen sind eingeladen.");
        assertThat(entry.rules()).containsExactly("neutrality.party");
        assertThat(entry.post()).isEqualTo(post.id());
        assertThat(database.audit().verify().intact()).isTrue();
    }

    @Test
    void aNewPostOnADayStartsAtTheDefaultTimeAndIsNotStoredWhileEmpty() {
        editor.openNew(DAY);

        assertThat(editor.isOpen()).isTrue();
        assertThat(editor.dateProperty().get()).isEqualTo(DAY);
        assertThat(editor.timeProperty().get()).isEqualTo("09:00");
        editor.close();
        assertThat(database.posts().count()).isZero();
    }

    @Test
    void typedTextIsSavedWithinTheAutosaveDelayWithoutPressingSave() {
        editor.openNew(DAY);
        editor.textProperty().set("Vollsperrung der Hauptstraße ab Montag");
        assertThat(database.posts().count()).isZero();

        executor.advance(EditorViewModel.AUTOSAVE_DELAY);

        assertThat(database.posts().count()).isEqualTo(1);
        Post saved = database.posts().find(editor.postIdProperty().get()).orElseThrow();
        assertThat(saved.text()).isEqualTo("Vollsperrung der Hauptstraße ab Montag");
        assertThat(saved.schedule()).isEqualTo(Schedule.of(DAY, LocalTime.of(9, 0), BERLIN));
        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.SAVED);
        assertThat(editor.saveMessageProperty().get()).startsWith("Gespeichert");
    }

    @Test
    void continuousTypingStillSavesWithinFiveSeconds() {
        editor.openNew(DAY);
        for (int second = 0; second < 5; second++) {
            editor.textProperty().set("Zeile " + second);
            executor.advance(Duration.ofSeconds(1));
        }

        assertThat(database.posts().count()).isEqualTo(1);
        assertThat(database.posts().find(editor.postIdProperty().get()).orElseThrow().text()).startsWith("Zeile");
    }

    @Test
    void savingTwiceQuicklyNeverCreatesTheNewPostTwice() {
        editor.openNew(DAY);
        editor.textProperty().set("Einmal");
        editor.save();
        editor.textProperty().set("Einmal und mehr");
        editor.save();
        executor.advance(Duration.ofSeconds(10));

        assertThat(database.posts().count()).isEqualTo(1);
    }

    @Test
    void closingSavesWhatWasTyped() {
        editor.openNew(null);
        editor.titleProperty().set("Idee: Adventskalender");

        editor.close();

        assertThat(editor.isOpen()).isFalse();
        assertThat(database.posts().ideas()).extracting(summary -> summary.title()).containsExactly("Idee: Adventskalender");
    }

    @Test
    void openingAnotherPostSavesTheFirstOne() {
        Post other = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Andere"));
        editor.openNew(DAY);
        editor.textProperty().set("Noch nicht automatisch gespeichert");

        editor.open(other.id());

        assertThat(editor.titleProperty().get()).isEqualTo("Andere");
        assertThat(database.posts().count()).isEqualTo(2);
    }

    @Test
    void everyFieldTheUserSetsIsStored() {
        editor.openNew(DAY);
        editor.titleProperty().set("Weihnachtsmarkt");
        editor.textProperty().set("Am Wochenende auf dem Markt.");
        editor.timeProperty().set("17.30");
        editor.statusProperty().set(PostStatus.READY);
        editor.channelProperty(ChannelKind.INSTAGRAM).set(true);
        editor.channelProperty(ChannelKind.WHATSAPP).set(true);
        editor.addTags("Veranstaltung, #Advent");
        editor.notesProperty().set("Foto von Herrn Krause");

        editor.save();

        Post saved = database.posts().find(editor.postIdProperty().get()).orElseThrow();
        assertThat(saved.title()).isEqualTo("Weihnachtsmarkt");
        assertThat(saved.schedule().localTime()).isEqualTo(LocalTime.of(17, 30));
        assertThat(saved.status()).isEqualTo(PostStatus.READY);
        assertThat(saved.channels()).containsExactly(ChannelKind.WHATSAPP, ChannelKind.INSTAGRAM);
        assertThat(saved.tags()).containsExactly("Veranstaltung", "Advent");
        assertThat(saved.notes()).isEqualTo("Foto von Herrn Krause");
    }

    @Test
    void anAcuteOccasionIsATagThatTheSwitchSetsAndClears() {
        editor.openNew(DAY);
        editor.textProperty().set("Vollsperrung der Bahnhofstraße ab Montag.");
        editor.addTags("Verkehr, Baustelle");
        assertThat(editor.isAcuteOccasion()).isTrue();

        editor.setAcuteOccasion(false);
        assertThat(editor.tags()).containsExactly("Verkehr");

        editor.setAcuteOccasion(true);
        editor.save();
        Post saved = database.posts().find(editor.postIdProperty().get()).orElseThrow();
        assertThat(saved.tags()).containsExactly("Verkehr", "Akuter Anlass");
    }

    @Test
    void anUnreadableTimeIsPointedOutAndTheLastGoodTimeKept() {
        editor.openNew(DAY);
        editor.textProperty().set("Text");
        editor.timeProperty().set("25:99");

        assertThat(editor.timeErrorProperty().get()).contains("09:30");
        editor.save();

        assertThat(database.posts().find(editor.postIdProperty().get()).orElseThrow().schedule().localTime())
                .isEqualTo(LocalTime.of(9, 0));
    }

    @Test
    void aPostWithoutDateBecomesAnIdea() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Später"));
        editor.open(post.id());

        editor.scheduledProperty().set(false);
        editor.save();

        assertThat(database.posts().find(post.id()).orElseThrow().isIdea()).isTrue();
    }

    @Test
    void whenTheOpenPostIsDraggedToAnotherDayTheEditorShowsTheNewDate() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.of(11, 0), BERLIN)).withTitle("Sperrung"));
        editor.open(post.id());

        commands.moveToDay(post.id(), DAY.plusDays(3));

        assertThat(editor.dateProperty().get()).isEqualTo(DAY.plusDays(3));
        assertThat(editor.timeProperty().get()).isEqualTo("11:00");
        assertThat(editor.isDirty()).isFalse();
    }

    @Test
    void deletingAsksFirstAndUndoBringsThePostBack() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Kirmes"));
        editor.open(post.id());

        editor.delete();

        assertThat(dialogs.questions).singleElement().asString().contains("Kirmes");
        assertThat(editor.isOpen()).isFalse();
        assertThat(database.posts().find(post.id())).isEmpty();
        commands.undo();
        assertThat(database.posts().find(post.id())).isPresent();
    }

    @Test
    void answeringNoToTheDeleteQuestionKeepsThePost() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Kirmes"));
        editor.open(post.id());
        dialogs.confirmAnswer = false;

        editor.delete();

        assertThat(editor.isOpen()).isTrue();
        assertThat(database.posts().find(post.id())).isPresent();
    }

    @Test
    void duplicatingOpensTheCopy() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Kirmes"));
        editor.open(post.id());

        editor.duplicate();

        PostId copy = editor.postIdProperty().get();
        assertThat(copy).isNotEqualTo(post.id());
        assertThat(editor.titleProperty().get()).isEqualTo("Kirmes");
        assertThat(database.posts().count()).isEqualTo(2);
    }

    @Test
    void imagesAreCopiedIntoTheDataDirectoryWithTheirAltText() throws IOException {
        Path photo = dataDirectory.resolveSibling(dataDirectory.getFileName() + "-foto.png");
        ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", photo.toFile());
        editor.openNew(DAY);

        editor.addImages(List.of(photo));
        editor.images().get(0).altTextProperty().set("Der geschmückte Marktplatz");
        editor.save();
        Files.delete(photo);

        Post saved = database.posts().find(editor.postIdProperty().get()).orElseThrow();
        assertThat(saved.images()).singleElement().satisfies(image -> {
            assertThat(image.altText()).isEqualTo("Der geschmückte Marktplatz");
            assertThat(database.media().pathOf(image.mediaFile())).exists();
            assertThat(image.mediaFile()).matches("[0-9a-f]{64}\\.png");
        });
    }

    @Test
    void aFileThatIsNotAnImageIsRefusedWithASentence() throws IOException {
        Path notAnImage = Files.writeString(dataDirectory.resolveSibling("brief.txt"), "Sehr geehrte Damen und Herren");
        editor.openNew(DAY);

        editor.addImages(List.of(notAnImage));

        assertThat(editor.images()).isEmpty();
        assertThat(dialogs.errors).singleElement().asString().isEqualTo(
                "„brief.txt“ wurde nicht hinzugefügt, weil es kein Bild ist, das Herold lesen kann; bitte wählen Sie ein Foto im Format JPEG, PNG oder WebP.");
    }

    @Test
    void aFailedSaveKeepsTheTextAndAsksBeforeClosing() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withTitle("Weg"));
        editor.open(post.id());
        database.posts().delete(post.id());
        editor.textProperty().set("Wichtiger Text");

        editor.save();

        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.FAILED);
        assertThat(editor.saveMessageProperty().get()).contains("gibt es nicht mehr");
        dialogs.confirmAnswer = false;
        editor.close();
        assertThat(editor.isOpen()).isTrue();
        assertThat(editor.textProperty().get()).isEqualTo("Wichtiger Text");
    }
}
