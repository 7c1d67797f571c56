package app.herold.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import biweekly.Biweekly;
import biweekly.ICalendar;
import biweekly.component.Observance;
import biweekly.component.VEvent;
import biweekly.component.VTimezone;
import biweekly.util.DateTimeComponents;
import biweekly.util.UtcOffset;
import biweekly.util.com.google.ical.compat.javautil.DateIterator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The file itself: its time zones, read back by biweekly's parser, which applies the file's own VTIMEZONEs. */
class PlanCalendarIcsTest {

    private static final String DATA_DIRECTORY_ID = "3f1c2b7e-0d5a-4c1e-9a57-2f3d1e6b8c90";

    @TempDir
    Path temp;

    private final PlanCalendarIcs ics = new PlanCalendarIcs(() -> DATA_DIRECTORY_ID);

    @Test
    void berlinIsWrittenAsTheTwoYearlyRulesOutlookReads() throws IOException {
        Path file = write(List.of(post(1, "2026-10-25T10:00", "Europe/Berlin")));

        VTimezone berlin = read(file).getTimezoneInfo().getComponents().iterator().next();

        assertThat(berlin.getTimezoneId().getValue()).isEqualTo("Europe/Berlin");
        assertThat(berlin.getDaylightSavingsTime()).singleElement().satisfies(summer ->
                assertThat(summer.getRecurrenceRule().getValue().getByMonth()).containsExactly(3));
        assertThat(berlin.getStandardTimes()).singleElement().satisfies(winter ->
                assertThat(winter.getRecurrenceRule().getValue().getByMonth()).containsExactly(10));
        assertThat(Files.readString(file)).contains("RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3",
                "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=10", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100");
    }

    /**
     * A post every 17 days over three years, in zones with yearly rules of every kind (last Sunday, second
     * Sunday, the southern summer, Chile's "on or after the 2nd"), zones whose daylight saving ended within the
     * posts' time, zones without any, and years in which the rules themselves changed (the USA in 2007, the
     * EU's last change in 1996). The file's VTIMEZONE must give Java's offset at every quarter hour
     * of that time, and each event's local start must name the post's instant.
     *
     * <p>The VTIMEZONE is evaluated here by RFC 5545's rule, not by biweekly's reader: that reader resolves the
     * hours right after a change with the old offset (for Berlin's own VTIMEZONE as tzurl.org publishes it,
     * too), so it cannot judge them.
     */
    @ParameterizedTest
    @CsvSource({"Europe/Berlin, 2016", "America/New_York, 2016", "Australia/Sydney, 2016", "America/Santiago, 2016",
            "America/Sao_Paulo, 2016", "Europe/Istanbul, 2016", "Asia/Tokyo, 2016", "UTC, 2016", "Europe/Dublin, 2016",
            "Asia/Kolkata, 2016", "America/New_York, 2006", "America/New_York, 2009", "Europe/Berlin, 1996",
            "Europe/Berlin, 1998", "Europe/Berlin, 2026"})
    void theTimeZoneGivesJavasOffsetThroughoutAndEachEventItsPostsInstant(String zone, int firstYear)
            throws IOException {
        ZoneId id = ZoneId.of(zone);
        List<Post> posts = new ArrayList<>();
        LocalDateTime time = LocalDateTime.of(firstYear, 1, 3, 9, 30);
        for (int number = 1; time.getYear() < firstYear + 3; number++, time = time.plusDays(17).plusHours(5)) {
            posts.add(post(number, time.toString(), zone));
        }

        ICalendar calendar = read(write(posts));

        VTimezone timezone = calendar.getTimezoneInfo().getComponents().iterator().next();
        assertThat(timezone.getTimezoneId().getValue()).isEqualTo(zone);
        Instant first = posts.get(0).schedule().at();
        Instant last = posts.get(posts.size() - 1).schedule().at();
        List<Onset> onsets = onsets(timezone, last);
        List<String> wrong = new ArrayList<>();
        for (Instant instant = first; !instant.isAfter(last); instant = instant.plusSeconds(15 * 60)) {
            if (!offsetAt(onsets, instant).equals(id.getRules().getOffset(instant))) {
                wrong.add(instant + " " + offsetAt(onsets, instant));
            }
        }
        assertThat(wrong).as("instants where the VTIMEZONE differs from Java's rules").isEmpty();
        List<VEvent> events = calendar.getEvents();
        for (int index = 0; index < posts.size(); index++) {
            Instant planned = posts.get(index).schedule().at();
            DateTimeComponents written = events.get(index).getDateStart().getValue().getRawComponents();
            assertThat(LocalDateTime.of(written.getYear(), written.getMonth(), written.getDate(), written.getHour(),
                    written.getMinute(), written.getSecond())).isEqualTo(LocalDateTime.ofInstant(planned,
                    offsetAt(onsets, planned)));
            assertThat(calendar.getTimezoneInfo().getTimezone(events.get(index).getDateStart()).getComponent())
                    .isSameAs(timezone);
        }
    }

    @Test
    void postsOfTwoZonesEachGetTheirOwn() throws IOException {
        Post berlin = post(1, "2026-07-01T09:00", "Europe/Berlin");
        Post newYork = post(2, "2026-07-01T09:00", "America/New_York");

        ICalendar calendar = read(write(List.of(berlin, newYork)));

        assertThat(calendar.getTimezoneInfo().getComponents()).extracting(zone -> zone.getTimezoneId().getValue())
                .containsExactlyInAnyOrder("Europe/Berlin", "America/New_York");
        assertThat(calendar.getEvents()).extracting(event -> event.getDateStart().getValue().toInstant())
                .containsExactly(Instant.parse("2026-07-01T07:00:00Z"), Instant.parse("2026-07-01T13:00:00Z"));
    }

    @Test
    void aPostWithoutTextIsStillNamedInTheCalendar() throws IOException {
        Post blank = new Post(PostId.of(7), "", "", Schedule.of(LocalDateTime.parse("2026-10-10T10:00"),
                ZoneId.of("Europe/Berlin")), PostStatus.DRAFT, null, null, null, null, null, null);

        VEvent event = read(write(List.of(blank))).getEvents().get(0);

        assertThat(event.getSummary().getValue()).isEqualTo("(noch ohne Text)");
        assertThat(event.getUid().getValue()).isEqualTo("post-7@" + DATA_DIRECTORY_ID);
        assertThat(event.getDescription().getValue()).isEqualTo("Status: Entwurf\nKanäle: noch keine gewählt");
    }

    @Test
    void aFolderThatIsMissingIsSaidInOneSentenceAndLeavesNothing() {
        Path file = temp.resolve("fehlt").resolve("plan.ics");

        assertThatThrownBy(() -> ics.write(List.of(post(1, "2026-10-10T10:00", "Europe/Berlin")), Locale.GERMANY, file))
                .isInstanceOfSatisfying(UserFacingException.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("error.export.write");
                    assertThat(problem.arguments()).containsExactly(file.toString());
                });
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void anOlderFileIsReplacedWhole() throws IOException {
        Path file = temp.resolve("plan.ics");
        Files.writeString(file, "alt ".repeat(10_000));

        ics.write(List.of(post(1, "2026-10-10T10:00", "Europe/Berlin")), Locale.GERMANY, file);

        assertThat(read(file).getEvents()).hasSize(1);
        assertThat(Files.readString(file)).doesNotContain("alt ");
        try (var files = Files.list(temp)) {
            assertThat(files).containsExactly(file);
        }
    }

    /** When an observance begins and the offset from then on. */
    private record Onset(Instant at, ZoneOffset offset) {
    }

    /**
     * Every onset of the zone's observances up to {@code until}, in order: DTSTART and its RRULE repeats are
     * local times in the offset before (TZOFFSETFROM); the repeats are counted out in UTC, where no day has a gap.
     */
    private static List<Onset> onsets(VTimezone timezone, Instant until) {
        List<Onset> onsets = new ArrayList<>();
        List<Observance> observances = new ArrayList<>(timezone.getStandardTimes());
        observances.addAll(timezone.getDaylightSavingsTime());
        for (Observance observance : observances) {
            DateTimeComponents start = observance.getDateStart().getValue().getRawComponents();
            ZoneOffset from = offset(observance.getTimezoneOffsetFrom().getValue());
            ZoneOffset to = offset(observance.getTimezoneOffsetTo().getValue());
            LocalDateTime local = LocalDateTime.of(start.getYear(), start.getMonth(), start.getDate(), start.getHour(),
                    start.getMinute(), start.getSecond());
            if (observance.getRecurrenceRule() == null) {
                onsets.add(new Onset(local.toInstant(from), to));
                continue;
            }
            DateIterator repeats = observance.getRecurrenceRule().getValue()
                    .getDateIterator(Date.from(local.toInstant(ZoneOffset.UTC)), TimeZone.getTimeZone("UTC"));
            while (repeats.hasNext()) {
                Instant onset = LocalDateTime.ofInstant(repeats.next().toInstant(), ZoneOffset.UTC).toInstant(from);
                if (onset.isAfter(until)) {
                    break;
                }
                onsets.add(new Onset(onset, to));
            }
        }
        onsets.sort(Comparator.comparing(Onset::at));
        return onsets;
    }

    private static ZoneOffset offsetAt(List<Onset> onsets, Instant instant) {
        ZoneOffset offset = null;
        for (Onset onset : onsets) {
            if (onset.at().isAfter(instant)) {
                break;
            }
            offset = onset.offset();
        }
        assertThat(offset).as("an observance in force at " + instant).isNotNull();
        return offset;
    }

    private static ZoneOffset offset(UtcOffset offset) {
        return ZoneOffset.ofTotalSeconds((int) (offset.getMillis() / 1000));
    }

    private static Post post(long id, String localDateTime, String zone) {
        Instant changed = Instant.parse("2026-01-15T12:00:00Z");
        return Post.newPost(Schedule.of(LocalDateTime.parse(localDateTime), ZoneId.of(zone)))
                .withTitle("Beitrag " + id).withId(PostId.of(id)).withTimestamps(changed, changed);
    }

    private Path write(List<Post> posts) {
        Path file = temp.resolve("plan.ics");
        ics.write(posts, Locale.GERMANY, file);
        return file;
    }

    private static ICalendar read(Path file) throws IOException {
        return Biweekly.parse(Files.readString(file)).first();
    }
}
