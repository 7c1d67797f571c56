package app.herold.exchange.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.PostId;
import app.herold.domain.rules.AuditChain;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog.Verification;
import app.herold.domain.rules.Confirmation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogCsvTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @TempDir
    Path folder;

    /** Reasons as officers type them: quotes, semicolons, line breaks, umlauts. */
    static List<AuditEntry> entries() {
        List<AuditEntry> entries = new ArrayList<>();
        AuditEntry last = null;
        String[] reasons = {
            "Amtliche Eröffnung; keine Wahlwerbung",
            "Pflichtbekanntmachung mit dem Wortlaut \"Ihre Stimme zählt\"\r\nlaut Wahlleiter",
            "<script>alert('x')</script> & Grüße",
        };
        for (int index = 0; index < reasons.length; index++) {
            last = AuditChain.next(last, new Confirmation(
                    Instant.parse("2029-05-20T08:00:00.123456Z").plusSeconds(3600L * 24 * 30 * index),
                    "Bürgermeisterwahl \"Meerane\" 2029", List.of("neutrality.candidate", "neutrality.record"),
                    PostId.of(7 + index), "c".repeat(64), reasons[index]));
            entries.add(last);
        }
        return entries;
    }

    @Test
    void germanExcelGetsAByteOrderMarkSemicolonsAndGermanColumnNames() throws IOException {
        Path file = folder.resolve("pruefprotokoll.csv");

        AuditLogCsv.write(entries(), BERLIN, file);

        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("Nr.;Zeitpunkt;Wahl;Regeln;Beitrag;Inhalts-Hash;Begründung;Vorheriger Hash;Hash\r\n");
    }

    @Test
    void everyFieldReadsBackAsWrittenWithTimesInTheTownsOffset() throws IOException {
        Path file = folder.resolve("pruefprotokoll.csv");
        List<AuditEntry> entries = entries();

        AuditLogCsv.write(entries, BERLIN, file);

        List<List<String>> rows = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1));
        assertThat(rows).hasSize(4);
        List<String> second = rows.get(2);
        assertThat(second).containsExactly("2", "2029-06-19T10:00:00.123456+02:00", "Bürgermeisterwahl \"Meerane\" 2029",
                "neutrality.candidate,neutrality.record", "8", "c".repeat(64),
                "Pflichtbekanntmachung mit dem Wortlaut \"Ihre Stimme zählt\"\r\nlaut Wahlleiter",
                entries.get(0).hash(), entries.get(1).hash());
        assertThat(rows.get(1).get(1)).isEqualTo("2029-05-20T10:00:00.123456+02:00");
        assertThat(rows.get(1).get(6)).isEqualTo("Amtliche Eröffnung; keine Wahlwerbung");
    }

    @Test
    void theChainCanBeRecomputedFromTheFileAlone() throws IOException {
        Path file = folder.resolve("pruefprotokoll.csv");
        AuditLogCsv.write(entries(), BERLIN, file);

        List<AuditEntry> readBack = Rfc4180.parse(Files.readString(file, StandardCharsets.UTF_8).substring(1))
                .stream().skip(1)
                .map(row -> new AuditEntry(Long.parseLong(row.get(0)), OffsetDateTime.parse(row.get(1)).toInstant(),
                        row.get(2), List.of(row.get(3).split(",")), PostId.of(Long.parseLong(row.get(4))), row.get(5),
                        row.get(6), row.get(7), row.get(8)))
                .toList();

        assertThat(AuditChain.verify(readBack)).isEqualTo(Verification.intact(3));
    }

    @Test
    void anEmptyLogIsTheHeaderAlone() throws IOException {
        Path file = folder.resolve("leer.csv");

        AuditLogCsv.write(List.of(), BERLIN, file);

        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("\uFEFF" + AuditLogCsv.HEADER + "\r\n");
    }

    /** A reader independent of the writer, as RFC 4180 describes it, with ';' as the separator. */
    static final class Rfc4180 {

        static List<List<String>> parse(String text) {
            List<List<String>> rows = new ArrayList<>();
            List<String> row = new ArrayList<>();
            StringBuilder field = new StringBuilder();
            boolean quoted = false;
            for (int index = 0; index < text.length(); index++) {
                char c = text.charAt(index);
                if (quoted) {
                    if (c == '"' && index + 1 < text.length() && text.charAt(index + 1) == '"') {
                        field.append('"');
                        index++;
                    } else if (c == '"') {
                        quoted = false;
                    } else {
                        field.append(c);
                    }
                } else if (c == '"') {
                    quoted = true;
                } else if (c == ';') {
                    row.add(field.toString());
                    field.setLength(0);
                } else if (c == '\r' && index + 1 < text.length() && text.charAt(index + 1) == '\n') {
                    row.add(field.toString());
                    field.setLength(0);
                    rows.add(row);
                    row = new ArrayList<>();
                    index++;
                } else {
                    field.append(c);
                }
            }
            return rows;
        }
    }
}
