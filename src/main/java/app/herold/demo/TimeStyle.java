package app.herold.demo;

import java.time.LocalTime;
import java.util.SplittableRandom;

/** When in the day a kind of post goes out: planned posts on the quarter hour, alerts when they happen. */
enum TimeStyle {
    /** Office hours, with a lean towards the morning when people read the news. */
    DAYTIME {
        @Override
        LocalTime pick(SplittableRandom random) {
            return random.nextInt(2) == 0
                    ? quarterHour(random, 7 * 60 + 30, 12 * 60)
                    : quarterHour(random, 7 * 60, 19 * 60);
        }
    },
    /** Early enough that "heute" in the text still lies ahead. */
    MORNING {
        @Override
        LocalTime pick(SplittableRandom random) {
            return quarterHour(random, 7 * 60, 10 * 60 + 45);
        }
    },
    /** A warning issued in the first half of the day, at whatever minute it came in. */
    ALERT {
        @Override
        LocalTime pick(SplittableRandom random) {
            return anyMinute(random, 5 * 60 + 30, 13 * 60 + 59);
        }
    },
    /** Black ice and the like: before people leave for work. */
    EARLY_ALERT {
        @Override
        LocalTime pick(SplittableRandom random) {
            return anyMinute(random, 4 * 60 + 45, 7 * 60 + 29);
        }
    },
    /** A burst pipe or a power cut: any time the town is awake. */
    ANYTIME_ALERT {
        @Override
        LocalTime pick(SplittableRandom random) {
            return anyMinute(random, 5 * 60, 22 * 60 + 59);
        }
    };

    abstract LocalTime pick(SplittableRandom random);

    private static LocalTime quarterHour(SplittableRandom random, int firstMinute, int lastMinute) {
        int steps = (lastMinute - firstMinute) / 15 + 1;
        return LocalTime.of(0, 0).plusMinutes(firstMinute + 15L * random.nextInt(steps));
    }

    private static LocalTime anyMinute(SplittableRandom random, int firstMinute, int lastMinute) {
        return LocalTime.of(0, 0).plusMinutes(firstMinute + random.nextInt(lastMinute - firstMinute + 1));
    }
}
