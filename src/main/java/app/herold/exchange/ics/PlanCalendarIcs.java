package app.herold.exchange.ics;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PlanCalendarFiles;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.text.FormattedText;
import app.herold.exchange.WriteFailures;
import app.herold.i18n.Messages;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import biweekly.io.TimezoneAssignment;
import biweekly.io.text.ICalWriter;
import biweekly.property.Transparency;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Supplier;

/**
 * The plan as an iCalendar file (RFC 5545): one VEVENT per post at its planned time in its own zone,
 * with that zone's VTIMEZONE, fifteen minutes long and shown as free, so the posts sit in the
 * mayor's calendar without blocking it. The UID is {@code post-<id>@<data directory id>}, the same
 * in every file from one data directory, so a calendar that matches by UID updates the events an
 * older file brought in. DTSTAMP and LAST-MODIFIED are the post's last
 * change, so exporting an unchanged plan twice gives the same events.
 */
public final class PlanCalendarIcs implements PlanCalendarFiles {

    static final Duration EVENT_LENGTH = Duration.ofMinutes(15);
    static final String PRODUCT_ID = "-//Herold//Herold Redaktionsplan//DE";

    private final Supplier<String> dataDirectoryId;

    /** @param dataDirectoryId the data directory's id for the UIDs, asked for when a file is written */
    public PlanCalendarIcs(Supplier<String> dataDirectoryId) {
        this.dataDirectoryId = dataDirectoryId;
    }

    /** The UID of a post's event; stays the same for every export from the same data directory. */
    static String uid(PostId post, String dataDirectoryId) {
        return "post-" + post.value() + "@" + dataDirectoryId;
    }

    @Override
    public void write(List<Post> posts, Locale locale, Path file) {
        if (Files.isDirectory(file)) {
            throw new UserFacingException("error.export.write", file.toString());
        }
        Messages messages = Messages.forLocale(locale);
        ICalendar calendar = calendar(posts, messages, dataDirectoryId.get());
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            StringWriter unfolded = new StringWriter();
            try (ICalWriter writer = new ICalWriter(unfolded, ICalVersion.V2_0)) {
                writer.getVObjectWriter().getFoldedLineWriter().setLineLength(null);
                writer.write(calendar);
            }
            Files.writeString(temporary, IcsLines.fold(unfolded.toString()), StandardCharsets.UTF_8);
            // The calendar program may read the old file at the same time: it sees the old or the new one, whole.
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw WriteFailures.of(e, file);
        }
    }

    static ICalendar calendar(List<Post> posts, Messages messages, String dataDirectoryId) {
        ICalendar calendar = new ICalendar();
        calendar.setProductId(PRODUCT_ID);
        calendar.setExperimentalProperty("X-WR-CALNAME", messages.text("ics.calendarName"));
        Map<ZoneId, TimezoneAssignment> zones = zones(posts);
        for (Post post : posts) {
            VEvent event = new VEvent();
            event.setUid(uid(post.id(), dataDirectoryId));
            String headline = post.headline();
            event.setSummary(headline.isBlank() ? messages.text("card.untitled") : headline);
            event.setDescription(description(post, messages));
            event.addCategories(categories(post, messages));
            Instant start = post.schedule().at();
            TimezoneAssignment zone = zones.get(post.schedule().zone());
            calendar.getTimezoneInfo().setTimezone(event.setDateStart(Date.from(start)), zone);
            calendar.getTimezoneInfo().setTimezone(event.setDateEnd(Date.from(start.plus(EVENT_LENGTH))), zone);
            event.setTransparency(Transparency.transparent());
            if (post.updatedAt() != null) {
                event.setDateTimeStamp(Date.from(post.updatedAt()));
                event.setLastModified(Date.from(post.updatedAt()));
            }
            if (post.createdAt() != null) {
                event.setCreated(Date.from(post.createdAt()));
            }
            calendar.addEvent(event);
        }
        return calendar;
    }

    /** One VTIMEZONE per zone the posts are planned in, right for all of that zone's events. */
    private static Map<ZoneId, TimezoneAssignment> zones(List<Post> posts) {
        Map<ZoneId, Instant[]> spans = new LinkedHashMap<>();
        for (Post post : posts) {
            Instant start = post.schedule().at();
            spans.merge(post.schedule().zone(), new Instant[] {start, start.plus(EVENT_LENGTH)}, (known, added) ->
                    new Instant[] {min(known[0], added[0]), max(known[1], added[1])});
        }
        Map<ZoneId, TimezoneAssignment> zones = new LinkedHashMap<>();
        spans.forEach((zone, span) -> zones.put(zone,
                new TimezoneAssignment(TimeZone.getTimeZone(zone), IcsTimeZone.of(zone, span[0], span[1]))));
        return zones;
    }

    /** Status and channels first, for a glance in the calendar; then the text as readers will see it. */
    private static String description(Post post, Messages messages) {
        List<String> channels = post.channels().stream().map(ChannelKind::brandName).toList();
        String text = FormattedText.parse(post.text()).plain().strip();
        return messages.format("ics.description.status", status(post, messages)) + "\n"
                + (channels.isEmpty() ? messages.text("ics.description.noChannels")
                        : messages.format("ics.description.channels", String.join(", ", channels)))
                + (text.isEmpty() ? "" : "\n\n" + text);
    }

    private static List<String> categories(Post post, Messages messages) {
        List<String> categories = new ArrayList<>();
        categories.add(status(post, messages));
        post.channels().forEach(channel -> categories.add(channel.brandName()));
        return categories;
    }

    private static String status(Post post, Messages messages) {
        return messages.text("status." + post.status().id());
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static void deleteQuietly(Path temporary) {
        try {
            Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
            // The export failed already; a leftover .tmp file is the lesser problem and is said nowhere else.
        }
    }
}
