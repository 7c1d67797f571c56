package app.herold.benchmark;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * The timestamps of one calendar page turn, filled in by the thread that sees each moment: the FX
 * thread for the call, the apply and the pulses, the worker for the database query. All times are
 * {@link System#nanoTime()} values, or thread CPU time for the two {@code cpu} fields.
 */
final class SwitchSample {

    static final String LINE_PREFIX = "sample ";
    /** The line of the window's first page: the same figures, with the build as the "call". */
    static final String OPEN_PREFIX = "open ";

    final String mode;
    final String direction;
    final CountDownLatch done = new CountDownLatch(1);

    // FX thread
    long cpuStart;
    long callStart;
    long callEnd;
    long submittedAt;
    long arrivedAt;
    long appliedAt;
    long earlyPulsesNanos;
    int earlyPulses;
    long settleCssLayoutNanos;
    long settleWholeNanos;
    long cpuEnd;
    long settledAt;
    int postsShown;

    // worker thread
    volatile long workStart;
    volatile long workEnd;
    volatile Throwable problem;

    SwitchSample(String mode, String direction) {
        this.mode = mode;
        this.direction = direction;
    }

    /** The first pulse that began after the data was applied has finished: the switch is on screen. */
    void settled(long cssLayoutNanos, long wholeNanos, long cpuNow) {
        settleCssLayoutNanos = cssLayoutNanos;
        settleWholeNanos = wholeNanos;
        cpuEnd = cpuNow;
        settledAt = System.nanoTime();
        done.countDown();
    }

    /** A pulse that ran after the call but before the data arrived (title, cursor, "loading"). */
    void earlyPulse(long wholeNanos) {
        earlyPulses++;
        earlyPulsesNanos += wholeNanos;
    }

    void failed(Throwable cause) {
        problem = cause;
        done.countDown();
    }

    /**
     * One line the parent parses. {@code fx_us} is the headline: FX-thread time in the page-turn
     * call, in applying the loaded data, and in CSS + layout of the pulse that puts it on screen.
     */
    String toLine() {
        long call = callEnd - callStart;
        long apply = appliedAt - arrivedAt;
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("mode", mode);
        values.put("dir", direction);
        values.put("fx_us", micros(call + apply + settleCssLayoutNanos));
        values.put("call_us", micros(call));
        values.put("apply_us", micros(apply));
        values.put("layout_us", micros(settleCssLayoutNanos));
        values.put("pulse_us", micros(settleWholeNanos));
        values.put("early_us", micros(earlyPulsesNanos));
        values.put("early_pulses", earlyPulses);
        values.put("cpu_us", micros(cpuEnd - cpuStart));
        values.put("load_us", micros(arrivedAt - submittedAt));
        values.put("query_us", micros(workEnd - workStart));
        values.put("posts", postsShown);
        values.put("shown_us", micros(settledAt - callStart));
        StringBuilder line = new StringBuilder(mode.equals("OPEN") ? OPEN_PREFIX : LINE_PREFIX);
        values.forEach((key, value) -> line.append(key).append('=').append(value).append(' '));
        return line.toString().trim();
    }

    /** The numbers of a {@link #toLine()} line, by key; {@code mode} and {@code dir} as text. */
    static Map<String, String> parse(String line) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : line.substring(line.indexOf(' ') + 1).trim().split(" ")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), pair.substring(equals + 1));
        }
        return values;
    }

    private static long micros(long nanos) {
        return nanos / 1_000;
    }
}
