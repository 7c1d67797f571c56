package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** check and elections as the town's scripts call them. */
@ExtendWith(GermanLocale.class)
class RuleCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void anElectionAddedIsListedWithItsWindowAndCanBeRemoved() throws IOException {
        CommandRun added = run("elections", "add", "--type", "buergermeister", "--date", "2029-06-10", "--announced",
                "2029-04-01", "--name", "Bürgermeisterwahl Meerane", "--candidate", "Anja Weber");
        assertThat(added.exit()).as(added.err()).isZero();

        JsonNode list = JSON.readTree(run("elections", "list", "--json").out());
        JsonNode mayor = list.get(list.size() - 1);
        assertThat(mayor.path("type").asText()).isEqualTo("buergermeister");
        assertThat(mayor.path("windowStart").asText()).isEqualTo("2029-04-01");
        assertThat(mayor.path("hotPhaseStart").asText()).isEqualTo("2029-04-29");
        assertThat(mayor.path("windowEnd").asText()).isEqualTo("2029-06-11");
        assertThat(list.get(0).path("example").asBoolean()).isTrue();

        assertThat(run("elections", "remove", added.out().strip()).exit()).isZero();
        assertThat(JSON.readTree(run("elections", "list", "--json").out())).hasSize(list.size() - 1);
    }

    @Test
    void aWrongElectionTypeIsOneSentence() {
        CommandRun wrong = run("elections", "add", "--type", "landrat", "--date", "2029-06-10");

        assertThat(wrong.exit()).isEqualTo(HeroldCommandLine.EXIT_FAILURE);
        assertThat(wrong.err().strip()).contains("landrat").doesNotContain("Exception");
    }

    @Test
    void checkPrintsTheFindingsOfAPostPlannedInsideAnElectionsWindow() throws IOException {
        run("elections", "add", "--type", "buergermeister", "--date", "2029-06-10", "--candidate", "Anja Weber");
        Path text = Files.writeString(temp.resolve("post.txt"), "Anja Weber eröffnet den Spielplatz. Wählen Sie am Sonntag! "
                + "#spielplatzmeerane", StandardCharsets.UTF_8);
        String id = run("add", "--text-file", text.toString(), "--at", "2029-05-20T10:00").out().strip();

        CommandRun check = run("check", "--post", id, "--json");

        assertThat(check.exit()).isZero();
        JsonNode result = JSON.readTree(check.out());
        assertThat(result.path("postId").asLong()).isEqualTo(Long.parseLong(id));
        assertThat(result.path("findings")).extracting(finding -> finding.path("rule").asText())
                .contains("neutrality.candidate", "neutrality.call-to-vote", "accessibility.hashtag-case");
        JsonNode candidate = null;
        for (JsonNode finding : result.path("findings")) {
            if (finding.path("rule").asText().equals("neutrality.candidate")) {
                candidate = finding;
            }
        }
        assertThat(candidate.fieldNames()).toIterable().contains("rule", "severity", "message", "start", "end", "channel");
        assertThat(candidate.path("channel").isNull()).isTrue();
        assertThat(candidate.path("start").asInt()).isZero();
        assertThat(candidate.path("end").asInt()).isEqualTo("Anja Weber".length());
    }

    @Test
    void aPostOnBussUndBettagInSaxonyGetsTheHolidayNoteAndOnTotensonntagAnEventWarning() throws IOException {
        Path market = Files.writeString(temp.resolve("markt.txt"), "Wochenmarkt wie immer.", StandardCharsets.UTF_8);
        Path party = Files.writeString(temp.resolve("party.txt"), "Großes Stadtfest mit Tanz und Musik!", StandardCharsets.UTF_8);
        String onHoliday = run("add", "--text-file", market.toString(), "--at", "2026-11-18T09:00").out().strip();
        String onMourningDay = run("add", "--text-file", party.toString(), "--at", "2026-11-22T09:00").out().strip();

        JsonNode holiday = JSON.readTree(run("check", "--post", onHoliday, "--json").out());
        JsonNode mourning = JSON.readTree(run("check", "--post", onMourningDay, "--json").out());

        assertThat(holiday.path("findings")).extracting(finding -> finding.path("rule").asText()).contains("calendar.holiday");
        assertThat(mourning.path("findings")).anySatisfy(finding -> {
            assertThat(finding.path("rule").asText()).isEqualTo("calendar.mourning-day");
            assertThat(finding.path("severity").asText()).isEqualTo("warning");
        });
    }

    private CommandRun run(String... args) {
        String[] withData = new String[args.length + 2];
        withData[0] = "--data-dir";
        withData[1] = dataDir.toString();
        System.arraycopy(args, 0, withData, 2, args.length);
        return CommandRun.of(CLOCK, withData);
    }
}
