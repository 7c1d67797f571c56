package app.herold.ui.common;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads a date typed into a date field: "8.12.2026", "08.12.26", "2026-12-08", or with a weekday. */
public final class DateInput {

    private static final List<String> PATTERNS = List.of("d.M.uuuu", "d.M.uu", "uuuu-M-d", "d/M/uuuu", "d MMM uuuu");

    private DateInput() {
    }

    public static Optional<LocalDate> parse(String typed, Locale locale) {
        if (typed == null || typed.isBlank()) {
            return Optional.empty();
        }
        String text = typed.strip();
        int comma = text.indexOf(',');
        if (comma >= 0) {
            text = text.substring(comma + 1).strip();
        }
        for (String pattern : PATTERNS) {
            try {
                return Optional.of(LocalDate.parse(text, DateTimeFormatter.ofPattern(pattern, locale)));
            } catch (DateTimeParseException e) {
                // try the next way of writing a date
            }
        }
        return Optional.empty();
    }
}
