package app.herold.benchmark;

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

    private final ChildJvm children;
    private final int runs;
    private final List<String> problems = new ArrayList<>();

    StartupMeasurement(ChildJvm children, int runs) {
        this.children = children;
        this.runs = runs;
    }

    /** Milliseconds from JVM start to the shown window, per label; the baseline first. */
    Map<String, List<Double>> measure(Map<String, Path> dataDirectories) throws Exception {
        Map<String, List<Double>> times = new LinkedHashMap<>();
        times.put(BASELINE, new ArrayList<>());
        dataDirectories.keySet().forEach(label -> times.put(label, new ArrayList<>()));
        for (int round = 0; round <= runs; round++) {
            boolean warmUp = round == 0;
            for (String label : times.keySet()) {
                ChildJvm.Result result = label.equals(BASELINE)
                        ? children.run(TIMEOUT, EmptyWindowProbe.class.getName())
                        : children.run(TIMEOUT, "app.herold.Herold", "--data-dir",
                                dataDirectories.get(label).toString(), "--startup-probe");
                var startup = result.value("startup_ms");
                if (result.exitCode() != 0 || startup.isEmpty()) {
                    problems.add("start-up of " + label + " failed: " + result.describe());
                    continue;
                }
                double millis = Double.parseDouble(startup.get().trim());
                HeroldBenchmark.progress("start-up " + (warmUp ? "warm-up" : "round " + round) + ", " + label
                        + ": " + startup.get() + " ms (process " + result.wallMillis() + " ms)");
                if (!warmUp) {
                    times.get(label).add(millis);
                }
            }
        }
        return times;
    }

    List<String> problems() {
        return problems;
    }
}
