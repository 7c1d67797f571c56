package app.herold.process;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A second Java process started from this build's own class path, for what one JVM cannot show:
 * a crash, a second start, the start-up time. Collects standard output and error as UTF-8 text;
 * {@link #close()} kills the process if it is still alive, so use it in try-with-resources.
 */
final class ChildJvm implements AutoCloseable {

    /** What the build's own test JVM runs with, so a child sees the same language and calendar. */
    static final Map<String, String> GERMAN_IN_BERLIN = Map.of(
            "user.language", "de", "user.country", "DE", "user.timezone", "Europe/Berlin");

    /** A JavaFX window without a display: Monocle's headless screen and the software renderer. */
    static final Map<String, String> HEADLESS_JAVAFX = Map.of(
            "glass.platform", "Monocle", "monocle.platform", "Headless", "prism.order", "sw",
            "testfx.headless", "true", "java.awt.headless", "true");

    /** The main class of the contract, named as a script names it rather than by reference. */
    private static final String HEROLD = "app.herold.Herold";

    private final Process process;
    private final List<String> command;
    private final Output stdout;
    private final Output stderr;

    private ChildJvm(Process process, List<String> command) {
        this.process = process;
        this.command = command;
        this.stdout = new Output(process.getInputStream(), "stdout");
        this.stderr = new Output(process.getErrorStream(), "stderr");
    }

    /** {@code herold ARGS} as a German user starts it; commands need no display. */
    static ChildJvm herold(String... args) {
        return running(HEROLD).with(GERMAN_IN_BERLIN).jvmOption("-Xmx256m").args(args).start();
    }

    /** {@code herold ARGS} with the window on Monocle's headless screen. */
    static ChildJvm heroldWindow(String... args) {
        return running(HEROLD).with(GERMAN_IN_BERLIN).with(HEADLESS_JAVAFX).jvmOption("-Xmx512m").args(args).start();
    }

    static Builder running(String mainClass) {
        return new Builder(mainClass);
    }

    static Builder running(Class<?> mainClass) {
        return new Builder(mainClass.getName());
    }

    /**
     * The next complete line on standard output, or null once the process has closed it. A line
     * the process was killed in the middle of never counts.
     */
    String nextLine(Duration timeout) {
        try {
            String line = stdout.lines.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
            if (line == null) {
                throw new AssertionError("no line on stdout within " + timeout + "; " + describe());
            }
            if (line == Output.END) {
                stdout.lines.add(Output.END);
                return null;
            }
            return line;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child", e);
        }
    }

    /** Waits for the process to end by itself; kills it and fails if it takes longer than {@code timeout}. */
    Finished awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                String soFar = describe();
                kill();
                throw new AssertionError("child did not end within " + timeout + "; " + soFar);
            }
            return finished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while waiting for the child", e);
        }
    }

    /**
     * Asks the process to end as a logout or a shutdown does (SIGTERM on Linux): its shutdown hooks run.
     * Waits up to {@code timeout}; kills it and fails if it is still alive then.
     */
    Finished terminate(Duration timeout) {
        // Through the handle: Process.destroy() would also close the pipes, and the child's last words be lost.
        process.toHandle().destroy();
        return awaitExit(timeout);
    }

    /** Ends the process at once, as a crash would: no shutdown hook, no close (SIGKILL on Linux). */
    Finished kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new AssertionError("child survived destroyForcibly; " + describe());
            }
            return finished();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while killing the child", e);
        }
    }

    boolean isAlive() {
        return process.isAlive();
    }

    /** The command line, what the child printed so far and whether it still runs: for failure messages. */
    String describe() {
        List<String> shown = new ArrayList<>(command);
        shown.set(shown.indexOf("-cp") + 1, "<class path>");
        return "command " + String.join(" ", shown)
                + (process.isAlive() ? ", still running" : ", exit code " + process.exitValue())
                + "\n--- stdout:\n" + stdout.text() + "\n--- stderr:\n" + stderr.text();
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            kill();
        }
        stdout.awaitEnd();
        stderr.awaitEnd();
    }

    private Finished finished() {
        stdout.awaitEnd();
        stderr.awaitEnd();
        return new Finished(process.exitValue(), stdout.text(), stderr.text(), stdout.completeLines());
    }

    /**
     * How a child ended.
     *
     * @param lines the complete lines of stdout; a last line without its line break is left out
     */
    record Finished(int exitCode, String stdout, String stderr, List<String> lines) {
    }

    static final class Builder {

        private final String mainClass;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private final List<String> jvmOptions = new ArrayList<>();
        private final List<String> args = new ArrayList<>();
        private final List<String> launcher = new ArrayList<>();
        private String classPath = classPath();

        private Builder(String mainClass) {
            this.mainClass = mainClass;
        }

        Builder with(Map<String, String> systemProperties) {
            properties.putAll(systemProperties);
            return this;
        }

        Builder jvmOption(String option) {
            jvmOptions.add(option);
            return this;
        }

        Builder args(String... arguments) {
            args.addAll(List.of(arguments));
            return this;
        }

        /** A command the JVM is started through, e.g. {@code setpriv} to run it as another user. */
        Builder through(List<String> command) {
            launcher.addAll(command);
            return this;
        }

        Builder classPath(String path) {
            classPath = path;
            return this;
        }

        ChildJvm start() {
            List<String> command = new ArrayList<>(launcher);
            command.add(javaExecutable());
            command.addAll(jvmOptions);
            properties.forEach((name, value) -> command.add("-D" + name + "=" + value));
            command.add("-cp");
            command.add(classPath);
            command.add(mainClass);
            command.addAll(args);
            ProcessBuilder builder = new ProcessBuilder(command);
            // A data directory always comes from --data-dir here, never from the developer's environment.
            builder.environment().remove("HEROLD_DATA_DIR");
            try {
                    return new ChildJvm(builder.start(), command);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start " + command.get(0), e);
            }
        }

        private static String javaExecutable() {
            return ProcessHandle.current().info().command()
                    .orElseGet(() -> Path.of(System.getProperty("java.home"), "bin", "java").toString());
        }

        /**
         * Surefire may start the tests from a jar that only holds a manifest naming the real class
         * path; it also publishes that class path itself, which a child can use directly.
         */
        static String classPath() {
            String surefire = System.getProperty("surefire.test.class.path");
            return surefire != null && !surefire.isBlank() ? surefire : System.getProperty("java.class.path");
        }
    }

    /** Reads one stream of the child on its own thread, so a full pipe never blocks the child. */
    private static final class Output {

        static final String END = new String("end of stream");

        final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final List<String> completeLines = Collections.synchronizedList(new ArrayList<>());
        private final ByteArrayOutputStream all = new ByteArrayOutputStream();
        private final CountDownLatch ended = new CountDownLatch(1);

        Output(InputStream in, String name) {
            Thread reader = new Thread(() -> read(in), "child-" + name);
            reader.setDaemon(true);
            reader.start();
        }

        private void read(InputStream in) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            try (in) {
                int count;
                while ((count = in.read(buffer)) >= 0) {
                    synchronized (all) {
                        all.write(buffer, 0, count);
                    }
                    for (int index = 0; index < count; index++) {
                        if (buffer[index] == '\n') {
                            String text = line.toString(StandardCharsets.UTF_8);
                            text = text.endsWith("\r") ? text.substring(0, text.length() - 1) : text;
                            completeLines.add(text);
                            lines.add(text);
                            line.reset();
                        } else {
                            line.write(buffer[index]);
                        }
                    }
                }
            } catch (IOException e) {
                // The pipe broke because the child was killed: what arrived so far is all there is.
            } finally {
                lines.add(END);
                ended.countDown();
            }
        }

        void awaitEnd() {
            try {
                if (!ended.await(30, TimeUnit.SECONDS)) {
                    throw new AssertionError("the child's output did not end although the child did");
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted while reading the child's output", e);
            }
        }

        String text() {
            synchronized (all) {
                return all.toString(StandardCharsets.UTF_8);
            }
        }

        List<String> completeLines() {
            synchronized (completeLines) {
                return List.copyOf(completeLines);
            }
        }
    }
}
