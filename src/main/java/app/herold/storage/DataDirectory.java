package app.herold.storage;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Finds the folder Herold keeps its data in: the {@code --data-dir} option, else the environment
 * variable {@code HEROLD_DATA_DIR}, else the per-user data folder the operating system expects.
 */
public final class DataDirectory {

    public static final String ENVIRONMENT_VARIABLE = "HEROLD_DATA_DIR";

    private DataDirectory() {
    }

    public static Path resolve(String option) {
        return resolve(option, System.getenv(), System.getProperty("os.name", ""), System.getProperty("user.home"));
    }

    static Path resolve(String option, Map<String, String> environment, String osName, String userHome) {
        if (isSet(option)) {
            return absolute(option);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (isSet(fromEnvironment)) {
            return absolute(fromEnvironment);
        }
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String appData = environment.get("APPDATA");
            Path base = isSet(appData) ? Path.of(appData) : Path.of(userHome, "AppData", "Roaming");
            return base.resolve("Herold");
        }
        if (os.startsWith("mac")) {
            return Path.of(userHome, "Library", "Application Support", "Herold");
        }
        String xdgDataHome = environment.get("XDG_DATA_HOME");
        // The XDG spec says a relative XDG_DATA_HOME is invalid and must be ignored.
        if (isSet(xdgDataHome) && Path.of(xdgDataHome).isAbsolute()) {
            return Path.of(xdgDataHome, "herold");
        }
        return Path.of(userHome, ".local", "share", "herold");
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static Path absolute(String value) {
        return Path.of(value).toAbsolutePath().normalize();
    }
}
