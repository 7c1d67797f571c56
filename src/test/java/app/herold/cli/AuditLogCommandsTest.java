package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.PostId;
import app.herold.domain.rules.Confirmation;
import app.herold.storage.Database;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** audit-log export and verify as the town's scripts and the legal office call them. */
@ExtendWith(GermanLocale.class)
class AuditLogCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2029-07-01T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void verifyOfAnIntactLogPrintsOneLineAndExits0() {
        confirm(12);

        CommandRun verify = run("--data-dir", dataDir.toString(), "audit-log", "verify");

        assertThat(verify.exit()).isZero();
        assertThat(verify.out()).isEqualTo("Prüfprotokoll unversehrt: 12 Einträge." + System.lineSeparator());
        assertThat(verify.err()).isEmpty();
    }

    @Test
    void verifySpeaksEnglishToo() {
        Locale.setDefault(Locale.UK);
        confirm(1);

        assertThat(run("--data-dir", dataDir.toString(), "audit-log", "verify").out().strip())
                .isEqualTo("Audit log intact: 1 entry.");
    }

    @Test
    void verifyOfAnAlteredLogNamesTheEntryOnStandardErrorAndExits1() throws SQLException {
        confirm(3);
        try (Connection connection = DriverManager.getConnection("jdbc:h2:file:" + dataDir.resolve("herold")
                .toAbsolutePath(), "herold", ""); Statement sql = connection.createStatement()) {
            sql.execute("DROP TRIGGER audit_log_append_only");
            sql.executeUpdate("UPDATE audit_log SET reason = 'nachträglich geändert' WHERE sequence = 2");
        }

        CommandRun verify = run("--data-dir", dataDir.toString(), "audit-log", "verify");

        assertThat(verify.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(verify.out()).isEmpty();
        assertThat(verify.err().lines().toList()).singleElement().asString()
                .startsWith("Das Prüfprotokoll wurde verändert: Eintrag 2 ").doesNotContain("Exception");
    }

    @Test
    void exportWritesCsvOrAPrintableSheetByTheExtensionAndPrintsThePath() throws IOException {
        confirm(2);
        Path csv = temp.resolve("pruefprotokoll.csv");
        Path html = temp.resolve("pruefprotokoll.HTML");

        CommandRun csvExport = run("--data-dir", dataDir.toString(), "audit-log", "export", "--out", csv.toString());
        CommandRun htmlExport = run("--data-dir", dataDir.toString(), "audit-log", "export", "--out", html.toString());

        assertThat(csvExport.exit()).isZero();
        assertThat(csvExport.out().strip()).isEqualTo(csv.toAbsolutePath().toString());
        assertThat(Files.readString(csv, StandardCharsets.UTF_8)).startsWith("\uFEFFNr.;Zeitpunkt;")
                .contains("Bestätigung 2").contains("+02:00");
        assertThat(htmlExport.exit()).isZero();
        assertThat(htmlExport.out().strip()).isEqualTo(html.toAbsolutePath().toString());
        assertThat(Files.readString(html, StandardCharsets.UTF_8)).contains("Prüfprotokoll Neutralität",
                "Kette unversehrt (2 Einträge)", "Erstellt am 01.07.2029 um 12:00 Uhr", "Bestätigung 2");
    }

    @Test
    void exportToAnotherFormatIsRefusedBeforeTheDataDirectoryIsTouched() {
        CommandRun export = run("--data-dir", dataDir.toString(), "audit-log", "export", "--out",
                temp.resolve("protokoll.pdf").toString());

        assertThat(export.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(export.err()).contains("protokoll.pdf").contains(".csv").doesNotContain("Exception");
        assertThat(dataDir).doesNotExist();
    }

    @Test
    void verifyOfAMistypedDataDirectoryDoesNotCreateOne() {
        CommandRun verify = run("--data-dir", dataDir.toString(), "audit-log", "verify");

        assertThat(verify.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(dataDir).doesNotExist();
    }

    private void confirm(int count) {
        try (Database database = Database.open(dataDir, CLOCK)) {
            for (int index = 1; index <= count; index++) {
                database.audit().append(new Confirmation(CLOCK.instant(), "Bürgermeisterwahl Meerane 2029",
                        List.of("neutrality.candidate"), PostId.of(index), "d".repeat(64), "Bestätigung " + index));
            }
        }
    }

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }
}
