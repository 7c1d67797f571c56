package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.exchange.PlanChanges;
import app.herold.domain.exchange.PlanData;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Confirmation;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An import is written whole or not at all, keeps the file's numbers, and new rows are numbered after them. */
class JdbcPlanTransferTest {

    private static final Instant NOW = Instant.parse("2026-12-08T10:30:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private PlanTransfer transfer;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        transfer = database.transfer();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void anImportKeepsTheFilesNumbersAndTimesAndWhatIsSavedNextIsNumberedAfterThem() {
        Post imported = numbered(500);
        ChannelAccount account = new ChannelAccount(new AccountId(40), "Stadt Meerane – Telegram", ChannelKind.TELEGRAM, "",
                "", "@meerane");
        Election election = new Election(30, ElectionType.KOMMUNE, LocalDate.of(2029, 6, 10), null, "Stadtratswahl",
                List.of(), List.of(), false);

        transfer.apply(changes(false, List.of(imported), List.of(account), List.of(election), List.of(), List.of()));

        assertThat(database.posts().find(PostId.of(500))).contains(imported);
        assertThat(database.posts().save(JdbcPostStoreTest.councilMeeting()).id()).isEqualTo(PostId.of(501));
        assertThat(database.accounts().save(new ChannelAccount(null, "Zweites", ChannelKind.BLUESKY, "", "", "")).id())
                .isEqualTo(new AccountId(41));
        assertThat(database.elections().save(election.withId(0)).id()).isEqualTo(31);
    }

    @Test
    void anImportThatFailsHalfWayLeavesThePlanAsItWas() {
        Post kept = database.posts().save(JdbcPostStoreTest.councilMeeting());
        PlanData before = transfer.read();
        Delivery ofAMissingPost = new Delivery(0, PostId.of(999), ChannelKind.TELEGRAM, null, "", Delivery.Method.MANUAL,
                NOW, "", NOW);

        assertThatThrownBy(() -> transfer.apply(changes(true, List.of(numbered(500)), List.of(), List.of(),
                List.of(ofAMissingPost), List.of()))).isInstanceOf(UserFacingException.class);

        assertThat(transfer.read()).isEqualTo(before);
        assertThat(database.posts().find(kept.id())).contains(kept);
    }

    @Test
    void auditEntriesThatNoLongerContinueTheLogRefuseTheWholeImport() {
        AuditEntry first = AuditChain.next(null, confirmation("Erste"));
        database.audit().append(confirmation("Inzwischen bestätigt"));

        assertThatThrownBy(() -> transfer.apply(changes(false, List.of(numbered(500)), List.of(), List.of(), List.of(),
                List.of(first)))).isInstanceOfSatisfying(UserFacingException.class,
                        refused -> assertThat(refused.messageKey()).isEqualTo("jsonImport.error.auditMoved"));

        assertThat(database.posts().find(PostId.of(500))).isEmpty();
        assertThat(database.audit().entries()).hasSize(1);
    }

    @Test
    void entriesThatContinueTheLogAreAppendedAsTheyAreAndTheChainHolds() {
        AuditEntry first = database.audit().append(confirmation("Erste"));
        AuditEntry second = AuditChain.next(first, confirmation("Zweite"));

        transfer.apply(changes(false, List.of(), List.of(), List.of(), List.of(), List.of(second)));

        assertThat(database.audit().entries()).containsExactly(first, second);
        assertThat(database.audit().verify().intact()).isTrue();
    }

    @Test
    void theLandIsSetOnceThePlanIsWritten() {
        transfer.apply(new PlanChanges(false, List.of(), List.of(), List.of(), List.of(), null, List.of(), List.of(),
                List.of(), List.of(), "TH"));

        assertThat(database.preferences().load().state()).isEqualTo("TH");
        assertThat(transfer.read().state()).isEqualTo("TH");
    }

    private static PlanChanges changes(boolean replace, List<Post> posts, List<ChannelAccount> accounts,
                                       List<Election> elections, List<Delivery> deliveries, List<AuditEntry> audit) {
        return new PlanChanges(replace, accounts, List.of(), elections, List.of(), null, posts, List.of(), deliveries, audit,
                null);
    }

    private static Post numbered(long id) {
        Instant created = Instant.parse("2025-01-02T03:04:05.123456Z");
        return JdbcPostStoreTest.councilMeeting().withId(PostId.of(id)).withTimestamps(created, created.plusSeconds(60));
    }

    private static Confirmation confirmation(String reason) {
        return new Confirmation(NOW, "Stadtratswahl", List.of("neutrality.party"), PostId.of(1), "cd".repeat(32), reason);
    }
}
