package app.herold.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.ChannelWiring;
import app.herold.channels.Channels;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.storage.SimulatedDisk;
import app.herold.testing.BadInputFiles;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 5, point 8, in the editor: what the user sees for each bad input (the sentence, in German), and
 * that nothing typed or added before is lost. A real database in a temporary folder; background work
 * runs on the test's thread.
 */
class EditorBadInputTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dataDirectory;
    @TempDir
    Path userFiles;

    private Database database;
    private ContentPlan plan;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");
    private EditorViewModel editor;

    private void open(Database opened) {
        database = opened;
        plan = new ContentPlan(database.posts(), CLOCK);
        PlanCommands commands = new PlanCommands(plan, executor, messages, () -> LocalTime.of(9, 0), problem -> {
            throw new AssertionError(problem);
        });
        editor = new EditorViewModel(plan, commands, database.media(), executor, dialogs, messages, CLOCK,
                () -> LocalTime.of(9, 0), ChannelWiring.services(Channels.load(), database.media(), database.accounts(),
                        database.deliveries(), database.elections(), database.audit(), dataDirectory, () -> messages, CLOCK));
    }

    @AfterEach
    void close() {
        SimulatedDisk.makeRoom();
        if (database != null) {
            database.close();
        }
    }

    @Test
    void aMegabyteOfTextStaysInTheEditorWithItsLengthAndTheLimitUntilItIsShortened() {
        open(Database.open(dataDirectory, CLOCK));
        Post post = openSaved(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Original"));
        for (ChannelKind kind : ChannelKind.values()) {
            editor.channelProperty(kind).set(true);
        }
        settle();
        String megabyte = BadInputFiles.megabyteOfText();

        editor.textProperty().set(megabyte);
        settle();

        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.FAILED);
        assertThat(editor.saveMessageProperty().get()).isEqualTo("Der Text ist mit 1.048.576 Zeichen zu lang zum "
                + "Speichern; erlaubt sind höchstens 100.000, bitte kürzen Sie ihn um 948.576 Zeichen.");
        assertThat(dialogs.errors).as("a status line, not a dialog at every autosave").isEmpty();
        assertThat(editor.textProperty().get()).isEqualTo(megabyte);
        assertThat(plan.find(post.id()).orElseThrow().text()).isEqualTo("Original");
        assertThat(editor.review().reviews()).as("every channel still reviewed").hasSize(6);

        editor.textProperty().set(megabyte.substring(0, 100_000));
        settle();

        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.SAVED);
        assertThat(plan.find(post.id()).orElseThrow().text()).isEqualTo(megabyte.substring(0, 100_000));
        assertThat(dialogs.errors).isEmpty();
    }

    @Test
    void aFiftyMegapixelPhotoIsAdded() {
        open(Database.open(dataDirectory, CLOCK));
        openSaved(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Weihnachtsmarkt"));
        Path photo = BadInputFiles.fiftyMegapixelJpeg(userFiles, "IMG_0001.JPG");

        editor.addImages(List.of(photo));

        assertThat(dialogs.errors).isEmpty();
        assertThat(editor.images()).hasSize(1);
        assertThat(database.media().pathOf(editor.images().get(0).mediaFile())).hasSameBinaryContentAs(photo);
        settle();
        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.SAVED);
    }

    @Test
    void brokenFilesAreRefusedOneSentenceEachWhileTheGoodPictureTheTextAndTheEarlierPictureStay() {
        open(Database.open(dataDirectory, CLOCK));
        openSaved(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Weihnachtsmarkt"));
        editor.addImages(List.of(BadInputFiles.goodJpeg(userFiles, "rathaus.jpg")));
        editor.textProperty().set("Weihnachtsmarkt am Samstag");

        editor.addImages(List.of(BadInputFiles.truncatedJpeg(userFiles, "markt.jpg"),
                BadInputFiles.pdfNamedJpg(userFiles, "einladung.jpg"),
                BadInputFiles.text(userFiles.resolve("notizen.txt"), "Glühwein 3 €"),
                BadInputFiles.goodJpeg(userFiles, "buden.jpg")));
        settle();

        assertThat(dialogs.errors).containsExactly(String.join("\n",
                "„markt.jpg“ wurde nicht hinzugefügt, weil das Bild beschädigt oder unvollständig ist; bitte kopieren Sie "
                        + "es noch einmal von der Kamera oder vom Handy.",
                "„einladung.jpg“ wurde nicht hinzugefügt, weil es kein Bild ist, das Herold lesen kann; bitte wählen Sie "
                        + "ein Foto im Format JPEG, PNG oder WebP.",
                "„notizen.txt“ wurde nicht hinzugefügt, weil es kein Bild ist, das Herold lesen kann; bitte wählen Sie "
                        + "ein Foto im Format JPEG, PNG oder WebP."));
        assertThat(editor.images()).hasSize(2);
        assertThat(editor.textProperty().get()).isEqualTo("Weihnachtsmarkt am Samstag");
        Post saved = plan.find(editor.postIdProperty().get()).orElseThrow();
        assertThat(saved.images()).hasSize(2);
        assertThat(saved.text()).isEqualTo("Weihnachtsmarkt am Samstag");
        assertThat(mediaFiles()).as("nothing of the refused files copied").hasSize(2);
    }

    @Test
    void onAFullDiskTheTextStaysAndIsSavedOnceThereIsRoomAgain() {
        open(SimulatedDisk.open(dataDirectory, CLOCK));
        Post earlier = plan.save(Post.newPost(Schedule.of(DAY.minusDays(1), LocalTime.NOON, BERLIN)).withText("Gestern"));
        Post post = openSaved(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Original"));
        SimulatedDisk.fill();

        editor.textProperty().set("Der Weihnachtsmarkt beginnt am Freitag um 16 Uhr.");
        settle();

        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.FAILED);
        assertThat(editor.saveMessageProperty().get()).isEqualTo("Auf dem Datenträger ist kein Platz mehr frei, deshalb "
                + "wurde nicht gespeichert; Ihre Eingabe bleibt erhalten, bitte schaffen Sie Platz und speichern Sie dann erneut.");
        assertThat(dialogs.errors).isEmpty();
        assertThat(editor.textProperty().get()).isEqualTo("Der Weihnachtsmarkt beginnt am Freitag um 16 Uhr.");

        SimulatedDisk.makeRoom();
        editor.save();

        assertThat(editor.saveStateProperty().get()).isEqualTo(EditorViewModel.SaveState.SAVED);
        database.close();
        database = Database.open(dataDirectory, CLOCK);
        ContentPlan reopened = new ContentPlan(database.posts(), CLOCK);
        assertThat(reopened.find(post.id()).orElseThrow().text()).isEqualTo("Der Weihnachtsmarkt beginnt am Freitag um 16 Uhr.");
        assertThat(reopened.find(earlier.id()).orElseThrow().text()).isEqualTo("Gestern");
    }

    @Test
    void aPictureAddedOnAFullDiskIsNotAddedAndThePostStaysAsItWas() {
        open(SimulatedDisk.open(dataDirectory, CLOCK));
        openSaved(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Weihnachtsmarkt"));
        Path photo = BadInputFiles.goodJpeg(userFiles, "buden.jpg");
        SimulatedDisk.fill();

        editor.addImages(List.of(photo));

        assertThat(dialogs.errors).containsExactly("„buden.jpg“ wurde nicht hinzugefügt, weil auf dem Datenträger kein "
                + "Platz mehr frei ist; bitte schaffen Sie Platz und fügen Sie das Bild dann erneut hinzu.");
        assertThat(editor.images()).isEmpty();
        assertThat(editor.textProperty().get()).isEqualTo("Weihnachtsmarkt");
        assertThat(mediaFiles()).as("no half-written copy left behind").isEmpty();

        SimulatedDisk.makeRoom();
        editor.addImages(List.of(photo));
        assertThat(editor.images()).hasSize(1);
    }

    private Post openSaved(Post post) {
        Post saved = plan.save(post);
        editor.open(saved.id());
        return saved;
    }

    /** Lets the pause before a review and the autosave delay pass. */
    private void settle() {
        executor.advance(EditorViewModel.AUTOSAVE_DELAY.plus(Duration.ofSeconds(1)));
    }

    private List<Path> mediaFiles() {
        Path folder = dataDirectory.resolve("media");
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
