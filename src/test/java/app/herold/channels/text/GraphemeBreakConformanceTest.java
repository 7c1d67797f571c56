package app.herold.channels.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;

/**
 * Unicode's own test of grapheme cluster boundaries (GraphemeBreakTest-16.0.0.txt, Unicode data under
 * the Unicode licence), line by line: every boundary TextMeasure reports must be a "÷" of the line and
 * every "÷" a boundary. Counting alone could pass with two wrong breaks that cancel out.
 */
class GraphemeBreakConformanceTest {

    private static final String TEST_FILE = "GraphemeBreakTest.txt";
    /** The file's own count ("# Lines: 1093"), so a truncated copy cannot pass. */
    private static final int LINES_IN_UNICODE_16 = 1093;

    @Test
    void everyBoundaryOfUnicodes16TestFileIsFoundAndNoOther() throws IOException {
        List<String> mismatches = new ArrayList<>();
        int checked = 0;
        for (String line : testLines()) {
            Case expected = Case.parse(line);
            int[] actual = TextMeasure.graphemeBoundaries(expected.text());
            if (!Arrays.equals(actual, expected.boundaries())) {
                mismatches.add(line + "  -> found: " + Arrays.toString(actual));
            }
            if (TextMeasure.graphemes(expected.text()) != expected.boundaries().length - 1) {
                mismatches.add(line + "  -> count " + TextMeasure.graphemes(expected.text()));
            }
            checked++;
        }
        assertThat(mismatches).as("%d of %d lines of GraphemeBreakTest 16.0.0 disagree", mismatches.size(), checked)
                .isEmpty();
        assertThat(checked).as("lines checked").isEqualTo(LINES_IN_UNICODE_16);
    }

    @Test
    void theTestFileIsUnicode16() throws IOException {
        assertThat(testFileHeader()).startsWith("# GraphemeBreakTest-16.0.0.txt");
    }

    @Test
    void aLineIsReadAsItsCodePointsAndTheirBreaks() {
        Case parsed = Case.parse("÷ 0020 × 0308 ÷ 1F1E6 ÷\t#  ÷ [0.2] SPACE (Other) × [9.0] COMBINING DIAERESIS");
        assertThat(parsed.text()).isEqualTo(" \u0308\uD83C\uDDE6");
        assertThat(parsed.boundaries()).containsExactly(0, 2, 4);
    }

    private static List<String> testLines() throws IOException {
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader = reader()) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line);
                }
            }
        }
        return lines;
    }

    private static String testFileHeader() throws IOException {
        try (BufferedReader reader = reader()) {
            return reader.readLine();
        }
    }

    private static BufferedReader reader() {
        InputStream in = GraphemeBreakConformanceTest.class.getResourceAsStream(TEST_FILE);
        return new BufferedReader(new InputStreamReader(Objects.requireNonNull(in, TEST_FILE), StandardCharsets.UTF_8));
    }

    /** One test line: the string it describes and the UTF-16 indices of its "÷" marks. */
    private record Case(String text, int[] boundaries) {

        static Case parse(String line) {
            int comment = line.indexOf('#');
            String[] tokens = (comment < 0 ? line : line.substring(0, comment)).trim().split("\\s+");
            StringBuilder text = new StringBuilder();
            List<Integer> boundaries = new ArrayList<>();
            for (String token : tokens) {
                switch (token) {
                    case "÷" -> boundaries.add(text.length());
                    case "×" -> { }
                    default -> text.appendCodePoint(Integer.parseInt(token, 16));
                }
            }
            return new Case(text.toString(), boundaries.stream().mapToInt(Integer::intValue).toArray());
        }
    }
}
