package app.herold.domain.publishing;

import java.time.Duration;
import java.time.Instant;

/**
 * What becomes of a target that fell due while Herold was not running (the laptop was closed): a
 * little late it still goes out, but nothing older than {@code limit} goes out without asking, because
 * yesterday's "Heute Abend: Weihnachtsmarkt" posted today would be wrong. Those are listed as
 * "Verpasst" for the user to send now, plan anew or skip.
 *
 * @param limit how late a target may still go out by itself; two hours unless set otherwise
 */
public record MissedTargets(Duration limit) {

    public static final Duration DEFAULT_LIMIT = Duration.ofHours(2);
    public static final MissedTargets DEFAULT = new MissedTargets(DEFAULT_LIMIT);

    /** What to do with a target when Herold looks at it. */
    public enum Decision {
        /** Not due yet. */
        WAIT,
        /** Due, and late by no more than the limit: it goes out. */
        SEND,
        /** Later than the limit: the user decides. */
        ASK
    }

    public MissedTargets {
        if (limit.isNegative()) {
            throw new IllegalArgumentException("the limit cannot be negative");
        }
    }

    public Decision decide(Instant due, Instant now) {
        if (due.isAfter(now)) {
            return Decision.WAIT;
        }
        return Duration.between(due, now).compareTo(limit) <= 0 ? Decision.SEND : Decision.ASK;
    }
}
