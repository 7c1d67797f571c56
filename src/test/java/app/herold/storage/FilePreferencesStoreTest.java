package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.settings.Preferences;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** settings.properties beside the database: what the window and the commands read before anything else. */
class FilePreferencesStoreTest {

    @TempDir
    Path dataDirectory;

    @Test
    void everySettingComesBackAsSaved() {
        Preferences saved = Preferences.defaults().withLanguage("en").withTheme(Preferences.THEME_DARK)
                .withDefaultPostTime(LocalTime.of(7, 30)).withWelcomeAnswered(true).withState("BY")
                .withAltTextMarker(true);

        Database.preferencesOf(dataDirectory).save(saved);

        assertThat(Database.readPreferences(dataDirectory)).isEqualTo(saved);
    }

    @Test
    void aFileWrittenBeforeTheBundeslandSettingMeansSaxony() throws IOException {
        Files.writeString(dataDirectory.resolve("settings.properties"), """
                #Herold settings
                language=de
                defaultPostTime=08\\:15
                theme=light
                welcomeAnswered=true
                """, StandardCharsets.UTF_8);

        Preferences read = Database.readPreferences(dataDirectory);

        assertThat(read.state()).isEqualTo("SN");
        assertThat(read.language()).isEqualTo("de");
        assertThat(read.defaultPostTime()).isEqualTo(LocalTime.of(8, 15));
        assertThat(read.welcomeAnswered()).isTrue();
    }

    @Test
    void aStateThatIsNoLandMeansSaxonyAndALowerCaseCodeIsRead() throws IOException {
        Path file = dataDirectory.resolve("settings.properties");
        Files.writeString(file, "state=Bavaria\n", StandardCharsets.UTF_8);
        assertThat(Database.readPreferences(dataDirectory).state()).isEqualTo("SN");

        Files.writeString(file, "state=th\n", StandardCharsets.UTF_8);
        assertThat(Database.readPreferences(dataDirectory).state()).isEqualTo("TH");
    }

    @Test
    void withoutAFileTheDefaultsHoldSaxony() {
        assertThat(Database.readPreferences(dataDirectory)).isEqualTo(Preferences.defaults());
        assertThat(Preferences.defaults().state()).isEqualTo("SN");
    }
}
