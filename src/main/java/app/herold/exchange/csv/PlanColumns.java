package app.herold.exchange.csv;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.PlanTable.Column;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The header row of a planning table. Each column is named in English
 * ({@code date,time,text,channels,images,alt_texts,tags,title}) or German
 * ({@code Datum;Uhrzeit;Text;Kanäle;Bilder;Alt-Texte;Schlagwörter;Titel}), in any order; case,
 * surrounding spaces, "_", "-" and inner spaces do not matter, and umlauts may be written "ae",
 * "oe", "ue" ("Kanaele"). Only date and text are required. A column with an empty header is left
 * out; any other name is refused, so that a typo does not silently drop a column.
 */
final class PlanColumns {

    private static final Map<String, Column> NAMES = Map.ofEntries(
            Map.entry("date", Column.DATE), Map.entry("datum", Column.DATE),
            Map.entry("time", Column.TIME), Map.entry("uhrzeit", Column.TIME),
            Map.entry("text", Column.TEXT),
            Map.entry("channels", Column.CHANNELS), Map.entry("kanaele", Column.CHANNELS),
            Map.entry("images", Column.IMAGES), Map.entry("bilder", Column.IMAGES),
            Map.entry("alttexts", Column.ALT_TEXTS), Map.entry("alttexte", Column.ALT_TEXTS),
            Map.entry("tags", Column.TAGS), Map.entry("schlagwoerter", Column.TAGS),
            Map.entry("title", Column.TITLE), Map.entry("titel", Column.TITLE));

    private PlanColumns() {
    }

    /** The column of each header cell, null for a cell left empty. */
    static List<Column> of(List<String> headers) {
        List<Column> columns = new ArrayList<>();
        Set<Column> seen = EnumSet.noneOf(Column.class);
        for (String header : headers) {
            String key = normalized(header);
            if (key.isEmpty()) {
                columns.add(null);
                continue;
            }
            Column column = NAMES.get(key);
            if (column == null) {
                throw new UserFacingException("error.import.unknownColumn", header.strip());
            }
            if (!seen.add(column)) {
                throw new UserFacingException("error.import.duplicateColumn", header.strip());
            }
            columns.add(column);
        }
        if (!seen.contains(Column.DATE)) {
            throw new UserFacingException("error.import.noDateColumn");
        }
        if (!seen.contains(Column.TEXT)) {
            throw new UserFacingException("error.import.noTextColumn");
        }
        return columns;
    }

    static String normalized(String header) {
        return header.replace("\uFEFF", "").strip().toLowerCase(Locale.ROOT)
                .replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
                .replaceAll("[\\s_\\-]", "");
    }
}
