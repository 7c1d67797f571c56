package app.herold.exchange.ics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IcsLinesTest {

    @Test
    void aShortLineStaysAsItIs() {
        assertThat(IcsLines.fold("SUMMARY:Straßenfest\r\nEND:VEVENT\r\n")).isEqualTo("SUMMARY:Straßenfest\r\nEND:VEVENT\r\n");
    }

    @Test
    void aLongLineIsFoldedAtSeventyFiveOctetsAndNeverInsideACharacter() {
        String line = "SUMMARY:" + "a".repeat(65) + "🎉" + "ä".repeat(60);

        String folded = IcsLines.fold(line + "\r\n");

        String[] lines = folded.split("\r\n");
        // 8 + 65 octets fit, the emoji's four would make 77: it starts the next line.
        assertThat(lines[0]).isEqualTo("SUMMARY:" + "a".repeat(65));
        assertThat(lines[1]).startsWith(" 🎉ä");
        assertThat(lines).allSatisfy(part ->
                assertThat(part.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(IcsLines.MAX_OCTETS));
        assertThat(folded.replace("\r\n ", "")).isEqualTo(line + "\r\n");
    }
}
