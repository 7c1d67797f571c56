package app.herold.storage;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The month the window opens on and the month after it, as they were when the database was last
 * closed: written beside the database after it is closed, so the next start can show the calendar
 * before H2 has opened (about a quarter of a second of work on a laptop's two cores, which then no
 * longer competes with the window's first frame), also when that start is the first in a new month.
 *
 * <p>It is used only while the database file is exactly the one it was written for: same size,
 * same modification time (to the nanosecond where the file system keeps them), same file, and on
 * Linux and macOS the same change time, which no program can set back. Anything that writes the
 * database (the window, a command, a restore, a copied-in file) changes one of them, and the
 * snapshot is then ignored and the month read from the database as before. It is a cache: never
 * backed up, never exported, and a damaged or foreign file is ignored.
 */
public final class MonthSnapshot {

    /** In the data directory, beside the database. */
    public static final String FILE = "monatsansicht.cache";

    private static final System.Logger LOG = System.getLogger(MonthSnapshot.class.getName());
    private static final String MAGIC = "herold-month-snapshot";
    /** Raise when the format or the meaning of a field changes (2: any range, read in part). */
    private static final int FORMAT = 2;
    /** Two months of 100,000 posts take about 90 KB; anything far larger is not ours and is not read. */
    private static final long LARGEST = 4L * 1024 * 1024;

    private MonthSnapshot() {
    }

    /**
     * What a snapshot must have been written by to be used: this version of Herold (which decides what
     * a card shows) in this time zone (which decides on which day a post falls).
     */
    public static String key(String version, java.time.ZoneId zone) {
        return version + " " + zone.getId();
    }

    /**
     * Writes the overview of {@code from}..{@code to} for the database file as it is now: call it after
     * the database is closed. A failure is logged and leaves no snapshot (the next start reads the
     * database instead).
     */
    static void write(Path directory, String version, LocalDate from, LocalDate to, int postsPerDay,
                      Map<LocalDate, DayOverview> days) {
        try {
            Optional<String> fingerprint = fingerprint(directory);
            if (fingerprint.isEmpty()) {
                discard(directory);
                return;
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(16 * 1024);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeUTF(MAGIC);
                out.writeInt(FORMAT);
                out.writeUTF(version);
                out.writeUTF(Database.LATEST_SCHEMA_VERSION);
                out.writeUTF(fingerprint.get());
                out.writeLong(from.toEpochDay());
                out.writeLong(to.toEpochDay());
                out.writeInt(postsPerDay);
                out.writeInt(days.size());
                for (DayOverview day : days.values()) {
                    writeDay(out, day);
                }
            }
            Path temporary = Files.createTempFile(directory, ".monatsansicht-", ".tmp");
            try {
                Files.write(temporary, bytes.toByteArray());
                Files.move(temporary, directory.resolve(FILE), StandardCopyOption.REPLACE_EXISTING,
                        StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(temporary);
            }
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.WARNING, "the month snapshot was not written; the next start reads the database", e);
            discard(directory);
        }
    }

    /** Removes the snapshot: the database was closed without one that matches it. */
    static void discard(Path directory) {
        try {
            Files.deleteIfExists(directory.resolve(FILE));
        } catch (IOException e) {
            // A stale snapshot no longer matches the database file and is ignored anyway.
        }
    }

    /**
     * The overview of {@code from}..{@code to} if a snapshot that covers that range, made by this
     * version for the database file as it is now, exists; otherwise empty.
     */
    public static Optional<Map<LocalDate, DayOverview>> read(Path directory, String version, LocalDate from,
                                                             LocalDate to, int postsPerDay) {
        byte[] content;
        try {
            Path file = directory.resolve(FILE);
            if (Files.size(file) > LARGEST) {
                return Optional.empty();
            }
            content = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            LOG.log(Level.DEBUG, "month snapshot not readable", e);
            return Optional.empty();
        }
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(content))) {
            if (!MAGIC.equals(in.readUTF()) || in.readInt() != FORMAT || !version.equals(in.readUTF())
                    || !Database.LATEST_SCHEMA_VERSION.equals(in.readUTF())) {
                return Optional.empty();
            }
            String written = in.readUTF();
            if (!Optional.of(written).equals(fingerprint(directory))) {
                return Optional.empty();
            }
            if (in.readLong() > from.toEpochDay() || in.readLong() < to.toEpochDay() || in.readInt() != postsPerDay) {
                return Optional.empty();
            }
            int count = in.readInt();
            Map<LocalDate, DayOverview> days = new LinkedHashMap<>();
            for (int i = 0; i < count; i++) {
                DayOverview day = readDay(in);
                if (!day.day().isBefore(from) && !day.day().isAfter(to)) {
                    days.put(day.day(), day);
                }
            }
            if (in.read() != -1) {
                return Optional.empty();
            }
            return Optional.of(days);
        } catch (IOException | RuntimeException e) {
            // Cut short, from another program or a future format: the database answers instead.
            LOG.log(Level.DEBUG, "month snapshot ignored", e);
            return Optional.empty();
        }
    }

    /** What identifies the database file as written: empty when there is none. */
    private static Optional<String> fingerprint(Path directory) throws IOException {
        Path file = Database.databaseFile(directory);
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        }
        StringBuilder fingerprint = new StringBuilder()
                .append(attributes.size()).append('|')
                .append(attributes.lastModifiedTime().toInstant()).append('|')
                .append(attributes.fileKey());
        try {
            fingerprint.append('|').append(Files.getAttribute(file, "unix:ctime"));
        } catch (UnsupportedOperationException | IllegalArgumentException e) {
            // Windows keeps no change time; size, time and file remain.
        }
        return Optional.of(fingerprint.toString());
    }

    private static void writeDay(DataOutputStream out, DayOverview day) throws IOException {
        out.writeLong(day.day().toEpochDay());
        out.writeInt(day.total());
        out.writeInt(day.firstPosts().size());
        for (PostSummary post : day.firstPosts()) {
            out.writeLong(post.id().value());
            out.writeUTF(post.title());
            out.writeUTF(post.snippet());
            out.writeBoolean(post.schedule() != null);
            if (post.schedule() != null) {
                out.writeLong(post.schedule().at().getEpochSecond());
                out.writeInt(post.schedule().at().getNano());
                out.writeUTF(post.schedule().zone().getId());
            }
            out.writeUTF(post.status().name());
            out.writeInt(post.channels().size());
            for (ChannelKind channel : post.channels()) {
                out.writeUTF(channel.name());
            }
            out.writeInt(post.tags().size());
            for (String tag : post.tags()) {
                out.writeUTF(tag);
            }
            out.writeBoolean(post.firstImage() != null);
            if (post.firstImage() != null) {
                out.writeUTF(post.firstImage());
            }
        }
    }

    private static DayOverview readDay(DataInputStream in) throws IOException {
        LocalDate day = LocalDate.ofEpochDay(in.readLong());
        int total = in.readInt();
        int shown = in.readInt();
        List<PostSummary> posts = new ArrayList<>(shown);
        for (int i = 0; i < shown; i++) {
            PostId id = new PostId(in.readLong());
            String title = in.readUTF();
            String snippet = in.readUTF();
            Schedule schedule = in.readBoolean()
                    ? new Schedule(Instant.ofEpochSecond(in.readLong(), in.readInt()), ZoneId.of(in.readUTF()))
                    : null;
            PostStatus status = PostStatus.valueOf(in.readUTF());
            int channelCount = in.readInt();
            Set<ChannelKind> channels = EnumSet.noneOf(ChannelKind.class);
            for (int c = 0; c < channelCount; c++) {
                channels.add(ChannelKind.valueOf(in.readUTF()));
            }
            int tagCount = in.readInt();
            List<String> tags = new ArrayList<>(tagCount);
            for (int t = 0; t < tagCount; t++) {
                tags.add(in.readUTF());
            }
            String firstImage = in.readBoolean() ? in.readUTF() : null;
            posts.add(new PostSummary(id, title, snippet, schedule, status, channels, tags, firstImage));
        }
        return new DayOverview(day, posts, total);
    }
}
