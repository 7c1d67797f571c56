package app.herold.exchange.audit;

import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.AuditLog.Verification;
import app.herold.exchange.WriteFailures;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The audit log as one self-contained HTML page to print for the town's legal office: A4 landscape,
 * no scripts, fonts or pictures from elsewhere, every typed text escaped. It is in German whatever
 * the officer's language, like the CSV's columns: it is a document of a German authority.
 *
 * <p>The page states whether the chain is intact and prints the newest hash: whoever files the sheet
 * can later tell whether entries were cut off or the log was rewritten, which the chain alone cannot.
 */
public final class AuditLogSheet {

    static final String TITLE = "Prüfprotokoll Neutralität";

    private static final DateTimeFormatter GENERATED = DateTimeFormatter.ofPattern("dd.MM.yyyy 'um' HH:mm 'Uhr'");
    private static final DateTimeFormatter RECORDED = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm:ss xxx");

    private static final String STYLE = """
            @page { size: A4 landscape; margin: 14mm 12mm; }
            body { font-family: "Segoe UI", Arial, sans-serif; font-size: 9.5pt; color: #000; margin: 0; }
            h1 { font-size: 16pt; margin: 0 0 4pt; }
            p { margin: 2pt 0; }
            .status { font-weight: bold; font-size: 11pt; margin: 6pt 0; }
            .status.broken { border: 1.5pt solid #000; padding: 3pt 6pt; }
            table { width: 100%; border-collapse: collapse; margin-top: 8pt; }
            th, td { border: 0.5pt solid #555; padding: 3pt 4pt; text-align: left; vertical-align: top; }
            th { background: #eee; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
            tbody { break-inside: avoid; page-break-inside: avoid; }
            .reason { white-space: pre-wrap; }
            .hashes, .hash { font-family: Consolas, "DejaVu Sans Mono", monospace; font-size: 7.5pt; word-break: break-all; }
            .hashes td { border-top: none; color: #333; }
            .mark { font-weight: bold; }
            """;

    private AuditLogSheet() {
    }

    /** Dates the sheet now, in the zone of this computer. */
    public static void write(List<AuditEntry> entries, Verification verification, Path file) {
        write(entries, verification, Clock.systemDefaultZone(), file);
    }

    public static void write(List<AuditEntry> entries, Verification verification, Clock clock, Path file) {
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            out.write(page(entries, verification, clock));
        } catch (IOException e) {
            throw WriteFailures.of(e, file);
        }
    }

    static String page(List<AuditEntry> entries, Verification verification, Clock clock) {
        ZoneId zone = clock.getZone();
        StringBuilder html = new StringBuilder(4096 + entries.size() * 1024);
        html.append("<!DOCTYPE html>\n<html lang=\"de\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
                .append(TITLE).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
        html.append("<h1>").append(TITLE).append("</h1>\n");
        html.append("<p>Bestätigungen von Beiträgen, die trotz Hinweisen zur Neutralität vor einer Wahl "
                + "veröffentlicht werden durften, mit der Begründung der Redaktion.</p>\n");
        html.append("<p>Erstellt am ").append(GENERATED.format(clock.instant().atZone(zone))).append(".</p>\n");
        html.append("<p class=\"status").append(verification.intact() ? "" : " broken").append("\">")
                .append(status(verification)).append("</p>\n");
        if (!entries.isEmpty()) {
            html.append("<p>Letzter Hash: <span class=\"hash\">").append(escape(entries.get(entries.size() - 1).hash()))
                    .append("</span></p>\n");
        }
        html.append("<table>\n<thead><tr><th>Nr.</th><th>Zeitpunkt</th><th>Wahl</th><th>Regeln</th>"
                + "<th>Beitrag</th><th>Begründung</th></tr></thead>\n");
        if (entries.isEmpty()) {
            html.append("<tbody><tr><td colspan=\"6\">Noch keine Einträge.</td></tr></tbody>\n");
        }
        for (AuditEntry entry : entries) {
            boolean breaksHere = !verification.intact() && entry.sequence() == verification.firstBrokenSequence();
            html.append("<tbody>\n<tr><td>").append(entry.sequence());
            if (breaksHere) {
                html.append("<br><span class=\"mark\">Kette bricht hier</span>");
            }
            html.append("</td><td>").append(RECORDED.format(entry.recordedAt().atZone(zone)))
                    .append("</td><td>").append(escape(entry.election()))
                    .append("</td><td>").append(escape(String.join(", ", entry.rules())))
                    .append("</td><td>").append(entry.post().value())
                    .append("</td><td class=\"reason\">").append(escape(entry.reason()))
                    .append("</td></tr>\n<tr class=\"hashes\"><td></td><td colspan=\"5\">Inhalts-Hash: ")
                    .append(escape(entry.contentHash()))
                    .append("<br>Vorheriger Hash: ").append(escape(entry.previousHash()))
                    .append("<br>Hash: ").append(escape(entry.hash()))
                    .append("</td></tr>\n</tbody>\n");
        }
        html.append("</table>\n</body>\n</html>\n");
        return html.toString();
    }

    private static String status(Verification verification) {
        if (verification.intact()) {
            return "Kette unversehrt (" + entriesText(verification.entries()) + ").";
        }
        return "Kette verändert ab Eintrag " + verification.firstBrokenSequence()
                + ": dieser und alle folgenden Einträge sind nicht mehr belegt.";
    }

    private static String entriesText(int count) {
        return switch (count) {
            case 0 -> "keine Einträge";
            case 1 -> "1 Eintrag";
            default -> String.format(java.util.Locale.GERMANY, "%,d Einträge", count);
        };
    }

    /** Text into HTML content and attribute values alike. */
    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
