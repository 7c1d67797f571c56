package app.herold.exchange.csv;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PlanTable;
import app.herold.domain.post.PlanTable.Column;
import app.herold.domain.post.PlanTableReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A planning table from a CSV file as Excel or LibreOffice saves it (decision 0023): UTF-8 with or
 * without byte order mark, or Windows-1252 as Excel on a German Windows writes "CSV (Trennzeichen-
 * getrennt)"; separated by ";" or "," as the header line shows; quoted cells may hold separators,
 * quotes ("") and line breaks. Headers in English or German, in any order and case
 * ({@link PlanColumns}).
 */
public final class PlanCsvReader implements PlanTableReader {

    /** commons-csv names the line as "(startline 5)" or "at line: 5"; the number is what the user needs. */
    private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line:?\\s*(\\d+)");

    @Override
    public PlanTable read(Path file) {
        String text = CsvText.decode(bytesOf(file), file);
        char separator = separatorOf(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(separator)
                // Excel writes a blank row as ";;;;", a hand-made file as an empty line: both are rows of the sheet.
                .setIgnoreEmptyLines(false)
                .get();
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(format).get()) {
            try {
                return table(file, parser.getRecords());
            } catch (UncheckedIOException e) {
                throw brokenQuotes(e.getCause(), parser.getCurrentLineNumber(), file);
            }
        } catch (IOException e) {
            throw brokenQuotes(e, 1, file);
        }
    }

    private static byte[] bytesOf(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "error.import.missing", file.toString());
        } catch (IOException e) {
            throw new UserFacingException(e, "error.import.unreadable", file.toString());
        }
    }

    private static PlanTable table(Path file, List<CSVRecord> records) {
        if (records.isEmpty() || blank(records.get(0))) {
            throw new UserFacingException("error.import.empty", file.toString());
        }
        List<Column> columns = PlanColumns.of(records.get(0).toList());
        List<PlanTable.Row> rows = new ArrayList<>();
        for (CSVRecord record : records.subList(1, records.size())) {
            if (blank(record)) {
                continue;
            }
            Map<Column, String> cells = new EnumMap<>(Column.class);
            for (int index = 0; index < Math.min(columns.size(), record.size()); index++) {
                Column column = columns.get(index);
                if (column != null) {
                    cells.put(column, record.get(index));
                }
            }
            rows.add(new PlanTable.Row((int) record.getRecordNumber(), cells));
        }
        if (rows.isEmpty()) {
            throw new UserFacingException("error.import.noRows", file.toString());
        }
        return new PlanTable(file, rows);
    }

    private static boolean blank(CSVRecord record) {
        return record.stream().allMatch(String::isBlank);
    }

    /** ";" (Excel and LibreOffice in German) or ",": whichever the header line has more of, outside quotes. */
    static char separatorOf(String text) {
        int semicolons = 0;
        int commas = 0;
        boolean quoted = false;
        for (int index = 0; index < text.length(); index++) {
            char c = text.charAt(index);
            if (c == '"') {
                quoted = !quoted;
            } else if (!quoted && (c == '\n' || c == '\r')) {
                break;
            } else if (!quoted && c == ';') {
                semicolons++;
            } else if (!quoted && c == ',') {
                commas++;
            }
        }
        return commas > semicolons ? ',' : ';';
    }

    /** A quote that never closes, or text after a closing quote: one sentence naming the file's line. */
    private static UserFacingException brokenQuotes(Throwable problem, long currentLine, Path file) {
        if (!(problem instanceof CSVException)) {
            return new UserFacingException(problem, "error.import.unreadable", file.toString());
        }
        Matcher line = LINE_IN_MESSAGE.matcher(String.valueOf(problem.getMessage()));
        long number = line.find() ? Long.parseLong(line.group(1)) : currentLine;
        return new UserFacingException(problem, "error.import.quotes", number);
    }
}
