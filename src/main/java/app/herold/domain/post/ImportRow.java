package app.herold.domain.post;

import app.herold.domain.channel.ChannelKind;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * One row of a planning table, read and checked: what it would become, and what is wrong with it.
 *
 * @param number the row's number as the spreadsheet shows it (the header is row 1)
 * @param dateCell the date as written, for showing a date that could not be read
 * @param date the day, or null when the cell is empty or unreadable
 * @param timeCell the time as written; empty when the row leaves it to the default time
 * @param time the time of day, or null when the cell is unreadable
 * @param images the picture files, resolved against the table's folder, in the row's order
 * @param altTexts one per picture, in the same order; "" where none was given
 * @param problems empty when the row can be imported
 */
public record ImportRow(int number, String dateCell, LocalDate date, String timeCell, LocalTime time, String title,
                        String text, Set<ChannelKind> channels, List<String> tags, List<Path> images,
                        List<String> altTexts, List<ImportProblem> problems) {

    public ImportRow {
        channels = channels.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(ChannelKind.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(channels));
        tags = List.copyOf(tags);
        images = List.copyOf(images);
        altTexts = List.copyOf(altTexts);
        problems = List.copyOf(problems);
    }

    public boolean hasProblems() {
        return !problems.isEmpty();
    }

    /** What a card would show: the title, or else the first line of the text. */
    public String headline() {
        return PostText.headline(title, text);
    }
}
