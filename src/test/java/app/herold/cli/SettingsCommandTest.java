package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.domain.channel.Finding;
import app.herold.domain.rules.HolidayRules;
import app.herold.domain.settings.Preferences;
import app.herold.holidays.JollydayHolidays;
import app.herold.storage.Database;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code herold settings set state CODE}: the Land whose holidays the calendar and the checks use. */
@ExtendWith(GermanLocale.class)
class SettingsCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
    private static final LocalDate FRONLEICHNAM = LocalDate.of(2026, 6, 4);

    @TempDir
    Path temp;

    private Path dataDir;
    @BeforeEach
    void folders() {
        dataDir = temp.resolve("daten");
    }

    @Test
    void afterSettingBavariaAPostOnFronleichnamIsOnAHoliday() {
        String text = "Das Bürgerbüro bleibt geschlossen.";
        assertThat(holidayFindings(text, Database.readPreferences(dataDir).state())).isEmpty();

        CommandRun set = run("--data-dir", dataDir.toString(), "settings", "set", "state", "by");

        assertThat(set.exit()).isZero();
        assertThat(set.out()).isEqualTo("Feiertage gelten jetzt für Bayern (BY)." + System.lineSeparator());
        assertThat(set.err()).isEmpty();
        String stored = Database.readPreferences(dataDir).state();
        assertThat(stored).isEqualTo("BY");
        assertThat(holidayFindings(text, stored)).extracting(Finding::rule, Finding::arguments)
                .containsExactly(tuple("calendar.holiday", List.of("Fronleichnam")));
    }

    @Test
    void settingTheStateKeepsTheOtherSettings() {
        Preferences before = Preferences.defaults().withLanguage("en").withTheme(Preferences.THEME_DARK)
                .withWelcomeAnswered(true);
        Database.preferencesOf(prepared()).save(before);

        assertThat(run("settings", "set", "state", "TH", "--data-dir", dataDir.toString()).exit()).isZero();

        assertThat(Database.readPreferences(dataDir)).isEqualTo(before.withState("TH"));
    }

    @Test
    void theAltMarkerSuggestionIsSwitchedOnAndOffAndAnythingElseIsRefused() {
        assertThat(Database.readPreferences(dataDir).altTextMarker()).isFalse();

        CommandRun on = run("--data-dir", dataDir.toString(), "settings", "set", "alt-marker", "on");
        assertThat(on.exit()).isZero();
        assertThat(on.out().strip()).isEqualTo("Beiträge mit lauter beschriebenen Bildern bekommen jetzt den „!B“-Vorschlag.");
        assertThat(Database.readPreferences(dataDir).altTextMarker()).isTrue();
        assertThat(Database.readPreferences(dataDir).state()).isEqualTo("SN");

        CommandRun wrong = run("--data-dir", dataDir.toString(), "settings", "set", "alt-marker", "ja");
        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err().strip()).isEqualTo("Bitte „on“ oder „off“ angeben, nicht „ja“.");
        assertThat(Database.readPreferences(dataDir).altTextMarker()).isTrue();

        assertThat(run("--data-dir", dataDir.toString(), "settings", "set", "alt-marker", "OFF").exit()).isZero();
        assertThat(Database.readPreferences(dataDir).altTextMarker()).isFalse();
    }

    @Test
    void anUnknownCodeIsOneSentenceOnStandardErrorAndExit1AndChangesNothing() {
        Database.preferencesOf(prepared()).save(Preferences.defaults().withState("BE"));

        CommandRun set = run("--data-dir", dataDir.toString(), "settings", "set", "state", "Bavaria");

        assertThat(set.exit()).isEqualTo(1);
        assertThat(set.out()).isEmpty();
        assertThat(set.err().strip()).isEqualTo("Unbekanntes Bundesland „Bavaria“: Verwenden Sie BW, BY, BE, BB, HB, HH, "
                + "HE, MV, NI, NW, RP, SL, SN, ST, SH oder TH.").doesNotContain("\n");
        assertThat(Database.readPreferences(dataDir).state()).isEqualTo("BE");
    }

    @Test
    void whileTheWindowHoldsTheDataDirectoryTheSettingIsRefused() {
        Database.LockedDirectory window = Database.lock(prepared());
        try {
            CommandRun set = run("--data-dir", dataDir.toString(), "settings", "set", "state", "BY");

            assertThat(set.exit()).isEqualTo(1);
            assertThat(set.err()).isNotBlank();
        } finally {
            window.release();
        }
        assertThat(Database.readPreferences(dataDir).state()).isEqualTo("SN");
    }

    private static List<Finding> holidayFindings(String text, String state) {
        return new HolidayRules().check(text, FRONLEICHNAM,
                new JollydayHolidays().between(FRONLEICHNAM, FRONLEICHNAM, state));
    }

    private Path prepared() {
        try {
            return Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, args);
    }
}
