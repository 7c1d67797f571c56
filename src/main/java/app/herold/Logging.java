package app.herold;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends log records to files in the data directory and never to the console: a command's output
 * is read by scripts, and the user of the window never sees a console.
 */
public final class Logging {

    private static final String FORMAT_PROPERTY = "java.util.logging.SimpleFormatter.format";

    private Logging() {
    }

    public static synchronized void silenceConsole() {
        if (System.getProperty(FORMAT_PROPERTY) == null) {
            System.setProperty(FORMAT_PROPERTY, "%1$tF %1$tT %4$s %3$s: %5$s%6$s%n");
        }
        // reset() closes the handlers there are and keeps the configured console handler from being made:
        // asking the root logger for its handlers would first make it (about 10 ms at start-up, as its
        // formatter formats a sample date) only to close it again.
        LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(Level.INFO);
    }

    /** Logs to {@code logs/herold-N.log} under the data directory, five files of 2 MB at most. */
    public static synchronized void toDataDirectory(Path dataDirectory) {
        silenceConsole();
        try {
            Path folder = dataDirectory.resolve("logs");
            Files.createDirectories(folder);
            FileHandler handler = new FileHandler(folder.resolve("herold-%g.log").toString(), 2_000_000, 5, true);
            handler.setFormatter(new SimpleFormatter());
            handler.setEncoding("UTF-8");
            LogManager.getLogManager().getLogger("").addHandler(handler);
        } catch (IOException | SecurityException e) {
            // Without a writable log folder Herold still works; the data directory check reports it.
        }
    }
}
