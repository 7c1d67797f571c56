package app.herold.ui.editor;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditorBadInputTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate DAY = LocalDate.of(2026, 12, 8);

    @TempDir
    Path dataDirectory;

    private Database database;
    private ContentPlan plan;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");
    private EditorViewModel editor;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        PlanCommands commands = new PlanCommands(plan, executor, messages, () -> LocalTime.of(9, 0), problem -> {
            throw new AssertionError(problem);
        });
        editor = new EditorViewModel(plan, commands, database.media(), executor, dialogs, messages, CLOCK,
                () -> LocalTime.of(9, 0), app.herold.ChannelWiring.services(app.herold.channels.Channels.load(),
                        database.media(), database.accounts(), database.deliveries(), database.elections(),
                        database.audit(), dataDirectory, () -> messages, CLOCK));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void explore() {
        Post post = plan.save(Post.newPost(Schedule.of(DAY, LocalTime.NOON, BERLIN)).withText("Original"));
        editor.open(post.id());
        editor.channelProperty(app.herold.domain.channel.ChannelKind.MASTODON).set(true);
        editor.channelProperty(app.herold.domain.channel.ChannelKind.INSTAGRAM).set(true);
        for (var k : app.herold.domain.channel.ChannelKind.values()) editor.channelProperty(k).set(true);
        executor.advance(Duration.ofSeconds(5));
        String unit = "Die SPD und die CDU laden alle Bürgerinnen 👩‍👩‍👧 und Bürger zum **Weihnachtsmarkt** ein. #Advent https://www.meerane.de @stadt@social.example\n";
        StringBuilder b = new StringBuilder();
        while (b.length() < 1_048_576) b.append(unit);
        b.setLength(1_048_576);
        long t0 = System.nanoTime();
        editor.textProperty().set(b.toString());
        long t1 = System.nanoTime();
        executor.advance(Duration.ofMillis(500));
        long t2 = System.nanoTime();
        executor.advance(EditorViewModel.AUTOSAVE_DELAY);
        long t3 = System.nanoTime();
        System.err.printf("set %d ms, review %d ms, save %d ms%n", (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
        System.err.println(editor.saveStateProperty().get() + " / " + editor.saveMessageProperty().get());
        System.err.println(editor.review().reviews().size() + " reviews, " + editor.rules().findings().size() + " findings");
        System.err.println(dialogs.errors);
        System.err.println(plan.find(post.id()).orElseThrow().text().length());
    }
}
