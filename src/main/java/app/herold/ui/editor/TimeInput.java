package app.herold.ui.editor;

import java.time.LocalTime;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads a time the way people type it: "9", "9:30", "09.30", "930", "9 Uhr". */
final class TimeInput {

    private static final Pattern HOURS_AND_MINUTES = Pattern.compile("(\\d{1,2})\\s*[:.]\\s*(\\d{2})");
    private static final Pattern DIGITS = Pattern.compile("(\\d{1,4})");

    private TimeInput() {
    }

    static Optional<LocalTime> parse(String typed) {
        if (typed == null) {
            return Optional.empty();
        }
        String text = typed.strip().toLowerCase(java.util.Locale.ROOT);
        if (text.endsWith("uhr")) {
            text = text.substring(0, text.length() - 3).strip();
        }
        if (text.endsWith("h")) {
            text = text.substring(0, text.length() - 1).strip();
        }
        Matcher both = HOURS_AND_MINUTES.matcher(text);
        if (both.matches()) {
            return of(Integer.parseInt(both.group(1)), Integer.parseInt(both.group(2)));
        }
        Matcher digits = DIGITS.matcher(text);
        if (digits.matches()) {
            String value = digits.group(1);
            if (value.length() <= 2) {
                return of(Integer.parseInt(value), 0);
            }
            int split = value.length() - 2;
            return of(Integer.parseInt(value.substring(0, split)), Integer.parseInt(value.substring(split)));
        }
        return Optional.empty();
    }

    private static Optional<LocalTime> of(int hour, int minute) {
        if (hour < 0 || hour > 23 || minute < 0 || minute > 59) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(hour, minute));
    }
}
