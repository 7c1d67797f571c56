package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcChannelAccountStoreTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private ChannelAccountStore accounts;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        accounts = database.accounts();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aSavedAccountComesBackWithEverythingTheOfficerEnteredAfterReopening() {
        ChannelAccount saved = accounts.save(new ChannelAccount(null, " Stadt Meerane auf Mastodon ", ChannelKind.MASTODON,
                "", "https://sachsen.social", "@meerane"));
        database.close();

        database = Database.open(dataDirectory, CLOCK);

        assertThat(saved.id()).isNotNull();
        assertThat(database.accounts().find(saved.id())).contains(
                new ChannelAccount(saved.id(), "Stadt Meerane auf Mastodon", ChannelKind.MASTODON, "",
                        "https://sachsen.social", "@meerane"));
    }

    @Test
    void anAccountIsFoundByItsNameWhateverTheCase() {
        ChannelAccount saved = accounts.save(whatsapp("Stadt Meerane – WhatsApp-Kanal"));

        assertThat(accounts.findByName("stadt meerane – whatsapp-kanal")).contains(saved);
        assertThat(accounts.findByName("Stadt Meerane – Telegram")).isEmpty();
    }

    @Test
    void aSecondAccountWhoseNameDiffersOnlyInCaseIsRefused() {
        accounts.save(whatsapp("Stadt Meerane"));

        assertThatThrownBy(() -> accounts.save(new ChannelAccount(null, "STADT MEERANE", ChannelKind.TELEGRAM, "", "", "")))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.account.nameTaken");
                    assertThat(e.arguments()).containsExactly("STADT MEERANE");
                });
        assertThat(accounts.accounts()).extracting(ChannelAccount::name).containsExactly("Stadt Meerane");
    }

    @Test
    void renamingAnAccountToAnotherAccountsNameIsRefusedAndKeepsTheOldName() {
        accounts.save(whatsapp("Stadt Meerane"));
        ChannelAccount other = accounts.save(whatsapp("Bürgerbüro"));

        assertThatThrownBy(() -> accounts.save(new ChannelAccount(other.id(), "stadt meerane", ChannelKind.WHATSAPP,
                "", "", "")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.nameTaken"));
        assertThat(accounts.find(other.id()).orElseThrow().name()).isEqualTo("Bürgerbüro");
    }

    @Test
    void anAccountMayChangeTheCaseOfItsOwnName() {
        ChannelAccount saved = accounts.save(whatsapp("stadt meerane"));

        accounts.save(new ChannelAccount(saved.id(), "Stadt Meerane", ChannelKind.WHATSAPP, "https://whatsapp.com/channel/x",
                "", ""));

        assertThat(accounts.find(saved.id()).orElseThrow())
                .extracting(ChannelAccount::name, ChannelAccount::link)
                .containsExactly("Stadt Meerane", "https://whatsapp.com/channel/x");
    }

    @Test
    void savingAnAccountThatWasRemovedMeanwhileSaysSo() {
        ChannelAccount saved = accounts.save(whatsapp("Stadt Meerane"));
        accounts.remove(saved.id());

        assertThatThrownBy(() -> accounts.save(saved))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.account.notFound"));
    }

    @Test
    void accountsAreListedByChannelInTheUsualOrderThenByNameAsPeopleSortIt() {
        accounts.save(new ChannelAccount(null, "Stadt Meerane", ChannelKind.TELEGRAM, "", "", ""));
        accounts.save(whatsapp("Bürgerbüro"));
        accounts.save(new ChannelAccount(null, "amtsblatt", ChannelKind.MASTODON, "", "", ""));
        accounts.save(whatsapp("Ämter"));
        accounts.save(whatsapp("Zoo"));

        assertThat(accounts.accounts()).extracting(ChannelAccount::kind, ChannelAccount::name).containsExactly(
                tuple(ChannelKind.WHATSAPP, "Ämter"),
                tuple(ChannelKind.WHATSAPP, "Bürgerbüro"),
                tuple(ChannelKind.WHATSAPP, "Zoo"),
                tuple(ChannelKind.MASTODON, "amtsblatt"),
                tuple(ChannelKind.TELEGRAM, "Stadt Meerane"));
    }

    @Test
    void removingAnAccountTakesItOutOfEveryPostAndCountsThem() {
        AccountId removed = accounts.save(whatsapp("Alter Kanal")).id();
        AccountId kept = accounts.save(whatsapp("Stadt Meerane")).id();
        Post both = database.posts().save(JdbcPostStoreTest.councilMeeting().withAccounts(List.of(removed, kept)));
        Post onlyRemoved = database.posts().save(JdbcPostStoreTest.councilMeeting().withAccounts(List.of(removed)));
        Post onlyKept = database.posts().save(JdbcPostStoreTest.councilMeeting().withAccounts(List.of(kept)));

        int targeted = accounts.remove(removed);

        assertThat(targeted).isEqualTo(2);
        assertThat(accounts.find(removed)).isEmpty();
        assertThat(database.posts().find(both.id()).orElseThrow().accounts()).containsExactly(kept);
        assertThat(database.posts().find(onlyKept.id()).orElseThrow().accounts()).containsExactly(kept);
        Post lost = database.posts().find(onlyRemoved.id()).orElseThrow();
        assertThat(lost.accounts()).isEmpty();
        assertThat(lost.channels()).as("the channel stays a target").isEqualTo(onlyRemoved.channels()).isNotEmpty();
    }

    @Test
    void removingAnAccountNoPostTargetsCountsNoneAndRemovingItAgainFindsNothing() {
        AccountId id = accounts.save(whatsapp("Stadt Meerane")).id();

        assertThat(accounts.remove(id)).isZero();
        assertThat(accounts.remove(id)).isEqualTo(-1);
        assertThat(accounts.accounts()).isEmpty();
    }

    private static ChannelAccount whatsapp(String name) {
        return new ChannelAccount(null, name, ChannelKind.WHATSAPP, "", "", "");
    }
}
