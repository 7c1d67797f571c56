package app.herold.exchange.ics;

import biweekly.component.DaylightSavingsTime;
import biweekly.component.Observance;
import biweekly.component.StandardTime;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.Frequency;
import biweekly.util.Recurrence;
import biweekly.util.UtcOffset;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * A zone's VTIMEZONE, made from Java's own zone rules: the same rules Herold plans every post with,
 * and no time-zone service to ask (biweekly's own generator downloads from tzurl.org).
 *
 * <p>Where the zone follows yearly rules over all the events (Europe/Berlin since 1997), it is the
 * form tzurl.org publishes for Outlook: one STANDARD and one DAYLIGHT part, each with a yearly
 * RRULE. Otherwise (a zone whose rules changed within the events' time, or whose rule an
 * RRULE cannot state) every real change of offset around the events is listed once, which is exact
 * for any zone.
 */
final class IcsTimeZone {

    private IcsTimeZone() {
    }

    /** The VTIMEZONE for {@code zone}, correct at least for the instants from {@code first} to {@code last}. */
    static VTimezone of(ZoneId zone, Instant first, Instant last) {
        ZoneRules rules = zone.getRules();
        VTimezone timezone = new VTimezone(zone.getId());
        if (rules.isFixedOffset()) {
            ZoneOffset offset = rules.getOffset(first);
            timezone.addStandardTime(observance(new StandardTime(), LocalDateTime.of(1970, 1, 1, 0, 0), offset, offset));
            return timezone;
        }
        Optional<List<Observance>> yearly = yearly(rules, first);
        for (Observance observance : yearly.orElseGet(() -> listed(rules, first, last))) {
            if (observance instanceof DaylightSavingsTime daylight) {
                timezone.addDaylightSavingsTime(daylight);
            } else {
                timezone.addStandardTime((StandardTime) observance);
            }
        }
        return timezone;
    }

    /** The yearly rules as RRULEs, when they alone decide the offset from {@code first} on and each can be written as one. */
    private static Optional<List<Observance>> yearly(ZoneRules rules, Instant first) {
        List<ZoneOffsetTransitionRule> transitionRules = rules.getTransitionRules();
        List<ZoneOffsetTransition> history = rules.getTransitions();
        Instant lastListed = history.isEmpty() ? null : history.get(history.size() - 1).getInstant();
        if (transitionRules.isEmpty() || (lastListed != null && !first.isAfter(lastListed))) {
            return Optional.empty();
        }
        int startYear = lastListed == null ? 1970 : lastListed.atOffset(ZoneOffset.UTC).getYear() + 1;
        List<Observance> observances = new ArrayList<>();
        for (ZoneOffsetTransitionRule rule : transitionRules) {
            Optional<Recurrence> recurrence = recurrence(rule);
            ZoneOffsetTransition firstChange = rule.createTransition(startYear);
            // Before the first onset the file would say nothing: such events get the listed changes instead.
            if (recurrence.isEmpty() || first.isBefore(firstChange.getInstant())) {
                return Optional.empty();
            }
            Observance observance = observance(rule.getOffsetAfter().equals(rule.getStandardOffset())
                    ? new StandardTime() : new DaylightSavingsTime(), firstChange.getDateTimeBefore(),
                    rule.getOffsetBefore(), rule.getOffsetAfter());
            observance.setRecurrenceRule(recurrence.get());
            observances.add(observance);
        }
        return Optional.of(observances);
    }

    /**
     * "FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU" for "Sunday on or after 25 March", the last one; the nth
     * weekday for one on or after the 1st, 8th, 15th or 22nd; the weekday among seven month days
     * otherwise. Empty for what one RRULE cannot say: a change at 24:00, a week that may run into the
     * next month.
     */
    private static Optional<Recurrence> recurrence(ZoneOffsetTransitionRule rule) {
        if (rule.isMidnightEndOfDay()) {
            return Optional.empty();
        }
        Month month = rule.getMonth();
        Recurrence.Builder builder = new Recurrence.Builder(Frequency.YEARLY).byMonth(month.getValue());
        int day = rule.getDayOfMonthIndicator();
        if (rule.getDayOfWeek() == null) {
            return Optional.of(builder.byMonthDay(day).build());
        }
        biweekly.util.DayOfWeek weekday = biweekly.util.DayOfWeek.valueOf(rule.getDayOfWeek().name());
        if (day == -1 || (day > 0 && month.minLength() == month.maxLength() && day + 6 == month.maxLength())) {
            return Optional.of(builder.byDay(-1, weekday).build());
        }
        if (day > 0 && day <= 22 && (day - 1) % 7 == 0) {
            return Optional.of(builder.byDay((day - 1) / 7 + 1, weekday).build());
        }
        if (day > 0 && day + 6 <= month.minLength()) {
            return Optional.of(builder.byDay(weekday)
                    .byMonthDay(IntStream.rangeClosed(day, day + 6).boxed().toList()).build());
        }
        return Optional.empty();
    }

    /** Every change of offset from the last one before {@code first} to {@code last}, each listed once. */
    private static List<Observance> listed(ZoneRules rules, Instant first, Instant last) {
        List<Observance> observances = new ArrayList<>();
        ZoneOffsetTransition change = rules.previousTransition(first.plusSeconds(1));
        if (change == null) {
            ZoneOffset offset = rules.getOffset(first);
            observances.add(observance(new StandardTime(), LocalDateTime.of(1800, 1, 1, 0, 0), offset, offset));
            change = rules.nextTransition(first);
        }
        while (change != null && !change.getInstant().isAfter(last)) {
            observances.add(observance(rules.isDaylightSavings(change.getInstant()) ? new DaylightSavingsTime()
                    : new StandardTime(), change.getDateTimeBefore(), change.getOffsetBefore(), change.getOffsetAfter()));
            change = rules.nextTransition(change.getInstant());
        }
        return observances;
    }

    private static <T extends Observance> T observance(T observance, LocalDateTime start, ZoneOffset from, ZoneOffset to) {
        observance.setDateStart(new DateTimeComponents(start.getYear(), start.getMonthValue(), start.getDayOfMonth(),
                start.getHour(), start.getMinute(), start.getSecond(), false));
        observance.setTimezoneOffsetFrom(new UtcOffset(from.getTotalSeconds() * 1000L));
        observance.setTimezoneOffsetTo(new UtcOffset(to.getTotalSeconds() * 1000L));
        return observance;
    }
}
