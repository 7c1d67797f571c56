package app.herold.domain.post;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a post is planned: an instant plus the IANA zone it was planned in.
 *
 * <p>The zone is kept because people plan in wall-clock time: a post planned for 09:00 must stay
 * at 09:00 when it is moved across a daylight-saving change, which a bare instant cannot express.
 */
public record Schedule(Instant at, ZoneId zone) {

    public Schedule {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(zone, "zone");
    }

    public static Schedule of(LocalDate date, LocalTime time, ZoneId zone) {
        return of(LocalDateTime.of(date, time), zone);
    }

    /**
     * A local time that does not exist (skipped by a spring-forward change) moves forward by the
     * length of the gap, as {@link ZonedDateTime#of} does; an ambiguous one takes the earlier offset.
     */
    public static Schedule of(LocalDateTime localDateTime, ZoneId zone) {
        return new Schedule(ZonedDateTime.of(localDateTime, zone).toInstant(), zone);
    }

    public ZonedDateTime zoned() {
        return at.atZone(zone);
    }

    public LocalDate localDate() {
        return zoned().toLocalDate();
    }

    public LocalTime localTime() {
        return zoned().toLocalTime();
    }

    /** The same wall-clock time on another day, whatever daylight-saving does in between. */
    public Schedule movedTo(LocalDate day) {
        return of(day, localTime(), zone);
    }

    public Schedule at(LocalTime time) {
        return of(localDate(), time, zone);
    }
}
