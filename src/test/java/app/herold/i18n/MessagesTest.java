package app.herold.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Keeps the German and English bundles complete and the code free of keys that do not exist. */
class MessagesTest {

    private static final Pattern KEY_IN_CODE = Pattern.compile("(?:text|format)\\(\"([a-zA-Z]+(?:\\.[a-zA-Z]+)+)\"");

    @ParameterizedTest
    @ValueSource(strings = {"messages", "cli"})
    void germanAndEnglishHaveTheSameKeys(String bundle) throws IOException {
        Set<String> english = load("/app/herold/i18n/" + bundle + ".properties").stringPropertyNames();
        Set<String> german = load("/app/herold/i18n/" + bundle + "_de.properties").stringPropertyNames();

        assertThat(new TreeSet<>(german)).isEqualTo(new TreeSet<>(english));
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = load("/app/herold/i18n/messages.properties").stringPropertyNames();
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = KEY_IN_CODE.matcher(Files.readString(source));
                while (matcher.find()) {
                    if (!known.contains(matcher.group(1))) {
                        missing.add(matcher.group(1) + " in " + source.getFileName());
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * A sentence with {0} goes through MessageFormat, where a single apostrophe starts a quote and
     * swallows the rest: "the town's {1}" would show "{1}" to the user. It must be written twice.
     */
    @Test
    void sentencesWithPlaceholdersWriteApostrophesTwice() throws IOException {
        for (String bundle : new String[] {"/app/herold/i18n/messages.properties", "/app/herold/i18n/messages_de.properties"}) {
            Properties sentences = load(bundle);
            Set<String> broken = new TreeSet<>();
            for (String key : sentences.stringPropertyNames()) {
                String sentence = sentences.getProperty(key);
                if (sentence.matches("(?s).*\\{\\d.*") && sentence.replace("''", "").contains("'")) {
                    broken.add(key);
                }
            }
            assertThat(broken).as("sentences in %s with a single apostrophe", bundle).isEmpty();
        }
    }

    @Test
    void datesAreWrittenTheGermanWay() {
        Messages german = Messages.forLanguage("de");

        assertThat(german.day(LocalDate.of(2026, 11, 28))).isEqualTo("Sa., 28.11.2026");
        assertThat(german.month(LocalDate.of(2026, 3, 1))).isEqualTo("März 2026");
        assertThat(german.format("calendar.more", 4)).isEqualTo("+4 weitere");
        assertThat(german.format("status.postCount", 1284)).isEqualTo("1.284 Beiträge");
    }

    @Test
    void englishIsChosenExplicitlyEvenOnAGermanSystem() {
        Messages english = Messages.forLanguage("en");

        assertThat(english.text("toolbar.newPost")).isEqualTo("New post");
        assertThat(english.day(LocalDate.of(2026, 11, 28))).isEqualTo("Sat, 28 Nov 2026");
    }

    @Test
    void aMissingKeyShowsTheKeyInsteadOfFailing() {
        assertThat(Messages.forLanguage("de").text("no.such.key")).isEqualTo("[no.such.key]");
    }

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream(resource)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
