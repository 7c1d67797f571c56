package app.herold.demo;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The values of one post's gaps. Rows are picked on first use and then kept, so a street named
 * in the title is the one closed in the text.
 */
final class SlotValues {

    private static final String[] WEEKDAYS = {
        "Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"};
    private static final String[] MONTHS = {
        "Januar", "Februar", "März", "April", "Mai", "Juni",
        "Juli", "August", "September", "Oktober", "November", "Dezember"};

    private final SplittableRandom random;
    private final int[] rows = new int[Pool.values().length];
    private Occasion occasion;
    private LocalDate secondDate;

    SlotValues(SplittableRandom random) {
        this.random = random;
    }

    /** Starts a new post: forgets the previous rows. Dates are null for an idea. */
    void reset(Occasion newOccasion, LocalDate newSecondDate) {
        Arrays.fill(rows, -1);
        occasion = newOccasion;
        secondDate = newSecondDate;
    }

    String get(Slot slot) {
        Pool pool = slot.pool();
        if (pool != null) {
            return pool.value(row(pool), slot.column());
        }
        return switch (slot) {
            case DATE -> longDate(date());
            case DATE_DAY -> dayAndMonth(date());
            case DATE_SHORT -> shortDate(date());
            case DATE2 -> longDate(secondDate());
            case DATE2_DAY -> dayAndMonth(secondDate());
            case DATE2_SHORT -> shortDate(secondDate());
            case HOLIDAY -> holiday();
            default -> throw new IllegalStateException("no value for " + slot);
        };
    }

    private int row(Pool pool) {
        int index = pool.ordinal();
        if (rows[index] < 0) {
            Pool other = pool.distinctFrom();
            if (other == null) {
                rows[index] = random.nextInt(pool.size());
            } else {
                int taken = row(other);
                int pick = random.nextInt(pool.size() - 1);
                rows[index] = pick >= taken ? pick + 1 : pick;
            }
        }
        return rows[index];
    }

    private LocalDate date() {
        if (occasion == null) {
            throw new IllegalStateException("a post without a day cannot name one");
        }
        return occasion.date();
    }

    private LocalDate secondDate() {
        if (secondDate == null) {
            throw new IllegalStateException("the template gives no second day");
        }
        return secondDate;
    }

    private String holiday() {
        if (occasion == null || occasion.label() == null) {
            throw new IllegalStateException("the post's day is not a holiday");
        }
        return occasion.label();
    }

    static String longDate(LocalDate date) {
        return WEEKDAYS[date.getDayOfWeek().ordinal()] + ", " + dayAndMonth(date);
    }

    static String dayAndMonth(LocalDate date) {
        return date.getDayOfMonth() + ". " + MONTHS[date.getMonthValue() - 1];
    }

    static String shortDate(LocalDate date) {
        return twoDigits(date.getDayOfMonth()) + "." + twoDigits(date.getMonthValue()) + ".";
    }

    private static String twoDigits(int value) {
        return value < 10 ? "0" + value : Integer.toString(value);
    }
}
