package app.herold.domain.post;

import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * A planning table as the officer keeps it in a spreadsheet: one row per post, the cells still as
 * written. {@link PlanImport} reads meaning into them and says what is wrong with each row.
 *
 * @param file where the table was read from; image paths in it are relative to its folder
 * @param rows the rows below the header that hold anything, in file order
 */
public record PlanTable(Path file, List<Row> rows) {

    public PlanTable {
        rows = List.copyOf(rows);
    }

    /** The columns a planning table may have; only {@link #DATE} and {@link #TEXT} are required. */
    public enum Column {
        DATE, TIME, TEXT, CHANNELS, IMAGES, ALT_TEXTS, TAGS, TITLE
    }

    /**
     * @param number the row's number as the spreadsheet shows it: the header is row 1
     * @param cells the cells of the table's columns; a column the table lacks has none
     */
    public record Row(int number, Map<Column, String> cells) {

        public Row {
            cells = cells.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(cells));
        }

        /** The cell's text, or "" when the table has no such column or the row stops before it. */
        public String cell(Column column) {
            return cells.getOrDefault(column, "");
        }
    }
}
