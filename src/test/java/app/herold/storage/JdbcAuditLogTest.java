package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog;
import app.herold.domain.rules.AuditLog.Verification;
import app.herold.domain.rules.Confirmation;
import app.herold.domain.rules.PostFingerprint;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JdbcAuditLogTest {

    private static final Instant NOW = Instant.parse("2029-05-20T08:00:00Z");
    private static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Berlin"));

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

    static Confirmation confirmation(long post, String reason) {
        return new Confirmation(NOW.plusNanos(123_456_789), "Bürgermeisterwahl Meerane 2029",
                List.of("neutrality.candidate", "neutrality.record"), PostId.of(post), "b".repeat(64), reason);
    }

    private List<AuditEntry> appendThree() {
        AuditLog log = database.audit();
        return List.of(log.append(confirmation(7, "Amtliche Eröffnung durch den Bürgermeister")),
                log.append(confirmation(8, "Pflichtbekanntmachung; Wortlaut \"vorgeschrieben\"\nzweite Zeile")),
                log.append(confirmation(9, "Termin der Briefwahl")));
    }

    @Test
    void threeAppendedEntriesAreChainedReadBackAfterReopeningAndVerifyIntact() {
        List<AuditEntry> appended = appendThree();
        database.close();

        database = Database.open(dataDirectory, CLOCK);

        assertThat(database.audit().entries()).containsExactlyElementsOf(appended);
        assertThat(appended).extracting(AuditEntry::sequence).containsExactly(1L, 2L, 3L);
        assertThat(appended.get(0).recordedAt()).isEqualTo(NOW.plusNanos(123_456_000));
        assertThat(appended.get(1).previousHash()).isEqualTo(appended.get(0).hash());
        assertThat(database.audit().verify()).isEqualTo(Verification.intact(3));
    }

    @Test
    void anEmptyLogVerifiesIntact() {
        assertThat(database.audit().entries()).isEmpty();
        assertThat(database.audit().verify()).isEqualTo(Verification.intact(0));
    }

    @Test
    void anEntryOutlivesThePostItConfirmed() {
        PostId post = database.posts().save(JdbcPostStoreTest.councilMeeting()).id();
        String fingerprint = PostFingerprint.sha256(database.posts().find(post).orElseThrow());
        database.audit().append(new Confirmation(NOW, "Kreistagswahl", List.of("neutrality.party"), post, fingerprint,
                "Bericht aus der Ratssitzung"));

        database.posts().delete(post);

        assertThat(database.audit().entries()).singleElement().extracting(AuditEntry::post, AuditEntry::contentHash)
                .containsExactly(post, fingerprint);
        assertThat(database.audit().verify().intact()).isTrue();
    }

    @Test
    void theDatabaseRefusesToChangeOrRemoveAnEntry() throws SQLException {
        appendThree();
        database.close();

        try (Connection connection = plainConnection(); Statement sql = connection.createStatement()) {
            assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_log SET reason = 'anders' WHERE sequence = 2"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_log WHERE sequence = 3"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("append-only");
            assertThatThrownBy(() -> sql.executeUpdate("MERGE INTO audit_log (sequence, reason) KEY (sequence)"
                    + " VALUES (1, 'anders')")).isInstanceOf(SQLException.class);
            // TRUNCATE fires no trigger in H2; the entries' reference to the one before stops it.
            assertThatThrownBy(() -> sql.executeUpdate("TRUNCATE TABLE audit_log")).isInstanceOf(SQLException.class);
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().entries()).hasSize(3)
                .extracting(AuditEntry::reason).contains("Termin der Briefwahl");
        assertThat(database.audit().verify()).isEqualTo(Verification.intact(3));
    }

    @Test
    void theFileOpenedWithH2AloneStillRefusesChanges() throws Exception {
        appendThree();
        database.close();
        URL h2Jar = org.h2.Driver.class.getProtectionDomain().getCodeSource().getLocation();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        // As the H2 console or another tool would open it: H2's jar without Herold's classes.
        try (URLClassLoader h2Only = new URLClassLoader(new URL[] {h2Jar}, ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(h2Only);
            Driver driver = (Driver) h2Only.loadClass("org.h2.Driver").getDeclaredConstructor().newInstance();
            Properties user = new Properties();
            user.setProperty("user", "herold");
            user.setProperty("password", "");
            try (Connection connection = driver.connect(Database.jdbcUrl(dataDirectory), user);
                 Statement sql = connection.createStatement()) {
                assertThatThrownBy(() -> sql.executeUpdate("UPDATE audit_log SET reason = 'anders'"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("AuditLogGuard");
                assertThatThrownBy(() -> sql.executeUpdate("DELETE FROM audit_log"))
                        .isInstanceOf(SQLException.class).hasMessageContaining("AuditLogGuard");
            }
        } finally {
            thread.setContextClassLoader(previous);
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().verify()).isEqualTo(Verification.intact(3));
    }

    @Test
    void aReasonChangedByAnAttackerWhoDroppedTheTriggerIsFoundAtItsEntry() throws SQLException {
        appendThree();
        database.close();

        try (Connection connection = plainConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_append_only");
            sql.executeUpdate("UPDATE audit_log SET reason = 'Wahlwerbung' WHERE sequence = 2");
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().verify()).isEqualTo(Verification.brokenAt(3, 2));
    }

    @Test
    void aChangeWhoseHashWasRecomputedIsFoundAtTheNextEntry() throws SQLException {
        List<AuditEntry> appended = appendThree();
        database.close();
        AuditEntry second = appended.get(1);
        AuditEntry forged = new AuditEntry(2, second.recordedAt(), second.election(), second.rules(), second.post(),
                second.contentHash(), "Wahlwerbung", second.previousHash(), "");
        String forgedHash = app.herold.domain.rules.AuditChain.hashOf(forged);

        try (Connection connection = plainConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_append_only");
            sql.executeUpdate("UPDATE audit_log SET reason = 'Wahlwerbung', hash = '" + forgedHash + "' WHERE sequence = 2");
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().verify()).isEqualTo(Verification.brokenAt(3, 3));
    }

    @Test
    void aRemovedEntryIsFoundAtTheOneAfterIt() throws SQLException {
        appendThree();
        database.close();

        try (Connection connection = plainConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_append_only");
            sql.execute("SET REFERENTIAL_INTEGRITY FALSE");
            sql.executeUpdate("DELETE FROM audit_log WHERE sequence = 2");
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().verify()).isEqualTo(Verification.brokenAt(2, 3));
    }

    @Test
    void anEntryChangedBeyondReadingIsFoundAndNamedWhenListed() throws SQLException {
        appendThree();
        database.close();

        try (Connection connection = plainConnection(); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_append_only");
            sql.executeUpdate("UPDATE audit_log SET post_id = 0 WHERE sequence = 2");
        }

        database = Database.open(dataDirectory, CLOCK);
        assertThat(database.audit().verify()).isEqualTo(Verification.brokenAt(3, 2));
        assertThatThrownBy(() -> database.audit().entries()).isInstanceOf(UserFacingException.class)
                .extracting(problem -> ((UserFacingException) problem).messageKey()).isEqualTo("error.audit.unreadable");
    }

    @Test
    void appendsFromSeveralThreadsFormOneChain() throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<AuditEntry>> appended = new ArrayList<>();
            for (int index = 0; index < 40; index++) {
                String reason = "Grund " + index;
                appended.add(threads.submit(() -> database.audit().append(confirmation(7, reason))));
            }
            for (Future<AuditEntry> entry : appended) {
                entry.get();
            }
        } finally {
            threads.shutdown();
        }

        assertThat(database.audit().verify()).isEqualTo(Verification.intact(40));
    }

    /** A second, plain H2 connection to the file, as anyone with the file and the H2 jar could open. */
    private Connection plainConnection() throws SQLException {
        return DriverManager.getConnection(Database.jdbcUrl(dataDirectory), "herold", "");
    }
}
