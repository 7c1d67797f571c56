package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.DayOverview;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcPostStoreTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);

    @TempDir
    Path dataDirectory;

    private Database database;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewDataDirectoryGetsTheWholeSchemaAndNoPosts() {
        assertThat(database.wasCreated()).isTrue();
        assertThat(database.posts().count()).isZero();
        assertThat(Database.databaseFile(dataDirectory)).exists();
    }

    @Test
    void reopeningADataDirectoryKeepsItsPostsAndIsNotCalledNew() {
        Post saved = database.posts().save(councilMeeting());
        database.close();

        database = Database.open(dataDirectory, CLOCK);

        assertThat(database.wasCreated()).isFalse();
        assertThat(database.posts().find(saved.id())).contains(saved);
    }

    @Test
    void aSavedPostComesBackWithEverythingTheUserEntered() {
        Post saved = database.posts().save(councilMeeting());

        Post loaded = database.posts().find(saved.id()).orElseThrow();

        assertThat(loaded.title()).isEqualTo("Stadtratssitzung");
        assertThat(loaded.text()).startsWith("Am Dienstag tagt der Stadtrat");
        assertThat(loaded.schedule()).isEqualTo(Schedule.of(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0), BERLIN));
        assertThat(loaded.channels()).containsExactly(ChannelKind.WHATSAPP, ChannelKind.FACEBOOK);
        assertThat(loaded.tags()).containsExactly("Stadtrat", "Rathaus");
        assertThat(loaded.images()).containsExactly(new PostImage("abc.jpg", "Der Ratssaal"), new PostImage("def.png", ""));
        assertThat(loaded.notes()).isEqualTo("Tagesordnung bei Frau Lenk anfragen");
        assertThat(loaded.createdAt()).isEqualTo(CLOCK.instant());
    }

    @Test
    void updatingAPostReplacesItsTagsAndImages() {
        Post saved = database.posts().save(councilMeeting());

        database.posts().save(saved.withTags(List.of("Bürgerbüro")).withImages(List.of()).withText("Neu"));

        Post loaded = database.posts().find(saved.id()).orElseThrow();
        assertThat(loaded.tags()).containsExactly("Bürgerbüro");
        assertThat(loaded.images()).isEmpty();
        assertThat(loaded.text()).isEqualTo("Neu");
    }

    @Test
    void anIdeaHasNoScheduleAndIsListedInTheTrayNotOnTheCalendar() {
        Post idea = database.posts().save(Post.newPost(null).withTitle("Adventskalender der Vereine"));

        assertThat(database.posts().ideas()).extracting(PostSummary::id).containsExactly(idea.id());
        assertThat(database.posts().summariesBetween(LocalDate.of(2000, 1, 1), LocalDate.of(2100, 1, 1))).isEmpty();
        assertThat(database.posts().find(idea.id()).orElseThrow().isIdea()).isTrue();
    }

    @Test
    void theOverviewShowsTheFirstPostsOfADayInTimeOrderAndCountsTheRest() {
        LocalDate day = LocalDate.of(2026, 12, 8);
        for (int hour : new int[] {15, 8, 12, 18, 10}) {
            database.posts().save(Post.newPost(Schedule.of(day, LocalTime.of(hour, 0), BERLIN)).withTitle("um " + hour));
        }
        database.posts().save(Post.newPost(Schedule.of(day.plusDays(1), LocalTime.of(9, 0), BERLIN)).withTitle("morgen"));

        Map<LocalDate, DayOverview> overview = database.posts().overview(day.minusDays(1), day.plusDays(1), 3);

        assertThat(overview).hasSize(3);
        assertThat(overview.get(day.minusDays(1)).total()).isZero();
        DayOverview busy = overview.get(day);
        assertThat(busy.total()).isEqualTo(5);
        assertThat(busy.hiddenCount()).isEqualTo(2);
        assertThat(busy.firstPosts()).extracting(PostSummary::title).containsExactly("um 8", "um 10", "um 12");
        assertThat(overview.get(day.plusDays(1)).firstPosts()).extracting(PostSummary::title).containsExactly("morgen");
    }

    @Test
    void aSummaryCarriesTagsChannelsAndTheFirstImage() {
        Post saved = database.posts().save(councilMeeting());

        PostSummary summary = database.posts().summariesBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)).get(0);

        assertThat(summary).isEqualTo(PostSummary.of(saved));
    }

    @Test
    void aPostKeepsItsWallClockTimeInItsZoneWhateverTheDatabaseZone() {
        Schedule summerTime = Schedule.of(LocalDate.of(2026, 7, 1), LocalTime.of(9, 0), BERLIN);
        Post saved = database.posts().save(Post.newPost(summerTime));

        PostSummary summary = database.posts().summariesBetween(LocalDate.of(2026, 7, 1), LocalDate.of(2026, 7, 1)).get(0);

        assertThat(summary.schedule().localTime()).isEqualTo(LocalTime.of(9, 0));
        assertThat(summary.schedule().at()).isEqualTo(Instant.parse("2026-07-01T07:00:00Z"));
        assertThat(database.posts().find(saved.id()).orElseThrow().schedule()).isEqualTo(summerTime);
    }

    @Test
    void aDeletedPostCanBeReinsertedUnderItsOwnId() {
        Post saved = database.posts().save(councilMeeting());
        assertThat(database.posts().delete(saved.id())).isTrue();
        assertThat(database.posts().find(saved.id())).isEmpty();

        database.posts().reinsert(saved);

        assertThat(database.posts().find(saved.id())).contains(saved);
        Post next = database.posts().save(Post.newPost(null));
        assertThat(next.id()).isNotEqualTo(saved.id());
    }

    @Test
    void savingAPostThatWasDeletedMeanwhileSaysSoInsteadOfSilentlyDoingNothing() {
        Post saved = database.posts().save(councilMeeting());
        database.posts().delete(saved.id());

        assertThatThrownBy(() -> database.posts().save(saved.withText("noch getippt")))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.postNotFound");
    }

    @Test
    void aBatchThatFailsPartWayLeavesNoneOfItsPosts() {
        database.posts().save(councilMeeting());
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posts.add(Post.newPost(Schedule.of(LocalDate.of(2026, 12, 1 + i), LocalTime.NOON, BERLIN))
                    .withText("Import " + i).withTags(List.of("Advent")));
        }
        // The last post's tag is too long for its column: the posts are in, its tag row fails.
        posts.set(4, posts.get(4).withTags(List.of("x".repeat(201))));

        assertThatThrownBy(() -> database.posts().insertAll(posts)).isInstanceOf(RuntimeException.class);

        assertThat(database.posts().count()).isEqualTo(1);
        assertThat(database.posts().summariesBetween(LocalDate.of(2026, 12, 1), LocalDate.of(2026, 12, 31)))
                .extracting(PostSummary::title).containsExactly("Stadtratssitzung");
    }

    @Test
    void manyPostsInsertedAtOnceGetTheirOwnTagsAndImages() {
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            posts.add(Post.newPost(Schedule.of(LocalDate.of(2026, 1, 1).plusDays(i % 300), LocalTime.NOON, BERLIN))
                    .withTitle("Nr. " + i).withTags(List.of("t" + i)).withImages(List.of(new PostImage(i + ".jpg", "alt " + i))));
        }

        database.posts().insertAll(posts);

        assertThat(database.posts().count()).isEqualTo(2500);
        List<Post> all = new ArrayList<>();
        database.posts().forEach(null, null, all::add);
        assertThat(all).hasSize(2500).allSatisfy(post -> {
            String number = post.title().substring(4);
            assertThat(post.tags()).containsExactly("t" + number);
            assertThat(post.images()).containsExactly(new PostImage(number + ".jpg", "alt " + number));
        });
    }

    @Test
    void channelTextsAccountsAndPictureFocusSurviveClosingAndReopening() {
        AccountId telegram = account("Stadt Meerane – Telegram", ChannelKind.TELEGRAM);
        AccountId whatsapp = account("Stadt Meerane – WhatsApp-Kanal", ChannelKind.WHATSAPP);
        Post saved = database.posts().save(councilMeeting()
                .withVariant(ChannelKind.WHATSAPP, "Stadtrat tagt am Dienstag, 9 Uhr.")
                .withVariant(ChannelKind.FACEBOOK, "Am Dienstag tagt der Stadtrat. Kommen Sie vorbei!")
                .withAccounts(List.of(whatsapp, telegram))
                .withImages(List.of(new PostImage("abc.jpg", "Der Ratssaal").withFocus(0.2, 0.75),
                        new PostImage("plan.png", "Sitzplan").withFit(PostImage.Fit.PAD))));
        database.close();

        database = Database.open(dataDirectory, CLOCK);
        Post loaded = database.posts().find(saved.id()).orElseThrow();

        assertThat(loaded).isEqualTo(saved);
        assertThat(loaded.textFor(ChannelKind.WHATSAPP)).isEqualTo("Stadtrat tagt am Dienstag, 9 Uhr.");
        assertThat(loaded.textFor(ChannelKind.FACEBOOK)).isEqualTo("Am Dienstag tagt der Stadtrat. Kommen Sie vorbei!");
        assertThat(loaded.accounts()).containsExactly(whatsapp, telegram);
        assertThat(loaded.images().get(0)).extracting(PostImage::focusX, PostImage::focusY, PostImage::fit)
                .containsExactly(0.2, 0.75, PostImage.Fit.CROP);
        assertThat(loaded.images().get(1)).extracting(PostImage::focusX, PostImage::focusY, PostImage::fit)
                .containsExactly(0.5, 0.5, PostImage.Fit.PAD);
    }

    @Test
    void updatingAPostReplacesItsChannelTextsAndTheOrderOfItsAccounts() {
        AccountId first = account("Stadt Meerane – Instagram", ChannelKind.INSTAGRAM);
        AccountId second = account("Stadt Meerane – Facebook", ChannelKind.FACEBOOK);
        Post saved = database.posts().save(councilMeeting().withVariant(ChannelKind.WHATSAPP, "kurz")
                .withVariant(ChannelKind.FACEBOOK, "lang").withAccounts(List.of(first, second)));

        database.posts().save(saved.withVariant(ChannelKind.WHATSAPP, null).withVariant(ChannelKind.FACEBOOK, "länger")
                .withAccounts(List.of(second, first)));

        Post loaded = database.posts().find(saved.id()).orElseThrow();
        assertThat(loaded.variants()).containsExactly(Map.entry(ChannelKind.FACEBOOK, "länger"));
        assertThat(loaded.accounts()).containsExactly(second, first);
    }

    @Test
    void aDeletedPostComesBackWithItsChannelTextsAccountsAndFocus() {
        AccountId mastodon = account("Stadt Meerane auf Mastodon", ChannelKind.MASTODON);
        Post saved = database.posts().save(councilMeeting().withVariant(ChannelKind.MASTODON, "#Stadtrat tagt")
                .withAccounts(List.of(mastodon)).withImages(List.of(new PostImage("abc.jpg", "Saal").withFocus(0.9, 0.1))));
        database.posts().delete(saved.id());

        database.posts().reinsert(saved);

        assertThat(database.posts().find(saved.id())).contains(saved);
    }

    @Test
    void savingAPostThatNamesAnAccountRemovedMeanwhileStoresItWithItsOtherAccounts() {
        AccountId removed = account("Alter Kanal", ChannelKind.TELEGRAM);
        AccountId kept = account("Stadt Meerane – Telegram", ChannelKind.TELEGRAM);
        Post saved = database.posts().save(councilMeeting().withAccounts(List.of(removed, kept)));
        database.accounts().remove(removed);

        Post stored = database.posts().save(saved.withText("noch getippt, als das Konto schon weg war"));

        assertThat(stored.accounts()).containsExactly(kept);
        assertThat(database.posts().find(saved.id()).orElseThrow()).isEqualTo(stored);
    }

    @Test
    void manyPostsInsertedAtOnceGetTheirOwnChannelTextsAccountsAndFocus() {
        AccountId account = account("Stadt Meerane – Bluesky", ChannelKind.BLUESKY);
        List<Post> posts = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            Post post = Post.newPost(Schedule.of(LocalDate.of(2026, 1, 1).plusDays(i % 300), LocalTime.NOON, BERLIN))
                    .withTitle("Nr. " + i).withImages(List.of(new PostImage(i + ".jpg", "alt").withFocus(i / 2500.0, 0.25)));
            posts.add(i % 3 == 0 ? post.withVariant(ChannelKind.BLUESKY, "kurz " + i).withAccounts(List.of(account)) : post);
        }

        database.posts().insertAll(posts);

        List<Post> all = new ArrayList<>();
        database.posts().forEach(null, null, all::add);
        assertThat(all).hasSize(2500).allSatisfy(post -> {
            int number = Integer.parseInt(post.title().substring(4));
            assertThat(post.images().get(0).focusX()).isEqualTo(number / 2500.0);
            if (number % 3 == 0) {
                assertThat(post.variants()).containsExactly(Map.entry(ChannelKind.BLUESKY, "kurz " + number));
                assertThat(post.accounts()).containsExactly(account);
            } else {
                assertThat(post.variants()).isEmpty();
                assertThat(post.accounts()).isEmpty();
            }
        });
    }

    @Test
    void listingEverythingPutsIdeasLast() {
        database.posts().save(Post.newPost(null).withTitle("Idee"));
        database.posts().save(councilMeeting());

        List<String> titles = new ArrayList<>();
        database.posts().forEach(null, null, post -> titles.add(post.title()));

        assertThat(titles).containsExactly("Stadtratssitzung", "Idee");
    }

    @Test
    void aSecondOpenOfTheSameDataDirectoryIsRefusedWithAClearMessage() {
        assertThatThrownBy(() -> Database.open(dataDirectory, CLOCK))
                .isInstanceOf(UserFacingException.class)
                .extracting(e -> ((UserFacingException) e).messageKey()).isEqualTo("error.alreadyRunning");
    }

    private AccountId account(String name, ChannelKind kind) {
        return database.accounts().save(new ChannelAccount(null, name, kind, "", "", "")).id();
    }

    static Post councilMeeting() {
        return new Post(null, "Stadtratssitzung", "Am Dienstag tagt der Stadtrat im Neuen Rathaus.\nGäste willkommen.",
                Schedule.of(LocalDate.of(2026, 12, 8), LocalTime.of(9, 0), BERLIN), PostStatus.DRAFT,
                Set.of(ChannelKind.FACEBOOK, ChannelKind.WHATSAPP), List.of("Stadtrat", "#Rathaus"),
                "Tagesordnung bei Frau Lenk anfragen",
                List.of(new PostImage("abc.jpg", "Der Ratssaal"), new PostImage("def.png", null)), null, null);
    }
}
