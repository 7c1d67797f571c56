package app.herold.process;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.storage.Database;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

/**
 * Saves post after post into a data directory and reports each one only after the save returned,
 * until it is killed. Arguments: the data directory, the number of the first post and, optionally,
 * how many posts to save before waiting to be killed.
 *
 * <p>Prints {@code ready} once the database is open, then {@code saved <id> <number>} per post.
 */
public final class SavingChild {

    static final String READY = "ready";
    static final String SAVED = "saved";

    private SavingChild() {
    }

    public static void main(String[] args) throws InterruptedException {
        Path directory = Path.of(args[0]);
        long first = Long.parseLong(args[1]);
        long count = args.length > 2 ? Long.parseLong(args[2]) : Long.MAX_VALUE - first;
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Database database = Database.open(directory, Clock.systemDefaultZone());
        out.println(READY);
        for (long number = first; number < first + count; number++) {
            Post saved = database.posts().save(post(number));
            out.println(SAVED + " " + saved.id().value() + " " + number);
            out.flush();
        }
        Thread.sleep(Long.MAX_VALUE);
    }

    /** The post with this number: everything in it follows from the number, so a reader can check it. */
    static Post post(long number) {
        LocalDate day = LocalDate.of(2026, 1, 1).plusDays(number % 365);
        LocalTime time = LocalTime.of(9, (int) (number % 60));
        Schedule schedule = number % 7 == 0 ? null : Schedule.of(day, time, ZoneId.of("Europe/Berlin"));
        String sentence = "Beitrag " + number + ": Straßensperrung in der Äußeren Crimmitschauer Straße. ";
        return Post.newPost(schedule)
                .withTitle("Beitrag " + number)
                .withText(sentence.repeat(8))
                .withStatus(PostStatus.values()[(int) (number % PostStatus.values().length)])
                .withChannels(number % 2 == 0 ? Set.of(ChannelKind.WHATSAPP, ChannelKind.MASTODON)
                        : Set.of(ChannelKind.INSTAGRAM))
                .withTags(List.of("Verkehr", "nr-" + number))
                .withNotes("Notiz " + number);
    }
}
