package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.FederalState;
import app.herold.domain.backup.RetentionPolicy;
import app.herold.domain.settings.BackupSettings;
import app.herold.domain.settings.Preferences;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Properties;

/**
 * Preferences in a small properties file beside the database. A file rather than a table because
 * the window needs the language before the database has finished opening, and reading it takes
 * a millisecond.
 */
final class FilePreferencesStore implements app.herold.domain.settings.PreferencesStore {

    private static final System.Logger LOG = System.getLogger(FilePreferencesStore.class.getName());

    private final Path file;

    FilePreferencesStore(Path file) {
        this.file = file;
    }

    /** Reads preferences without opening the database: what the window needs before anything else. */
    static Preferences read(Path dataDirectory) {
        return new FilePreferencesStore(dataDirectory.resolve(Database.PREFERENCES_FILE)).load();
    }

    @Override
    public Preferences load() {
        Preferences defaults = Preferences.defaults();
        if (!Files.exists(file)) {
            return defaults;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException | IllegalArgumentException e) {
            LOG.log(Level.WARNING, "preferences unreadable, using defaults: " + file, e);
            return defaults;
        }
        return new Preferences(
                properties.getProperty("language", defaults.language()),
                parseTime(properties.getProperty("defaultPostTime"), defaults.defaultPostTime()),
                properties.getProperty("theme", defaults.theme()),
                Boolean.parseBoolean(properties.getProperty("welcomeAnswered", "false")),
                // Files written before the setting existed, or edited by hand wrongly, mean the default Land.
                FederalState.fromCode(properties.getProperty("state")).orElse(FederalState.DEFAULT).code(),
                Boolean.parseBoolean(properties.getProperty("altTextMarker", "false")),
                backupSettings(properties), missedLimit(properties.getProperty("missedLimitMinutes")));
    }

    /** Minutes; an edited or older file without a usable value means the default. */
    private static java.time.Duration missedLimit(String minutes) {
        try {
            long value = Long.parseLong(minutes == null ? "" : minutes.trim());
            return value < 0 ? Preferences.DEFAULT_MISSED_LIMIT : java.time.Duration.ofMinutes(value);
        } catch (NumberFormatException e) {
            return Preferences.DEFAULT_MISSED_LIMIT;
        }
    }

    @Override
    public void save(Preferences preferences) {
        Properties properties = new Properties();
        properties.setProperty("language", preferences.language());
        properties.setProperty("defaultPostTime", preferences.defaultPostTime().toString());
        properties.setProperty("theme", preferences.theme());
        properties.setProperty("welcomeAnswered", Boolean.toString(preferences.welcomeAnswered()));
        properties.setProperty("state", preferences.state());
        properties.setProperty("altTextMarker", Boolean.toString(preferences.altTextMarker()));
        properties.setProperty("backupFolder", preferences.backups().folder());
        properties.setProperty("backupDaily", Integer.toString(preferences.backups().retention().daily()));
        properties.setProperty("backupMonthly", Integer.toString(preferences.backups().retention().monthly()));
        properties.setProperty("missedLimitMinutes", Long.toString(preferences.missedLimit().toMinutes()));
        try {
            Files.createDirectories(file.getParent());
            Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
            try (Writer writer = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
                properties.store(writer, "Herold settings");
            }
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "error.cannotWrite");
        }
    }

    private static LocalTime parseTime(String value, LocalTime fallback) {
        if (value == null) {
            return fallback;
        }
        try {
            return LocalTime.parse(value);
        } catch (DateTimeParseException e) {
            return fallback;
        }
    }

    /** The backup settings; a count out of range (edited by hand) means the default policy. */
    private static BackupSettings backupSettings(Properties properties) {
        RetentionPolicy retention = RetentionPolicy.DEFAULT;
        try {
            retention = new RetentionPolicy(
                    Integer.parseInt(properties.getProperty("backupDaily", Integer.toString(retention.daily())).strip()),
                    Integer.parseInt(properties.getProperty("backupMonthly", Integer.toString(retention.monthly())).strip()));
        } catch (IllegalArgumentException e) {
            LOG.log(Level.WARNING, "backup retention unreadable, using the default", e);
        }
        return new BackupSettings(properties.getProperty("backupFolder", "").strip(), retention);
    }
}
