package app.herold.i18n;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.Preferences;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * Every sentence Herold shows, in the user's language. German when the preference says so or the
 * system speaks German, English otherwise. Keys are dotted by feature ({@code calendar.today}).
 */
public final class Messages {

    public static final String BUNDLE = "app.herold.i18n.messages";
    public static final Locale GERMAN = Locale.GERMANY;
    public static final Locale ENGLISH = Locale.UK;

    private final Locale locale;
    private final ResourceBundle bundle;
    private final DateTimeFormatter dayFormat;
    private final DateTimeFormatter shortDayFormat;
    private final DateTimeFormatter monthFormat;
    private final DateTimeFormatter shortMonthFormat;
    private final DateTimeFormatter timeFormat;
    private final DateTimeFormatter dateFormat;
    private final DateTimeFormatter shortTimeFormat;
    /** Parsed once per key: a month page formats "+N more" for every day, and parsing is the costly part. */
    private final ConcurrentMap<String, MessageFormat> formats = new ConcurrentHashMap<>();

    private Messages(Locale locale) {
        this.locale = locale;
        // Without this control, asking for English on a German system would fall back to German.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.dayFormat = DateTimeFormatter.ofPattern(text("format.day"), locale);
        this.shortDayFormat = DateTimeFormatter.ofPattern(text("format.shortDay"), locale);
        this.monthFormat = DateTimeFormatter.ofPattern(text("format.month"), locale);
        this.shortMonthFormat = DateTimeFormatter.ofPattern("MMM", locale);
        this.timeFormat = DateTimeFormatter.ofPattern("HH:mm", locale);
        this.dateFormat = DateTimeFormatter.ofPattern(text("format.date"), locale);
        this.shortTimeFormat = DateTimeFormatter.ofPattern("H:mm", locale);
    }

    /**
     * One per language, made when first asked for: a start asks about ten times, and each new one read
     * five date patterns again. A Messages is immutable and safe to share between threads.
     */
    public static Messages forLocale(Locale locale) {
        return "de".equals(locale.getLanguage()) ? German.MESSAGES : English.MESSAGES;
    }

    /** Holder idiom: a language's messages are read when first used, by whichever thread asks first. */
    private static final class German {
        static final Messages MESSAGES = new Messages(GERMAN);
    }

    private static final class English {
        static final Messages MESSAGES = new Messages(ENGLISH);
    }

    /** {@code language} is a preference value: "de", "en" or "system". */
    public static Messages forLanguage(String language) {
        return forLocale(localeFor(language));
    }

    public static Locale localeFor(String language) {
        if ("de".equals(language)) {
            return GERMAN;
        }
        if ("en".equals(language)) {
            return ENGLISH;
        }
        return "de".equals(Locale.getDefault().getLanguage()) ? GERMAN : ENGLISH;
    }

    public static Messages forPreferences(Preferences preferences) {
        return forLanguage(preferences.language());
    }

    public Locale locale() {
        return locale;
    }

    /** The sentence for a key; the key itself in brackets if a translation is missing, never an exception. */
    public String text(String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException e) {
            return "[" + key + "]";
        }
    }

    public String format(String key, Object... arguments) {
        MessageFormat format = formats.computeIfAbsent(key, unparsed -> new MessageFormat(text(unparsed), locale));
        // A MessageFormat is not safe for two threads at once; the lock is almost never contended.
        synchronized (format) {
            return format.format(arguments);
        }
    }

    public String describe(UserFacingException problem) {
        return format(problem.messageKey(), problem.arguments());
    }

    /**
     * A publishing problem as one sentence. An argument written "@key" is itself a message (the name of a
     * secret, "Zugangsschlüssel"), so the outbox can store it without knowing the user's language.
     */
    public String describe(app.herold.domain.publishing.Problem problem) {
        Object[] arguments = problem.arguments().stream()
                .map(argument -> argument.startsWith("@") ? text(argument.substring(1)) : argument)
                .toArray();
        return format(problem.key(), arguments);
    }

    /** "Sa., 28.11.2026" in German, "Sat, 28 Nov 2026" in English. */
    public String day(LocalDate date) {
        return dayFormat.format(date);
    }

    /** "Sa., 28.11." in German, "Sat 28 Nov" in English. */
    public String shortDay(LocalDate date) {
        return shortDayFormat.format(date);
    }

    /** "November 2026". */
    public String month(LocalDate date) {
        return monthFormat.format(date);
    }

    /** "Dez." in German, "Dec" in English. */
    public String shortMonth(LocalDate date) {
        return shortMonthFormat.format(date);
    }

    public DateTimeFormatter timeFormat() {
        return timeFormat;
    }

    /** "28.11.2026" in German, "28/11/2026" in English: a date to type. */
    public DateTimeFormatter dateFormat() {
        return dateFormat;
    }

    /** "9:30": the time on a compact card, where every pixel counts. */
    public DateTimeFormatter shortTimeFormat() {
        return shortTimeFormat;
    }
}
