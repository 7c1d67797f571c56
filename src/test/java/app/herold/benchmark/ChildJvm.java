package app.herold.benchmark;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Starts a fresh JVM on the benchmark's own class path with one set of flags, so Herold and the
 * empty-window baseline are started in exactly the same way, and collects what the child prints.
 */
final class ChildJvm {

    /**
     * What a finished child left behind: its exit code, how long it ran, its output lines (standard output
     * and error) and when each arrived, in milliseconds since the child was started.
     */
    record Result(int exitCode, long wallMillis, List<String> output, List<Long> arrivalMillis) {

        /** The value of the first {@code key=value} line, e.g. {@code startup_ms}. */
        Optional<String> value(String key) {
            String prefix = key + "=";
            return output.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                    .findFirst();
        }

        /**
         * Milliseconds from starting the child's {@code java} to its first {@code key=value} line: unlike
         * {@code startup_ms}, which the child counts from the JVM's own start time, this includes creating
         * the JVM, mapping its class-data-sharing archive among it.
         */
        Optional<Long> millisUntil(String key) {
            String prefix = key + "=";
            for (int line = 0; line < output.size(); line++) {
                if (output.get(line).startsWith(prefix)) {
                    return Optional.of(arrivalMillis.get(line));
                }
            }
            return Optional.empty();
        }

        String describe() {
            int from = Math.max(0, output.size() - 15);
            return "exit " + exitCode + " after " + wallMillis + " ms; last output:\n  "
                    + String.join("\n  ", output.subList(from, output.size()));
        }
    }

    private final List<String> flags;
    private final String classPath;

    ChildJvm(List<String> flags, String classPath) {
        this.flags = List.copyOf(flags);
        this.classPath = classPath;
    }

    List<String> flags() {
        return flags;
    }

    Result run(Duration timeout, String mainClass, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath);
        command.add(mainClass);
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
        long start = System.nanoTime();
        Process child = builder.start();
        List<String> output = new ArrayList<>();
        List<Long> arrivals = new ArrayList<>();
        // Read as it comes, so each line's arrival is known (and a full pipe never stops the child).
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(
                    new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    long arrived = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                    synchronized (output) {
                        output.add(line);
                        arrivals.add(arrived);
                    }
                }
            } catch (IOException e) {
                // The child ended or was ended; what arrived is kept.
            }
        }, "benchmark-child-output");
        reader.setDaemon(true);
        reader.start();
        boolean finished = child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        if (!finished) {
            child.destroyForcibly().waitFor();
        }
        reader.join(TimeUnit.SECONDS.toMillis(10));
        synchronized (output) {
            return new Result(finished ? child.exitValue() : -1, wallMillis, List.copyOf(output), List.copyOf(arrivals));
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
