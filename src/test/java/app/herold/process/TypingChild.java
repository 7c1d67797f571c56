package app.herold.process;

import app.herold.ChannelWiring;
import app.herold.channels.Channels;
import app.herold.domain.post.ContentPlan;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.PlanCommands;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.editor.EditorViewModel;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;

/**
 * The editor as the officer uses it, without the window: a new post on {@link #DAY}, then one
 * character every {@link #KEY_INTERVAL_MILLIS} ms typed into its text, until the process is killed.
 * The editor saves by itself (autosave) as it does in the window.
 *
 * <p>Prints {@code ready} once the editor is open, then {@code typed <length>} after each character.
 */
public final class TypingChild {

    static final String READY = "ready";
    static final String TYPED = "typed";
    static final LocalDate DAY = LocalDate.of(2026, 12, 14);
    static final long KEY_INTERVAL_MILLIS = 40;

    private TypingChild() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Path.of(args[0]);
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Clock clock = Clock.systemDefaultZone();
        Database database = Database.open(directory, clock);
        ContentPlan plan = new ContentPlan(database.posts(), clock);
        ThreadedTaskExecutor executor = new ThreadedTaskExecutor();
        Messages messages = Messages.forLanguage("de");
        PlanCommands commands = new PlanCommands(plan, executor, messages, () -> LocalTime.of(9, 0), problem -> {
            out.println("failed " + problem);
        });
        EditorViewModel editor = new EditorViewModel(plan, commands, database.media(), executor,
                new RecordingDialogService(), messages, clock, () -> LocalTime.of(9, 0),
                ChannelWiring.services(Channels.load(), database.media(), database.accounts(), database.deliveries(),
                        database.elections(), database.audit(), directory, () -> messages, clock));
        executor.onUiThreadAndWait(() -> editor.openNew(DAY));
        out.println(READY);
        for (int length = 1; ; length++) {
            int typed = length;
            executor.onUiThreadAndWait(() -> editor.textProperty().set(text(typed)));
            out.println(TYPED + " " + typed);
            Thread.sleep(KEY_INTERVAL_MILLIS);
        }
    }

    /** The first {@code length} characters the officer types: a long announcement, over and over. */
    static String text(int length) {
        String sentence = "Am Montag wird die Äußere Crimmitschauer Straße wegen Bauarbeiten gesperrt. ";
        StringBuilder text = new StringBuilder(length + sentence.length());
        while (text.length() < length) {
            text.append(sentence);
        }
        return text.substring(0, length);
    }
}
