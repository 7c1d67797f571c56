package app.herold.exchange;

import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.rules.ElectionWindows;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.time.LocalDate;
import java.time.Period;

/**
 * An election as a JSON object, as {@code elections list --json} and the plan's export write it: {@code id,
 * type, date, announced, name, candidates, groups, example}, its windows' lengths {@code warning} and
 * {@code hotPhase} (ISO-8601 periods, "P3M", "P42D") and the days they give, {@code windowStart,
 * hotPhaseStart, windowEnd}, which a reader works out again rather than reads.
 */
public final class ElectionJson {

    private ElectionJson() {
    }

    public static void write(JsonGenerator json, Election election) throws IOException {
        var window = election.window();
        json.writeStartObject();
        json.writeNumberField("id", election.id());
        json.writeStringField("type", election.type().id());
        json.writeStringField("date", election.date().toString());
        if (election.announcedOn() == null) {
            json.writeNullField("announced");
        } else {
            json.writeStringField("announced", election.announcedOn().toString());
        }
        json.writeStringField("name", election.name());
        json.writeArrayFieldStart("candidates");
        for (String candidate : election.candidates()) {
            json.writeString(candidate);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("groups");
        for (String group : election.groups()) {
            json.writeString(group);
        }
        json.writeEndArray();
        json.writeBooleanField("example", election.example());
        json.writeStringField("warning", election.windows().warning().toString());
        json.writeStringField("hotPhase", election.windows().hotPhase().toString());
        json.writeStringField("windowStart", window.start().toString());
        json.writeStringField("hotPhaseStart", window.hotStart().toString());
        json.writeStringField("windowEnd", window.endExclusive().minusDays(1).toString());
        json.writeEndObject();
    }

    /** Reads what {@link #write} wrote; without {@code warning} and {@code hotPhase} the windows are the default ones. */
    public static Election read(JsonFields election) {
        long id = election.number("id");
        if (id <= 0) {
            throw election.invalid("id");
        }
        ElectionWindows windows = election.has("warning") || election.has("hotPhase")
                ? new ElectionWindows(election.parsed("warning", Period::parse), election.parsed("hotPhase", Period::parse))
                : ElectionWindows.DEFAULT;
        return new Election(id, election.parsed("type", type -> ElectionType.fromId(type).orElse(null)),
                election.parsed("date", LocalDate::parse), election.parsedOrNull("announced", LocalDate::parse),
                election.text("name", ""), election.texts("candidates"), election.texts("groups"),
                election.flag("example", false), windows);
    }
}
