package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The month kept beside the database at close: the next start shows it before H2 opens, so it must
 * be exactly what the database holds, and must never be used once the database file changed.
 */
class MonthSnapshotTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate FIRST = LocalDate.of(2026, 10, 26);
    private static final LocalDate LAST = LocalDate.of(2026, 12, 6);
    /** The month grid of November 2026: {@link #FIRST} to {@link #LAST}. */
    private static final app.herold.domain.post.MonthGrid NOVEMBER =
            app.herold.domain.post.MonthGrid.containing(LocalDate.of(2026, 11, 28));
    private static final int CARDS = 3;
    private static final String KEY = "1.0-test Europe/Berlin";

    @TempDir
    Path dataDirectory;

    private Map<LocalDate, DayOverview> shownByTheDatabase;

    @BeforeEach
    void planAMonthAndCloseKeepingIt() {
        Database database = Database.open(dataDirectory, CLOCK);
        LocalDate council = LocalDate.of(2026, 12, 1);
        for (String title : List.of("Stadtratssitzung", "Sperrung Lindenstraße", "Müllabfuhr verschoben",
                "Bürgerbüro geschlossen", "Weihnachtsmarkt")) {
            database.posts().save(post(title, council, PostStatus.READY, Set.of(ChannelKind.FACEBOOK,
                    ChannelKind.MASTODON), List.of("rathaus", "verkehr")));
        }
        database.posts().save(post("", LocalDate.of(2026, 11, 28), PostStatus.DRAFT, Set.of(), List.of()));
        database.posts().save(post("Laternenumzug", LocalDate.of(2026, 10, 26), PostStatus.PUBLISHED,
                Set.of(ChannelKind.WHATSAPP), List.of("kita")));
        shownByTheDatabase = database.posts().overview(FIRST, LAST, CARDS);
        database.closeKeepingMonth(KEY, NOVEMBER, CARDS, false);
    }

    @Test
    void theMonthKeptAtCloseIsTheMonthTheDatabaseShows() {
        Optional<Map<LocalDate, DayOverview>> kept = MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS);

        assertThat(kept).as("snapshot").isPresent();
        assertThat(kept.get()).isEqualTo(shownByTheDatabase);
        assertThat(kept.get().get(LocalDate.of(2026, 12, 1)).total()).as("posts on the council day").isEqualTo(5);
        assertThat(kept.get().get(LocalDate.of(2026, 12, 1)).firstPosts()).hasSize(CARDS);
    }

    @Test
    void aCommandThatCompactsTheFileKeepsTheMonthOfTheRewrittenFile() throws Exception {
        Database command = Database.open(dataDirectory, CLOCK);
        for (int i = 0; i < 200; i++) {
            command.posts().save(post("Meldung " + i, LocalDate.of(2026, 12, 2), PostStatus.DRAFT, Set.of(), List.of()));
        }
        Map<LocalDate, DayOverview> shown = command.posts().overview(FIRST, LAST, CARDS);
        command.closeKeepingMonth(KEY, NOVEMBER, CARDS, true);

        Optional<Map<LocalDate, DayOverview>> kept = MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS);
        assertThat(kept).as("snapshot of the compacted file").isPresent();
        assertThat(kept.get()).isEqualTo(shown);
        assertThat(kept.get().get(LocalDate.of(2026, 12, 2)).total()).isEqualTo(200);
        try (Database reopened = Database.open(dataDirectory, CLOCK)) {
            assertThat(reopened.posts().count()).as("the plan after compaction").isEqualTo(207);
        }
    }

    @Test
    void aPostSavedAfterwardsByAnyoneMakesTheSnapshotUnusable() {
        // As `herold add` does between two starts of the window.
        try (Database command = Database.open(dataDirectory, CLOCK)) {
            command.posts().save(post("Neu vom Rathaus-Skript", LocalDate.of(2026, 12, 2), PostStatus.DRAFT,
                    Set.of(), List.of()));
        }

        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).isEmpty();
    }

    @Test
    void aCopyOfTheSameDatabasePutInItsPlaceIsNotTrusted() throws IOException {
        // A restore or a copy from another computer: same bytes, but not the file the month was read from.
        Path database = Database.databaseFile(dataDirectory);
        Path copy = dataDirectory.resolve("kopie.mv.db");
        Files.copy(database, copy);
        Files.move(copy, database, StandardCopyOption.REPLACE_EXISTING);

        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).isEmpty();
    }

    @Test
    void theFirstStartInTheNextMonthFindsThatMonthKeptToo() {
        // Closed on the last Saturday of November, opened again on a December morning.
        Map<LocalDate, DayOverview> december;
        try (Database window = Database.open(dataDirectory, CLOCK)) {
            window.posts().save(post("Weihnachtsmarkt: letzter Tag", LocalDate.of(2026, 12, 20), PostStatus.READY,
                    Set.of(ChannelKind.INSTAGRAM), List.of("markt")));
            window.posts().save(post("Silvester: Hinweise der Feuerwehr", LocalDate.of(2027, 1, 10),
                    PostStatus.DRAFT, Set.of(ChannelKind.TELEGRAM), List.of()));
            december = window.posts().overview(NOVEMBER.next().first(), NOVEMBER.next().last(), CARDS);
            window.closeKeepingMonth(KEY, NOVEMBER, CARDS, false);
        }

        Optional<Map<LocalDate, DayOverview>> kept = MonthSnapshot.read(dataDirectory, KEY, NOVEMBER.next().first(),
                NOVEMBER.next().last(), CARDS);

        assertThat(kept).as("December's page kept at November's close").isPresent();
        assertThat(kept.get()).isEqualTo(december);
        assertThat(kept.get().get(LocalDate.of(2026, 12, 20)).total()).isEqualTo(1);
        assertThat(kept.get().get(LocalDate.of(2027, 1, 10)).total()).as("the page's last day").isEqualTo(1);
        assertThat(kept.get().keySet()).as("only the days of December's page")
                .allMatch(day -> !day.isBefore(NOVEMBER.next().first()) && !day.isAfter(NOVEMBER.next().last()));
    }

    @Test
    void anotherMonthAnotherVersionOrAnotherZoneFindsNothing() {
        app.herold.domain.post.MonthGrid january = NOVEMBER.next().next();
        assertThat(MonthSnapshot.read(dataDirectory, KEY, january.first(), january.last(), CARDS))
                .as("two months on").isEmpty();
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST.minusWeeks(1), LAST, CARDS)).as("before it").isEmpty();
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS + 1)).isEmpty();
        assertThat(MonthSnapshot.read(dataDirectory, "1.1 Europe/Berlin", FIRST, LAST, CARDS)).isEmpty();
        assertThat(MonthSnapshot.read(dataDirectory, "1.0-test America/New_York", FIRST, LAST, CARDS)).isEmpty();
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).as("the right one still").isPresent();
    }

    @Test
    void aDamagedOrForeignSnapshotIsIgnored() throws IOException {
        Path file = dataDirectory.resolve(MonthSnapshot.FILE);
        byte[] whole = Files.readAllBytes(file);

        Files.write(file, Arrays.copyOf(whole, whole.length / 2));
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).as("cut short").isEmpty();

        Files.writeString(file, "Dies ist keine Monatsansicht.");
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).as("another file").isEmpty();

        byte[] longer = Arrays.copyOf(whole, whole.length + 1);
        Files.write(file, longer);
        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).as("trailing bytes").isEmpty();
    }

    @Test
    void closingAgainKeepsTheMonthAsItIsThen() {
        try (Database window = Database.open(dataDirectory, CLOCK)) {
            window.posts().save(post("Neuer Termin", LocalDate.of(2026, 12, 3), PostStatus.DRAFT, Set.of(),
                    List.of()));
            window.closeKeepingMonth(KEY, NOVEMBER, CARDS, false);
        }

        Map<LocalDate, DayOverview> kept = MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS).orElseThrow();
        assertThat(kept.get(LocalDate.of(2026, 12, 3)).firstPosts()).extracting(summary -> summary.headline())
                .containsExactly("Neuer Termin");
    }

    @Test
    void withoutADatabaseFileNothingIsKept() throws IOException {
        Files.delete(Database.databaseFile(dataDirectory));

        assertThat(MonthSnapshot.read(dataDirectory, KEY, FIRST, LAST, CARDS)).isEmpty();
    }

    private static Post post(String title, LocalDate day, PostStatus status, Set<ChannelKind> channels,
                             List<String> tags) {
        return new Post(null, title, "Liebe Meeranerinnen und Meeraner,\nheute gilt: " + title, Schedule.of(day,
                LocalTime.of(9, 0), BERLIN), status, channels, tags, "", List.of(), null, null);
    }
}
