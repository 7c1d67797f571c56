package app.herold.benchmark;

import app.herold.storage.MonthSnapshot;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Start-up to the shown window, in fresh child JVMs: the empty-window baseline and Herold on each
 * data directory. Rounds are interleaved (baseline, 100, 10,000, 100,000, baseline, ...) so a
 * build that starts next door slows all of them alike rather than one; the first round warms the
 * file cache and is not counted.
 */
final class StartupMeasurement {

    static final String BASELINE = "empty 1000x700 Stage";
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    /**
     * One window started once per round: the child JVM it starts in, its main class and arguments, and a
     * file deleted before each start (or null).
     */
    record Contender(String label, ChildJvm children, String mainClass, List<String> arguments, Path forget) {

        static Contender emptyWindow(String label, ChildJvm children) {
            return new Contender(label, children, EmptyWindowProbe.class.getName(), List.of(), null);
        }

        /** Herold as a user starts it again: with the month kept at the previous start's close (decision 0027). */
        static Contender herold(String label, ChildJvm children, Path dataDirectory) {
            return new Contender(label, children, "app.herold.Herold",
                    List.of("--data-dir", dataDirectory.toString(), "--startup-probe"), null);
        }

        /**
         * Herold reading the first month from the database: the first start two months after the last
         * close, or after a command, a restore or an import changed the database since the window last
         * closed.
         */
        static Contender heroldWithoutKeptMonth(String label, ChildJvm children, Path dataDirectory) {
            return new Contender(label, children, "app.herold.Herold",
                    List.of("--data-dir", dataDirectory.toString(), "--startup-probe"),
                    dataDirectory.resolve(MonthSnapshot.FILE));
        }
    }

    private final int runs;
    private final List<String> problems = new ArrayList<>();
    private final Map<String, List<Double>> fromLaunch = new LinkedHashMap<>();

    StartupMeasurement(int runs) {
        this.runs = runs;
    }

    /** The baseline and Herold on each data directory, all started by the same kind of child JVM. */
    static List<Contender> baselineAndHerold(ChildJvm children, Map<String, Path> dataDirectories) {
        List<Contender> contenders = new ArrayList<>();
        contenders.add(Contender.emptyWindow(BASELINE, children));
        dataDirectories.forEach((label, directory) -> contenders.add(Contender.herold(label, children, directory)));
        return contenders;
    }

    /**
     * Milliseconds from JVM start to the shown window, per label, in the order of {@code contenders}, as
     * the children print them ({@code startup_ms}). The same starts timed from the {@code java} launch are
     * kept for {@link #fromLaunch()}.
     */
    Map<String, List<Double>> measure(List<Contender> contenders) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        contenders.forEach(contender -> times.put(contender.label(), new ArrayList<>()));
        fromLaunch.clear();
        contenders.forEach(contender -> fromLaunch.put(contender.label(), new ArrayList<>()));
        for (int round = 0; round <= runs; round++) {
            boolean warmUp = round == 0;
            for (Contender contender : contenders) {
                if (contender.forget() != null) {
                    Files.deleteIfExists(contender.forget());
                }
                ChildJvm.Result result = contender.children().run(TIMEOUT, contender.mainClass(),
                        contender.arguments().toArray(String[]::new));
                var startup = result.value("startup_ms");
                if (result.exitCode() != 0 || startup.isEmpty()) {
                    problems.add("start-up of " + contender.label() + " failed: " + result.describe());
                    continue;
                }
                double millis = Double.parseDouble(startup.get().trim());
                HeroldBenchmark.progress("start-up " + (warmUp ? "warm-up" : "round " + round) + ", "
                        + contender.label() + ": " + startup.get() + " ms (process " + result.wallMillis() + " ms)");
                if (!warmUp) {
                    times.get(contender.label()).add(millis);
                    result.millisUntil("startup_ms").ifPresent(
                            launched -> fromLaunch.get(contender.label()).add(launched.doubleValue()));
                }
            }
        }
        return times;
    }

    /**
     * The starts of the last {@link #measure}, timed by this process from launching {@code java} to the
     * child's {@code startup_ms} line. The JVM's own start time, which {@code startup_ms} counts from, is
     * taken after the JVM has mapped its class-data-sharing archive: Herold's archive is larger than the
     * JDK's, and this is where the difference shows.
     */
    Map<String, List<Double>> fromLaunch() {
        return fromLaunch;
    }

    List<String> problems() {
        return problems;
    }
}
