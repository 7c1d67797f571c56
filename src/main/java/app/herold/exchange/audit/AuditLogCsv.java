package app.herold.exchange.audit;

import app.herold.domain.rules.AuditEntry;
import app.herold.exchange.WriteFailures;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log as a CSV file that German Excel opens with a double click: UTF-8 with a byte order
 * mark (without it Excel reads the umlauts as Windows-1252), semicolons (Excel's separator where
 * the comma is the decimal mark), quoting as RFC 4180 and CRLF line ends. Times are ISO-8601 with
 * their offset in the town's zone, to the microsecond the hash covers, so the chain can be recomputed
 * from this file alone.
 */
public final class AuditLogCsv {

    static final String HEADER = "Nr.;Zeitpunkt;Wahl;Regeln;Beitrag;Inhalts-Hash;Begründung;Vorheriger Hash;Hash";

    private static final char BYTE_ORDER_MARK = '\uFEFF';
    private static final String LINE_END = "\r\n";

    private AuditLogCsv() {
    }

    /** Writes the times in the zone of this computer. */
    public static void write(List<AuditEntry> entries, Path file) {
        write(entries, ZoneId.systemDefault(), file);
    }

    public static void write(List<AuditEntry> entries, ZoneId zone, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(BYTE_ORDER_MARK);
            out.write(HEADER);
            out.write(LINE_END);
            for (AuditEntry entry : entries) {
                out.write(String.join(";",
                        Long.toString(entry.sequence()),
                        DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(entry.recordedAt().atZone(zone)),
                        field(entry.election()),
                        field(String.join(",", entry.rules())),
                        Long.toString(entry.post().value()),
                        field(entry.contentHash()),
                        field(entry.reason()),
                        field(entry.previousHash()),
                        field(entry.hash())));
                out.write(LINE_END);
            }
        } catch (IOException e) {
            throw WriteFailures.of(e, file);
        }
    }

    /** RFC 4180: a field with the separator, a quote or a line break goes in quotes, its quotes doubled. */
    static String field(String value) {
        if (value.indexOf(';') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0 && value.indexOf('\r') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
