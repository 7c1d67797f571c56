package app.herold.demo;

import java.time.LocalDate;

/**
 * A day a demo post is about: a council session, a holiday, the start of a road closure.
 *
 * @param label the holiday's name, or null when the day has none
 */
record Occasion(LocalDate date, String label) {

    static Occasion on(LocalDate date) {
        return new Occasion(date, null);
    }
}
