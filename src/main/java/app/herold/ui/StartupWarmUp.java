package app.herold.ui;

import app.herold.i18n.Messages;
import app.herold.ui.common.Icons;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.text.Bidi;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;

/**
 * Loads, on a background thread, what the UI thread is about to need at start-up: the window
 * language's messages, number and date formats and Unicode tables (begun before the toolkit starts,
 * while a core is mostly idle), then the icon font and the classes of the controls, skins and CSS
 * engine. On two cores this took start-up from about 2.9 s to 2.2 s (headless, 100 posts): the UI
 * thread finds the classes defined instead of reading and verifying some 1,700 of them one after the
 * other.
 *
 * <p>The list in {@value #CLASS_LIST} was recorded from a start with {@code -Xlog:class+load}
 * (the JavaFX, AtlantaFX and Ikonli classes read from jars). A stale entry costs nothing;
 * {@code StartupWarmUpTest} notices when the list no longer matches the libraries.
 */
final class StartupWarmUp {

    static final String CLASS_LIST = "/app/herold/ui/startup-classes.txt";

    private final CountDownLatch toolkit = new CountDownLatch(1);

    private StartupWarmUp() {
    }

    /**
     * Starts warming up for a window in {@code language} (the preference: "de", "en" or "system"):
     * its formats and the text classes at once, while the toolkit starts; the icon font and the control
     * classes once {@link #toolkitStarted()} says fonts can be loaded.
     */
    static StartupWarmUp begin(String language) {
        Locale locale = Messages.localeFor(language);
        StartupWarmUp warmUp = new StartupWarmUp();
        Thread thread = new Thread(() -> warmUp.run(locale), "herold-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.NORM_PRIORITY - 1);
        thread.start();
        return warmUp;
    }

    /** The toolkit is up: the icon font may be loaded (before that, a font would start a toolkit of its own). */
    void toolkitStarted() {
        toolkit.countDown();
    }

    private void run(Locale locale) {
        // The formats first: the window's model writes the month's title before the toolbar shows icons.
        warmUpFormats(locale);
        warmUpTextAnalysis();
        try {
            toolkit.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return;
        }
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

    /**
     * JavaFX lays out every text through {@link Bidi}, whose first use loads the Unicode tables of
     * Java's ICU copy: about 8 ms the UI thread otherwise spends within its first styling pass.
     */
    private static void warmUpTextAnalysis() {
        new Bidi("Müllabfuhr 09:00", Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).isLeftToRight();
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
