package app.herold.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * One run of Herold's command line inside the test JVM: what it printed on standard output and
 * standard error, and its exit code. A command that tries to open the window fails the test.
 */
record CommandRun(int exit, String out, String err) {

    static CommandRun of(Clock clock, String... args) {
        return withEnvironment(java.util.Map.of(), clock, args);
    }

    /** The command with these environment variables (and no others), as a cron job would set them. */
    static CommandRun withEnvironment(java.util.Map<String, String> environment, Clock clock, String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new HeroldCommandLine(outStream, errStream, clock, (directory, probe, probeOutput, errorOutput) -> {
                throw new AssertionError("no window in these tests");
            }, environment::get).run(args);
        }
        return new CommandRun(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** The command with {@code --data-dir dataDir} before it. */
    static CommandRun in(Path dataDir, Clock clock, String... args) {
        String[] withDirectory = new String[args.length + 2];
        withDirectory[0] = "--data-dir";
        withDirectory[1] = dataDir.toString();
        System.arraycopy(args, 0, withDirectory, 2, args.length);
        return of(clock, withDirectory);
    }
}
