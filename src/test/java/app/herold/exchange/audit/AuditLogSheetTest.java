package app.herold.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog.Verification;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogSheetTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2029-07-01T12:30:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path folder;

    private String sheet(List<AuditEntry> entries, Verification verification) throws IOException {
        Path file = folder.resolve("pruefprotokoll.html");
        AuditLogSheet.write(entries, verification, CLOCK, file);
        return Files.readString(file, StandardCharsets.UTF_8);
    }

    @Test
    void aPrintableA4PageWithTitleDateAndAnIntactChain() throws IOException {
        List<AuditEntry> entries = AuditLogCsvTest.entries();

        String html = sheet(entries, Verification.intact(3));

        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"de\">", "<meta charset=\"utf-8\">",
                "@page { size: A4", "<title>Prüfprotokoll Neutralität</title>", "<h1>Prüfprotokoll Neutralität</h1>",
                "Erstellt am 01.07.2029 um 14:30 Uhr", "Kette unversehrt (3 Einträge)",
                "Letzter Hash: <span class=\"hash\">" + entries.get(2).hash())
                .doesNotContain("Kette verändert", "<script src", "<link", "http");
    }

    @Test
    void typedTextIsEscapedAndLineBreaksKept() throws IOException {
        String html = sheet(AuditLogCsvTest.entries(), Verification.intact(3));

        assertThat(html).contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; Grüße")
                .contains("Bürgermeisterwahl &quot;Meerane&quot; 2029")
                .contains("Amtliche Eröffnung; keine Wahlwerbung")
                .contains("Wortlaut &quot;Ihre Stimme zählt&quot;\r\nlaut Wahlleiter")
                .contains("neutrality.candidate, neutrality.record")
                .contains("20.05.2029 10:00:00 +02:00")
                .doesNotContain("<script>");
    }

    @Test
    void anAlteredChainIsSaidAtTheTopAndMarkedAtItsEntry() throws IOException {
        String html = sheet(AuditLogCsvTest.entries(), Verification.brokenAt(3, 2));

        assertThat(html).contains("Kette verändert ab Eintrag 2").doesNotContain("Kette unversehrt");
        assertThat(html.indexOf("Kette bricht hier")).isGreaterThan(html.indexOf("<tr><td>2"))
                .isLessThan(html.indexOf("<tr><td>3"));
    }

    @Test
    void anEmptyLogSaysSo() throws IOException {
        assertThat(sheet(List.of(), Verification.intact(0))).contains("Kette unversehrt (keine Einträge)",
                "Noch keine Einträge.");
    }
}
