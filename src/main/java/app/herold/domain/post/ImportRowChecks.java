package app.herold.domain.post;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PlanTable.Column;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one row of a planning table the way a German office writes it: dates as 01.12.2026 (also
 * 1.12.26, as LibreOffice saves them) or 2026-12-01, times as 9:00, 09:00, 9.00 or "9 Uhr",
 * several channels, tags, pictures or alt texts in one cell separated by "|".
 */
final class ImportRowChecks {

    /** Longest title and tag the database keeps (V1__posts.sql). */
    static final int TITLE_LIMIT = 1000;
    static final int TAG_LIMIT = 200;

    private static final List<DateTimeFormatter> DATE_FORMATS = List.of(
            DateTimeFormatter.ofPattern("uuuu-M-d").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT),
            new DateTimeFormatterBuilder().appendPattern("d.M.")
                    .appendValueReduced(ChronoField.YEAR, 2, 2, 2000)
                    .toFormatter().withResolverStyle(ResolverStyle.STRICT));

    /** 9, 9:00, 09:00, 9.00, 09:00:00, each optionally followed by "Uhr". */
    private static final Pattern TIME = Pattern.compile(
            "(\\d{1,2})(?:[:.](\\d{2})(?::(\\d{2}))?)?(?:\\s*Uhr)?", Pattern.CASE_INSENSITIVE);

    private final Path folder;
    private final MediaLibrary media;
    private final Supplier<LocalTime> defaultTime;

    /** @param folder where the table lies: relative picture paths start there */
    ImportRowChecks(Path folder, MediaLibrary media, Supplier<LocalTime> defaultTime) {
        this.folder = folder;
        this.media = media;
        this.defaultTime = defaultTime;
    }

    ImportRow check(PlanTable.Row row) {
        List<ImportProblem> problems = new ArrayList<>();
        String dateCell = row.cell(Column.DATE).strip();
        LocalDate date = date(dateCell, problems);
        String timeCell = row.cell(Column.TIME).strip();
        LocalTime time = timeCell.isEmpty() ? defaultTime.get() : time(timeCell, problems);
        String title = row.cell(Column.TITLE).strip();
        if (title.length() > TITLE_LIMIT) {
            problems.add(ImportProblem.of("import.problem.titleTooLong", TITLE_LIMIT));
        }
        String text = row.cell(Column.TEXT).replace("\r\n", "\n").replace('\r', '\n').strip();
        if (text.isEmpty()) {
            problems.add(ImportProblem.of("import.problem.textEmpty"));
        }
        Set<ChannelKind> channels = channels(row.cell(Column.CHANNELS), problems);
        List<String> tags = Post.normalizeTags(items(row.cell(Column.TAGS)));
        for (String tag : tags) {
            if (tag.length() > TAG_LIMIT) {
                problems.add(ImportProblem.of("import.problem.tagTooLong", tag.substring(0, 30), TAG_LIMIT));
            }
        }
        List<Path> images = new ArrayList<>();
        List<String> altTexts = new ArrayList<>();
        pictures(row.cell(Column.IMAGES), row.cell(Column.ALT_TEXTS), images, altTexts, problems);
        return new ImportRow(row.number(), dateCell, date, timeCell, time, title, text, channels, tags, images, altTexts,
                problems);
    }

    private static LocalDate date(String cell, List<ImportProblem> problems) {
        if (cell.isEmpty()) {
            problems.add(ImportProblem.of("import.problem.dateMissing"));
            return null;
        }
        for (DateTimeFormatter format : DATE_FORMATS) {
            try {
                return LocalDate.parse(cell, format);
            } catch (DateTimeParseException e) {
                // Next format: the cell may be written the other way.
            }
        }
        problems.add(ImportProblem.of("import.problem.date", cell));
        return null;
    }

    private static LocalTime time(String cell, List<ImportProblem> problems) {
        Matcher matcher = TIME.matcher(cell);
        if (matcher.matches()) {
            try {
                int minute = matcher.group(2) == null ? 0 : Integer.parseInt(matcher.group(2));
                int second = matcher.group(3) == null ? 0 : Integer.parseInt(matcher.group(3));
                ChronoField.SECOND_OF_MINUTE.checkValidValue(second);
                // Planning goes by the minute; Excel's "09:00:00" means nine o'clock.
                return LocalTime.of(Integer.parseInt(matcher.group(1)), minute);
            } catch (DateTimeException e) {
                // Out of range, such as 25:00 or 9:75: said below like any unreadable time.
            }
        }
        problems.add(ImportProblem.of("import.problem.time", cell));
        return null;
    }

    private static Set<ChannelKind> channels(String cell, List<ImportProblem> problems) {
        Set<ChannelKind> channels = EnumSet.noneOf(ChannelKind.class);
        for (String name : items(cell)) {
            // ChannelKind ignores case, so the brand names ("WhatsApp") are read as well as the ids.
            Optional<ChannelKind> kind = ChannelKind.fromId(name);
            if (kind.isPresent()) {
                channels.add(kind.get());
            } else {
                problems.add(ImportProblem.of("import.problem.channel", name));
            }
        }
        return channels;
    }

    /**
     * Pairs pictures and alt texts by position. An empty place in the picture list keeps the
     * positions of the alt texts after it; an alt text at a place without a picture is a problem.
     */
    private void pictures(String imageCell, String altCell, List<Path> images, List<String> altTexts,
                          List<ImportProblem> problems) {
        List<String> names = positions(imageCell);
        List<String> alts = positions(altCell);
        for (int index = 0; index < Math.max(names.size(), alts.size()); index++) {
            String name = index < names.size() ? names.get(index) : "";
            String alt = index < alts.size() ? alts.get(index) : "";
            if (name.isEmpty()) {
                if (!alt.isEmpty()) {
                    problems.add(ImportProblem.of("import.problem.altWithoutImage", index + 1, alt));
                }
                continue;
            }
            resolve(name, problems).ifPresent(file -> {
                images.add(file);
                altTexts.add(alt);
            });
        }
    }

    private Optional<Path> resolve(String name, List<ImportProblem> problems) {
        Path file;
        try {
            // A table made on Windows names "bilder\markt.jpg"; elsewhere the backslash would be part of the name.
            String portable = java.io.File.separatorChar == '/' ? name.replace('\\', '/') : name;
            file = folder.resolve(portable).toAbsolutePath().normalize();
        } catch (InvalidPathException e) {
            problems.add(ImportProblem.of("import.problem.imageMissing", name, name));
            return Optional.empty();
        }
        if (!Files.isRegularFile(file)) {
            problems.add(ImportProblem.of("import.problem.imageMissing", name, file.toString()));
            return Optional.empty();
        }
        try {
            if (!media.accepts(file)) {
                problems.add(ImportProblem.of("import.problem.notAnImage", name));
                return Optional.empty();
            }
        } catch (IOException e) {
            problems.add(ImportProblem.of("import.problem.imageUnreadable", name));
            return Optional.empty();
        }
        return Optional.of(file);
    }

    /** The non-empty items of a "|" list, stripped. */
    static List<String> items(String cell) {
        return positions(cell).stream().filter(item -> !item.isEmpty()).toList();
    }

    /** Every place of a "|" list, stripped, empty places kept; none for an empty cell. */
    static List<String> positions(String cell) {
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split("\\|", -1)).map(String::strip).toList();
    }
}
