package app.herold.channels.bluesky;

import java.time.Instant;
import java.util.regex.Pattern;

/**
 * A timestamp identifier (TID): the record key a post takes ({@code app.bsky.feed.post} has key type
 * "tid"). Herold picks it itself and sends it as {@code rkey}, so every attempt at one target writes to
 * the same place in the account's repository, and a second write there fails instead of posting twice
 * (platforms.md, Bluesky "Idempotency").
 *
 * <p>The AT Protocol's layout: 64 bits, the top bit 0, then 53 bits of microseconds since the Unix epoch,
 * then a 10-bit clock id; written as 13 characters of the "base32-sortable" alphabet, so that a later
 * TID also sorts later as text.
 */
final class Tid {

    static final String ALPHABET = "234567abcdefghijklmnopqrstuvwxyz";
    static final int LENGTH = 13;
    static final int CLOCK_ID_BITS = 10;

    /** The first character carries only four bits (the top bit is 0), hence the shorter first class. */
    private static final Pattern SHAPE = Pattern.compile("[234567abcdefghij][234567abcdefghijklmnopqrstuvwxyz]{12}");
    private static final long LARGEST_MICROS = (1L << 53) - 1;

    private Tid() {
    }

    /** The TID of {@code micros} microseconds since the epoch with {@code clockId} (0 … 1023). */
    static String of(long micros, int clockId) {
        if (micros < 0 || micros > LARGEST_MICROS) {
            throw new IllegalArgumentException("A TID holds 0 to 2^53-1 microseconds, not " + micros);
        }
        if (clockId < 0 || clockId >= 1 << CLOCK_ID_BITS) {
            throw new IllegalArgumentException("A TID's clock id is 0 to 1023, not " + clockId);
        }
        long value = micros << CLOCK_ID_BITS | clockId;
        char[] characters = new char[LENGTH];
        for (int position = LENGTH - 1; position >= 0; position--) {
            characters[position] = ALPHABET.charAt((int) (value & 31));
            value >>>= 5;
        }
        return new String(characters);
    }

    static long microsOf(Instant instant) {
        return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1_000);
    }

    static boolean isValid(String candidate) {
        return candidate != null && SHAPE.matcher(candidate).matches();
    }

    /** The 64-bit value a TID stands for. */
    static long valueOf(String tid) {
        if (!isValid(tid)) {
            throw new IllegalArgumentException("Not a TID: " + tid);
        }
        long value = 0;
        for (int position = 0; position < LENGTH; position++) {
            value = value << 5 | ALPHABET.indexOf(tid.charAt(position));
        }
        return value;
    }

    static Instant instantOf(String tid) {
        long micros = valueOf(tid) >>> CLOCK_ID_BITS;
        return Instant.ofEpochSecond(micros / 1_000_000L, micros % 1_000_000L * 1_000L);
    }

    static int clockIdOf(String tid) {
        return (int) (valueOf(tid) & (1 << CLOCK_ID_BITS) - 1);
    }
}
