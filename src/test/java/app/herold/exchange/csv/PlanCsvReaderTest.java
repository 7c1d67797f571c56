package app.herold.exchange.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PlanTable;
import app.herold.domain.post.PlanTable.Column;
import app.herold.i18n.Messages;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** CSV files as Excel and LibreOffice save them, and as they go wrong. */
class PlanCsvReaderTest {

    private static final Messages GERMAN = Messages.forLanguage("de");

    @TempDir
    Path folder;

    private final PlanCsvReader reader = new PlanCsvReader();

    @Test
    void germanHeadersWithSemicolonsAsGermanExcelSavesThem() throws IOException {
        PlanTable table = reader.read(utf8("Datum;Uhrzeit;Text;Kanäle;Bilder;Alt-Texte;Schlagwörter;Titel\r\n"
                + "01.12.2026;9:00;Weihnachtsmarkt öffnet;WhatsApp|Instagram;;;Advent|Meerane;Markt\r\n"));

        assertThat(table.rows()).singleElement().satisfies(row -> {
            assertThat(row.number()).isEqualTo(2);
            assertThat(row.cell(Column.DATE)).isEqualTo("01.12.2026");
            assertThat(row.cell(Column.TIME)).isEqualTo("9:00");
            assertThat(row.cell(Column.TEXT)).isEqualTo("Weihnachtsmarkt öffnet");
            assertThat(row.cell(Column.CHANNELS)).isEqualTo("WhatsApp|Instagram");
            assertThat(row.cell(Column.TAGS)).isEqualTo("Advent|Meerane");
            assertThat(row.cell(Column.TITLE)).isEqualTo("Markt");
        });
    }

    @Test
    void englishHeadersWithCommasInAnyOrderAndCase() throws IOException {
        PlanTable table = reader.read(utf8(" Title ,TEXT, date ,Alt_Texts,images\n"
                + "Markt,\"Glühwein, Stollen und Musik\",2026-12-04,Der Markt,markt.jpg\n"));

        PlanTable.Row row = table.rows().get(0);
        assertThat(row.cell(Column.TITLE)).isEqualTo("Markt");
        assertThat(row.cell(Column.TEXT)).isEqualTo("Glühwein, Stollen und Musik");
        assertThat(row.cell(Column.DATE)).isEqualTo("2026-12-04");
        assertThat(row.cell(Column.ALT_TEXTS)).isEqualTo("Der Markt");
        assertThat(row.cell(Column.IMAGES)).isEqualTo("markt.jpg");
        assertThat(row.cell(Column.CHANNELS)).isEmpty();
    }

    @Test
    void germanHeadersWithCommasAndEnglishHeadersWithSemicolonsToo() throws IOException {
        assertThat(reader.read(utf8("Datum,Text\n01.12.2026,\"Hallo; Meerane\"\n")).rows().get(0).cell(Column.TEXT))
                .isEqualTo("Hallo; Meerane");
        assertThat(reader.read(utf8("date;text\n2026-12-01;Hallo, Meerane\n")).rows().get(0).cell(Column.TEXT))
                .isEqualTo("Hallo, Meerane");
    }

    @Test
    void umlautsInHeadersMayBeWrittenOut() throws IOException {
        PlanTable table = reader.read(utf8("DATUM;text;Kanaele;Schlagwoerter;Alt Texte;Bilder\n01.12.2026;x;Telegram;Advent;;\n"));

        assertThat(table.rows().get(0).cell(Column.CHANNELS)).isEqualTo("Telegram");
        assertThat(table.rows().get(0).cell(Column.TAGS)).isEqualTo("Advent");
    }

    @Test
    void aByteOrderMarkIsNotPartOfTheFirstHeader() throws IOException {
        byte[] text = "Datum;Text\n01.12.2026;Grüße aus Meerane\n".getBytes(StandardCharsets.UTF_8);
        Path file = folder.resolve("mit-bom.csv");
        Files.write(file, concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, text));

        PlanTable table = reader.read(file);

        assertThat(table.rows().get(0).cell(Column.DATE)).isEqualTo("01.12.2026");
        assertThat(table.rows().get(0).cell(Column.TEXT)).isEqualTo("Grüße aus Meerane");
    }

    @Test
    void windows1252AsExcelOnAGermanWindowsSavesItIsReadWithItsUmlauts() throws IOException {
        Path file = folder.resolve("excel.csv");
        byte[] bytes = "Datum;Text;Kanäle;Schlagwörter\r\n01.12.2026;Straßenfest am Rathaus – Grüße;WhatsApp;Märkte\r\n"
                .getBytes(Charset.forName("windows-1252"));
        Files.write(file, bytes);
        // The real bytes: 0xE4 is "ä", 0xDF "ß", 0x96 the en dash; none of them is valid UTF-8 on its own.
        assertThat(bytes).contains((byte) 0xE4, (byte) 0xDF, (byte) 0x96);

        PlanTable table = reader.read(file);

        assertThat(table.rows().get(0).cell(Column.TEXT)).isEqualTo("Straßenfest am Rathaus – Grüße");
        assertThat(table.rows().get(0).cell(Column.TAGS)).isEqualTo("Märkte");
    }

    @Test
    void quotedCellsKeepLineBreaksSemicolonsAndQuotes() throws IOException {
        PlanTable table = reader.read(utf8("Datum;Text;Titel\r\n"
                + "01.12.2026;\"Erste Zeile; mit Semikolon\nZweite Zeile mit \"\"Zitat\"\"\";Titel\r\n"
                + "02.12.2026;Danach;Zwei\r\n"));

        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cell(Column.TEXT))
                .isEqualTo("Erste Zeile; mit Semikolon\nZweite Zeile mit \"Zitat\"");
        // Rows are counted as the spreadsheet shows them, not by the file's lines.
        assertThat(table.rows().get(1).number()).isEqualTo(3);
        assertThat(table.rows().get(1).cell(Column.TITLE)).isEqualTo("Zwei");
    }

    @Test
    void blankRowsAreSkippedButKeepTheRowNumbersOfTheSheet() throws IOException {
        PlanTable table = reader.read(utf8("Datum;Text\n01.12.2026;Eins\n;\n\n04.12.2026;Vier\n;;\n"));

        assertThat(table.rows()).extracting(PlanTable.Row::number).containsExactly(2, 5);
    }

    @Test
    void aQuoteThatNeverClosesIsOneSentenceNamingItsLine() throws IOException {
        Path file = utf8("Datum;Text\n01.12.2026;Gut\n02.12.2026;\"Hier fehlt das Ende\n03.12.2026;Weiter\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem ->
                assertThat(GERMAN.describe(problem)).isEqualTo("Zeile 3 der Datei enthält ein fehlerhaftes "
                        + "Anführungszeichen: Eine Zelle, die mit \" beginnt, muss mit \" direkt vor dem nächsten "
                        + "Trennzeichen oder dem Zeilenende enden."));
    }

    @Test
    void textAfterAClosingQuoteNamesItsLineToo() throws IOException {
        Path file = utf8("Datum;Text\n01.12.2026;Gut\n\n04.12.2026;\"Zitat\" und mehr;x\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem -> {
            assertThat(problem.messageKey()).isEqualTo("error.import.quotes");
            assertThat(GERMAN.describe(problem)).startsWith("Zeile 4 der Datei");
        });
    }

    @Test
    void utf16AsExcelSavesUnicodeTextIsRefusedWithTheWayOut() throws IOException {
        Path file = folder.resolve("unicode.csv");
        Files.write(file, concat(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Datum;Text\n01.12.2026;Hallo\n".getBytes(StandardCharsets.UTF_16LE)));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem ->
                assertThat(GERMAN.describe(problem)).contains("UTF-16").contains("CSV UTF-8"));
    }

    @Test
    void bytesThatAreNeitherUtf8NorWindows1252AreRefused() throws IOException {
        Path file = folder.resolve("kaputt.csv");
        // 0x81 is not assigned in Windows-1252 and cannot stand alone in UTF-8.
        Files.write(file, concat("Datum;Text\n01.12.2026;".getBytes(StandardCharsets.US_ASCII), new byte[] {(byte) 0x81}));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem ->
                assertThat(GERMAN.describe(problem)).isEqualTo(file + " ist weder UTF-8- noch Windows-1252-Text; "
                        + "speichern Sie die Datei als „CSV UTF-8“."));
    }

    @Test
    void anExcelWorkbookIsNotMistakenForText() throws IOException {
        Path file = folder.resolve("plan.xlsx");
        Files.write(file, concat(new byte[] {0x50, 0x4B, 0x03, 0x04}, new byte[40]));

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem ->
                assertThat(GERMAN.describe(problem)).contains("Excel-Arbeitsmappe").contains("CSV UTF-8"));
    }

    @Test
    void anUnknownColumnIsNamedRatherThanDropped() throws IOException {
        Path file = utf8("Datum;Text;Kanal-Liste\n01.12.2026;Hallo;WhatsApp\n");

        assertThatThrownBy(() -> reader.read(file)).isInstanceOfSatisfying(UserFacingException.class, problem ->
                assertThat(GERMAN.describe(problem)).startsWith("Die Spalte „Kanal-Liste“ ist unbekannt"));
    }

    @Test
    void dateAndTextColumnsAreRequiredTheRestIsNot() throws IOException {
        Path withoutText = utf8("Datum;Titel\n01.12.2026;Hallo\n");
        Path twice = utf8("Datum;Text;date\n01.12.2026;Hallo;01.12.2026\n");

        assertThatThrownBy(() -> reader.read(withoutText)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("error.import.noTextColumn"));
        assertThatThrownBy(() -> reader.read(twice)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(GERMAN.describe(problem)).isEqualTo("Die Spalte „date“ kommt zweimal vor."));
        assertThat(reader.read(utf8("Text;Datum\nHallo;01.12.2026\n")).rows()).hasSize(1);
    }

    @Test
    void anEmptyFileOrOneWithOnlyAHeaderSaysSo() throws IOException {
        Path empty = utf8("");
        Path headerOnly = utf8("Datum;Text\r\n;\r\n");

        assertThatThrownBy(() -> reader.read(empty)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("error.import.empty"));
        assertThatThrownBy(() -> reader.read(headerOnly)).isInstanceOfSatisfying(UserFacingException.class,
                problem -> assertThat(problem.messageKey()).isEqualTo("error.import.noRows"));
        assertThatThrownBy(() -> reader.read(folder.resolve("gibt-es-nicht.csv")))
                .isInstanceOfSatisfying(UserFacingException.class,
                        problem -> assertThat(problem.messageKey()).isEqualTo("error.import.missing"));
    }

    private int files;

    private Path utf8(String text) throws IOException {
        Path file = folder.resolve("plan-" + (++files) + ".csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    private static byte[] concat(byte[] first, byte[] second) {
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        joined.writeBytes(first);
        joined.writeBytes(second);
        return joined.toByteArray();
    }
}
