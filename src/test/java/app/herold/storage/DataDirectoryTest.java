package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Where Herold keeps its data: {@code --data-dir}, else {@code HEROLD_DATA_DIR}, else the folder
 * each operating system expects for per-user application data.
 */
class DataDirectoryTest {

    private static final String LINUX = "Linux";
    private static final String HOME = "/home/anna";
    private static final Map<String, String> NOTHING = Map.of();

    @Test
    void theOptionWinsOverTheEnvironmentAndTheSystemDefault() {
        Map<String, String> environment = Map.of("HEROLD_DATA_DIR", "/srv/herold", "XDG_DATA_HOME", "/data/anna");

        assertThat(DataDirectory.resolve("/mnt/stick/herold", environment, LINUX, HOME))
                .isEqualTo(Path.of("/mnt/stick/herold").toAbsolutePath());
    }

    @Test
    void aRelativeOptionMeansAFolderBelowTheWorkingDirectory() {
        Path resolved = DataDirectory.resolve("daten/../herold", NOTHING, LINUX, HOME);

        assertThat(resolved).isAbsolute().isEqualTo(Path.of("herold").toAbsolutePath());
    }

    @Test
    void theEnvironmentVariableWinsOverTheSystemDefault() {
        Map<String, String> environment = Map.of("HEROLD_DATA_DIR", "/srv/herold", "XDG_DATA_HOME", "/data/anna",
                "APPDATA", "/appdata");

        Path fromEnvironment = Path.of("/srv/herold").toAbsolutePath();

        assertThat(DataDirectory.resolve(null, environment, LINUX, HOME)).isEqualTo(fromEnvironment);
        assertThat(DataDirectory.resolve(null, environment, "Windows 11", HOME)).isEqualTo(fromEnvironment);
        assertThat(DataDirectory.resolve(null, environment, "Mac OS X", HOME)).isEqualTo(fromEnvironment);
    }

    @Test
    void aRelativeEnvironmentVariableMeansAFolderBelowTheWorkingDirectory() {
        Path resolved = DataDirectory.resolve(null, Map.of("HEROLD_DATA_DIR", "./herold-daten"), LINUX, HOME);

        assertThat(resolved).isEqualTo(Path.of("herold-daten").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aBlankOptionOrVariableCountsAsNotGiven(String blank) {
        Map<String, String> environment = Map.of("HEROLD_DATA_DIR", blank);

        assertThat(DataDirectory.resolve(blank, environment, LINUX, HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "herold"));
    }

    @Test
    void theOptionWinsEvenWhenTheEnvironmentVariableIsBlank() {
        assertThat(DataDirectory.resolve("/mnt/herold", Map.of("HEROLD_DATA_DIR", ""), LINUX, HOME))
                .isEqualTo(Path.of("/mnt/herold").toAbsolutePath());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Windows 10", "Windows 11", "Windows Server 2022"})
    void windowsKeepsTheDataInTheRoamingAppDataFolder(String osName) {
        Map<String, String> environment = Map.of("APPDATA", "C:\\Users\\anna\\AppData\\Roaming");

        assertThat(DataDirectory.resolve(null, environment, osName, "C:\\Users\\anna"))
                .isEqualTo(Path.of("C:\\Users\\anna\\AppData\\Roaming", "Herold"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInTheHome() {
        assertThat(DataDirectory.resolve(null, NOTHING, "Windows 11", HOME))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Herold"));
    }

    @Test
    void windowsIgnoresXdgDataHome() {
        Map<String, String> environment = Map.of("APPDATA", "/appdata", "XDG_DATA_HOME", "/data/anna");

        assertThat(DataDirectory.resolve(null, environment, "Windows 11", HOME)).isEqualTo(Path.of("/appdata", "Herold"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Mac OS X", "macOS"})
    void macOsKeepsTheDataInApplicationSupport(String osName) {
        Map<String, String> environment = Map.of("XDG_DATA_HOME", "/data/anna");

        assertThat(DataDirectory.resolve(null, environment, osName, "/Users/anna"))
                .isEqualTo(Path.of("/Users/anna", "Library", "Application Support", "Herold"));
    }

    @Test
    void linuxFollowsXdgDataHome() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/anna"), LINUX, HOME))
                .isEqualTo(Path.of("/data/anna", "herold"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShareInTheHome() {
        assertThat(DataDirectory.resolve(null, NOTHING, LINUX, HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "herold"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"data", "./data", "~/data", " "})
    void aRelativeOrBlankXdgDataHomeIsIgnoredAsTheSpecificationAsks(String xdgDataHome) {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", xdgDataHome), LINUX, HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "herold"));
    }

    @Test
    void otherUnixSystemsFollowXdgToo() {
        assertThat(DataDirectory.resolve(null, Map.of("XDG_DATA_HOME", "/data/anna"), "FreeBSD", HOME))
                .isEqualTo(Path.of("/data/anna", "herold"));
        assertThat(DataDirectory.resolve(null, NOTHING, "FreeBSD", HOME))
                .isEqualTo(Path.of(HOME, ".local", "share", "herold"));
    }

    @Test
    void theOptionAloneDecidesWhateverThisComputerIs() {
        assertThat(DataDirectory.resolve("/mnt/stick/herold")).isEqualTo(Path.of("/mnt/stick/herold").toAbsolutePath());
    }
}
