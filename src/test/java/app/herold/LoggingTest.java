package app.herold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.ConsoleHandler;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Log records never reach the console (scripts read it), and go to the data directory's log files. */
class LoggingTest {

    @Test
    void aWarningAfterSilencingPrintsNothing() {
        PrintStream console = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        try {
            // Set before silencing: a console handler made now would write here.
            System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
            Logger.getLogger("").addHandler(new ConsoleHandler());

            Logging.silenceConsole();
            Logger.getLogger("app.herold.test").warning("Die Datenbank ist belegt.");
        } finally {
            System.setErr(console);
        }

        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(Logger.getLogger("").getHandlers()).isEmpty();
    }

    @Test
    void warningsGoToTheDataDirectory(@TempDir Path dataDirectory) throws Exception {
        Logging.toDataDirectory(dataDirectory);
        try {
            Logger.getLogger("app.herold.test").warning("Senden an Mastodon fehlgeschlagen.");
        } finally {
            Logging.silenceConsole();
        }

        Path log = dataDirectory.resolve("logs").resolve("herold-0.log");
        assertThat(Files.readString(log, StandardCharsets.UTF_8)).contains("app.herold.test: Senden an Mastodon fehlgeschlagen.");
    }
}
