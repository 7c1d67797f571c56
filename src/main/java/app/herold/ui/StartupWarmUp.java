package app.herold.ui;

import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;

/**
 * Loads, on a background thread, what the UI thread is about to need at start-up: the icon font,
 * the locales' number and date formats, and the classes of the controls, skins and CSS engine. On two cores this took start-up from
 * about 2.9 s to 2.2 s (headless, 100 posts): the UI thread finds the classes defined instead of
 * reading and verifying some 1,700 of them one after the other.
 *
 * <p>The list in {@value #CLASS_LIST} was recorded from a start with {@code -Xlog:class+load}
 * (the JavaFX, AtlantaFX and Ikonli classes read from jars). A stale entry costs nothing;
 * {@code StartupWarmUpTest} notices when the list no longer matches the libraries.
 */
final class StartupWarmUp {

    static final String CLASS_LIST = "/app/herold/ui/startup-classes.txt";

    private StartupWarmUp() {
    }

    /** {@code language} is the preference ("de", "en" or "system"), whose formats the window will use. */
    static void begin(String language) {
        Locale locale = Messages.localeFor(language);
        Thread thread = new Thread(() -> warmUp(locale), "herold-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
    }

    private static void warmUp(Locale locale) {
        // The formats first: the window's model writes the month's title before the toolbar shows icons.
        warmUpFormats(locale);
        try {
            Icons.warmUp();
        } catch (RuntimeException | LinkageError e) {
            // The toolkit ended before the warm-up reached the icon font (a refused start): nothing to speed up.
            return;
        }
        ClassLoader loader = StartupWarmUp.class.getClassLoader();
        for (String name : classNames()) {
            try {
                // Loaded, not initialized: initializing controls belongs to the UI thread.
                Class.forName(name, false, loader);
            } catch (ClassNotFoundException | LinkageError e) {
                // Another library version: nothing to warm for this name.
            }
        }
    }

    /**
     * The first number or date formatted in a locale loads that locale's data, which cost the UI
     * thread tens of milliseconds when the first month's "+N weitere" was written. Only the window's
     * language: on two cores, the other's data took CPU from the start-up (a switch of language in the
     * settings loads it then).
     */
    private static void warmUpFormats(Locale locale) {
        LocalDate today = LocalDate.now();
        Messages messages = Messages.forLocale(locale);
        messages.format("calendar.more", 2);
        messages.day(today);
        messages.month(today);
        messages.shortMonth(today);
        messages.shortTimeFormat().format(LocalTime.NOON);
    }

    static List<String> classNames() {
        try (InputStream in = StartupWarmUp.class.getResourceAsStream(CLASS_LIST)) {
            if (in == null) {
                return List.of();
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
