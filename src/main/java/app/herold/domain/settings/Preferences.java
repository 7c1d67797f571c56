package app.herold.domain.settings;

import java.time.LocalTime;
import java.util.Objects;

/**
 * What the user set in Settings.
 *
 * @param language "system", "de" or "en"
 * @param defaultPostTime the time a post gets when it is created on a day or an idea is dropped on one
 * @param theme "light" or "dark"
 * @param welcomeAnswered whether the first-start question (demo data or empty) was answered
 * @param state the town's Land, whose holidays the calendar shows: a {@link FederalState} code ("SN")
 * @param altTextMarker whether the rules suggest the "!B" marker on posts whose images are all described
 * @param backups where backups go and how many are kept
 */
public record Preferences(String language, LocalTime defaultPostTime, String theme, boolean welcomeAnswered,
                          String state, boolean altTextMarker, BackupSettings backups, java.time.Duration missedLimit) {

    public static final String LANGUAGE_SYSTEM = "system";
    public static final String THEME_LIGHT = "light";
    public static final String THEME_DARK = "dark";

    public Preferences {
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(defaultPostTime, "defaultPostTime");
        Objects.requireNonNull(theme, "theme");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(backups, "backups");
        missedLimit = missedLimit == null || missedLimit.isNegative() ? DEFAULT_MISSED_LIMIT : missedLimit;
    }

    /** How late a post missed while Herold was closed may still go out by itself (issue 6: two hours). */
    public static final java.time.Duration DEFAULT_MISSED_LIMIT = java.time.Duration.ofHours(2);

    public Preferences(String language, LocalTime defaultPostTime, String theme, boolean welcomeAnswered,
                       String state, boolean altTextMarker, BackupSettings backups) {
        this(language, defaultPostTime, theme, welcomeAnswered, state, altTextMarker, backups, DEFAULT_MISSED_LIMIT);
    }

    public Preferences withMissedLimit(java.time.Duration limit) {
        return new Preferences(language, defaultPostTime, theme, welcomeAnswered, state, altTextMarker, backups, limit);
    }

    /** Without the "!B" suggestion, as before the setting existed. */
    public Preferences(String language, LocalTime defaultPostTime, String theme, boolean welcomeAnswered, String state) {
        this(language, defaultPostTime, theme, welcomeAnswered, state, false, BackupSettings.DEFAULT);
    }

    public static Preferences defaults() {
        return new Preferences(LANGUAGE_SYSTEM, LocalTime.of(9, 0), THEME_LIGHT, false, FederalState.DEFAULT.code(), false,
                BackupSettings.DEFAULT);
    }

    public Preferences withLanguage(String newLanguage) {
        return new Preferences(newLanguage, defaultPostTime, theme, welcomeAnswered, state, altTextMarker, backups, missedLimit);
    }

    public Preferences withDefaultPostTime(LocalTime newTime) {
        return new Preferences(language, newTime, theme, welcomeAnswered, state, altTextMarker, backups, missedLimit);
    }

    public Preferences withTheme(String newTheme) {
        return new Preferences(language, defaultPostTime, newTheme, welcomeAnswered, state, altTextMarker, backups, missedLimit);
    }

    public Preferences withWelcomeAnswered(boolean answered) {
        return new Preferences(language, defaultPostTime, theme, answered, state, altTextMarker, backups, missedLimit);
    }

    public Preferences withState(String newState) {
        return new Preferences(language, defaultPostTime, theme, welcomeAnswered, newState, altTextMarker, backups, missedLimit);
    }

    public Preferences withAltTextMarker(boolean suggested) {
        return new Preferences(language, defaultPostTime, theme, welcomeAnswered, state, suggested, backups, missedLimit);
    }

    public Preferences withBackups(BackupSettings changed) {
        return new Preferences(language, defaultPostTime, theme, welcomeAnswered, state, altTextMarker, changed, missedLimit);
    }
}
