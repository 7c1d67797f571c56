package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.PostId;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcDeliveryLogTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private DeliveryLog log;
    private PostId post;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        log = database.deliveries();
        post = database.posts().save(JdbcPostStoreTest.councilMeeting()).id();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRecordedDeliveryGetsAnIdAndTheTimeItWasRecordedAndSurvivesReopening() {
        Delivery recorded = log.record(new Delivery(0, post, ChannelKind.FACEBOOK, null, "", Delivery.Method.API,
                Instant.parse("2026-12-08T08:00:00Z"), " https://facebook.com/meerane/posts/1 ", null));
        database.close();

        database = Database.open(dataDirectory, CLOCK);

        assertThat(recorded.id()).isPositive();
        assertThat(recorded.recordedAt()).isEqualTo(NOW);
        assertThat(database.deliveries().deliveriesOf(post)).containsExactly(recorded);
        assertThat(recorded.link()).isEqualTo("https://facebook.com/meerane/posts/1");
        assertThat(recorded.method()).isEqualTo(Delivery.Method.API);
    }

    @Test
    void aPostsDeliveriesAreListedOldestFirstWhateverOrderTheyWereRecordedIn() {
        log.record(manual(post, ChannelKind.TELEGRAM, null, "", "2026-12-08T09:00:00Z"));
        log.record(manual(post, ChannelKind.WHATSAPP, null, "", "2026-12-08T08:00:00Z"));
        log.record(manual(post, ChannelKind.FACEBOOK, null, "", "2026-12-08T08:30:00Z"));
        PostId other = database.posts().save(JdbcPostStoreTest.councilMeeting()).id();
        log.record(manual(other, ChannelKind.BLUESKY, null, "", "2026-12-08T07:00:00Z"));

        assertThat(log.deliveriesOf(post)).extracting(Delivery::channel)
                .containsExactly(ChannelKind.WHATSAPP, ChannelKind.FACEBOOK, ChannelKind.TELEGRAM);
        assertThat(log.deliveriesOf(other)).extracting(Delivery::channel).containsExactly(ChannelKind.BLUESKY);
    }

    @Test
    void aDeliveryKeepsItsAccountsNameWhenTheAccountIsRemoved() {
        AccountId account = database.accounts().save(
                new ChannelAccount(null, "Stadt Meerane – WhatsApp-Kanal", ChannelKind.WHATSAPP, "", "", "")).id();
        log.record(manual(post, ChannelKind.WHATSAPP, account, "Stadt Meerane – WhatsApp-Kanal", "2026-12-08T08:00:00Z"));
        assertThat(log.deliveriesOf(post)).extracting(Delivery::account).containsExactly(account);

        database.accounts().remove(account);

        List<Delivery> deliveries = log.deliveriesOf(post);
        assertThat(deliveries).extracting(Delivery::account).containsOnlyNulls().hasSize(1);
        assertThat(deliveries).extracting(Delivery::accountName).containsExactly("Stadt Meerane – WhatsApp-Kanal");
    }

    @Test
    void aDeliveryRecordedWithoutTheAccountsNameTakesItFromTheAccount() {
        AccountId account = database.accounts().save(
                new ChannelAccount(null, "Stadt Meerane – Telegram", ChannelKind.TELEGRAM, "", "", "")).id();

        Delivery recorded = log.record(manual(post, ChannelKind.TELEGRAM, account, "", "2026-12-08T08:00:00Z"));

        assertThat(recorded.accountName()).isEqualTo("Stadt Meerane – Telegram");
        assertThat(log.deliveriesOf(post)).extracting(Delivery::accountName).containsExactly("Stadt Meerane – Telegram");
    }

    @Test
    void recordingADeliveryOfAPostThatWasDeletedMeanwhileSaysSo() {
        database.posts().delete(post);

        assertThatThrownBy(() -> log.record(manual(post, ChannelKind.FACEBOOK, null, "", "2026-12-08T08:00:00Z")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("error.postNotFound"));
    }

    private static Delivery manual(PostId post, ChannelKind channel, AccountId account, String accountName, String at) {
        return new Delivery(0, post, channel, account, accountName, Delivery.Method.MANUAL, Instant.parse(at), "", null);
    }
}
