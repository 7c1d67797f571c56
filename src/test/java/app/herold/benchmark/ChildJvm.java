package app.herold.benchmark;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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

    /** What a finished child left behind: its exit code, how long it ran, and its output lines. */
    record Result(int exitCode, long wallMillis, List<String> output) {

        /** The value of the first {@code key=value} line, e.g. {@code startup_ms}. */
        Optional<String> value(String key) {
            String prefix = key + "=";
            return output.stream().filter(line -> line.startsWith(prefix)).map(line -> line.substring(prefix.length()))
                    .findFirst();
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
        Path log = Files.createTempFile("herold-benchmark-child-", ".log");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(log.toFile()).redirectInput(ProcessBuilder.Redirect.from(nullDevice()));
            long start = System.nanoTime();
            Process child = builder.start();
            boolean finished = child.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
            long wallMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
            if (!finished) {
                child.destroyForcibly().waitFor();
            }
            List<String> output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return new Result(finished ? child.exitValue() : -1, wallMillis, output);
        } finally {
            Files.deleteIfExists(log);
        }
    }

    private static java.io.File nullDevice() {
        return new java.io.File(System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null");
    }
}
