package app.herold.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Collects the figures and renders them as Markdown tables to paste into the README. */
final class BenchmarkReport {

    private static final double CONTRACT_STARTUP_RATIO = 1.5;
    private static final double FRAME_MILLIS = 16;

    private final String machine;
    private final List<String> flags;
    private final int runs;
    private final List<String> demoRows = new ArrayList<>();
    private final List<String> startupRows = new ArrayList<>();
    private final List<String> startupNotes = new ArrayList<>();
    private final List<String> turnRows = new ArrayList<>();
    private final List<String> breakdownRows = new ArrayList<>();
    private final List<String> firstPageRows = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    BenchmarkReport(String machine, List<String> flags, int runs) {
        this.machine = machine;
        this.flags = flags;
        this.runs = runs;
    }

    void demo(int posts, long wallMillis, long databaseBytes) {
        demoRows.add(row(HeroldBenchmark.label(posts), String.format(Locale.ROOT, "%.1f s", wallMillis / 1000.0),
                databaseBytes < 0 ? "?" : String.format(Locale.ROOT, "%.1f MB", databaseBytes / 1e6)));
    }

    void startup(Map<String, List<Double>> times) {
        startup(times, "");
    }

    /**
     * The same table rows, with {@code flags} named after each label (e.g. the launcher's JVM options).
     * Ratios are to the plain empty window; when the rows also hold the empty window with its own archive,
     * a line under the table gives Herold's ratios to that one too.
     */
    void startup(Map<String, List<Double>> times, String flags) {
        String suffix = flags.isBlank() ? "" : " [" + flags + "]";
        double floor = Spread.of(times.getOrDefault(StartupMeasurement.BASELINE, List.of())).median();
        times.forEach((label, values) -> {
            Spread spread = Spread.of(values);
            boolean baseline = label.equals(StartupMeasurement.BASELINE);
            boolean archivedBaseline = label.equals(LauncherStartup.BASELINE_WITH_ARCHIVE);
            double ratio = spread.median() / floor;
            String verdict = baseline ? "floor" : archivedBaseline ? "floor with an archive"
                    : ratio <= CONTRACT_STARTUP_RATIO ? "ok" : "over 1.5x";
            startupRows.add(row((baseline || archivedBaseline ? label : "Herold, " + label) + suffix,
                    Spread.format(spread.median()), Spread.format(spread.min()) + "–" + Spread.format(spread.max()),
                    String.format(Locale.ROOT, "%.2f", ratio), verdict));
        });
        if (times.containsKey(LauncherStartup.BASELINE_WITH_ARCHIVE)) {
            describeLauncherRows(times, flags);
        }
    }

    private void describeLauncherRows(Map<String, List<Double>> times, String flags) {
        double archivedFloor = Spread.of(times.get(LauncherStartup.BASELINE_WITH_ARCHIVE)).median();
        startupNotes.add("Rows [" + flags + "] start as target/herold starts Herold: jars on the class path "
                + "(herold.jar, the empty window from a jar made by the benchmark plus JavaFX's jars, and "
                + "Monocle's jar when headless), " + String.join(" ", HeroldBenchmark.LAUNCHER_FLAGS) + ", Herold with -XX:SharedArchiveFile="
                + "target/herold.jsa (static, from src/main/cds/herold.classlist). The empty window is measured "
                + "without an archive (the floor of the ratios) and with one of its own, made by the benchmark "
                + "with -XX:ArchiveClassesAtExit (it also holds Monocle's classes, which herold.jsa leaves out)");
        List<String> ratios = new ArrayList<>();
        times.forEach((label, values) -> {
            if (!label.equals(StartupMeasurement.BASELINE) && !label.equals(LauncherStartup.BASELINE_WITH_ARCHIVE)) {
                ratios.add("Herold, " + label + ": " + String.format(Locale.ROOT, "%.2fx",
                        Spread.of(values).median() / archivedFloor));
            }
        });
        startupNotes.add("The same Herold rows against the empty window that has an archive too ("
                + Spread.format(archivedFloor) + " ms): " + String.join("; ", ratios));
    }

    /** A line under the start-up table, e.g. why a row set is missing. */
    void startupNote(String text) {
        startupNotes.add(text);
    }

    /** Figures of one data directory's page turns, split by view. */
    void pageTurns(String label, List<Map<String, String>> samples) {
        Map<String, List<Map<String, String>>> byMode = new LinkedHashMap<>();
        samples.forEach(sample -> byMode.computeIfAbsent(sample.get("mode"), mode -> new ArrayList<>()).add(sample));
        byMode.forEach((mode, ofMode) -> {
            String view = mode.toLowerCase(Locale.ROOT);
            Spread fx = millis(ofMode, "fx_us");
            Spread cpu = millis(ofMode, "cpu_us");
            Spread load = millis(ofMode, "load_us");
            turnRows.add(row(view, label, Spread.format(values(ofMode, "posts", 1).stream()
                            .mapToDouble(Double::doubleValue).average().orElse(Double.NaN)),
                    Integer.toString(fx.count()), Spread.format(fx.median()), Spread.format(fx.p95()),
                    Spread.format(fx.max()), Spread.format(fx.first()),
                    fx.p95() < FRAME_MILLIS ? "ok" : "over 16 ms",
                    three(cpu), three(load)));
            breakdownRows.add(row(view, label, Spread.format(millis(ofMode, "call_us").median()),
                    Spread.format(millis(ofMode, "apply_us").median()),
                    Spread.format(millis(ofMode, "layout_us").median()),
                    Spread.format(millis(ofMode, "pulse_us").median()),
                    Spread.format(millis(ofMode, "early_us").median()),
                    Spread.format(millis(ofMode, "query_us").median())));
        });
    }

    /** The window's first month in a fresh JVM whose toolkit and database are already up. */
    void firstPage(String label, Map<String, String> open) {
        firstPageRows.add(row(label, ms(open, "call_us"), ms(open, "early_us") + " (" + open.get("early_pulses") + ")",
                ms(open, "load_us"), ms(open, "query_us"), ms(open, "apply_us"), ms(open, "layout_us"),
                ms(open, "pulse_us"), ms(open, "cpu_us"), ms(open, "shown_us")));
    }

    private final List<String> reviewRows = new ArrayList<>();
    private final List<String> outboxRows = new ArrayList<>();

    /** One row per text size: the six channels' review after a pause in typing. */
    void channelReviews(List<Map<String, String>> lines) {
        for (Map<String, String> line : lines) {
            reviewRows.add(row(line.get("chars"), line.get("cold_ms"), line.get("median_ms"), line.get("p95_ms"),
                    line.get("max_ms")));
        }
    }

    void outboxPasses(Map<String, String> line) {
        outboxRows.add(row(line.get("posts"), line.get("ready"), line.get("handed_over") + " (" + line.get("on_server")
                + " on the server)", line.get("first_ms"), line.get("per_post_ms"), line.get("idle_median_ms"),
                line.get("idle_p95_ms")));
    }

    /** A line printed under the machine description, e.g. the load average at the end. */
    void note(String text) {
        notes.add(text);
    }

    void problem(String description) {
        problems.add(description);
        HeroldBenchmark.progress("PROBLEM: " + description);
    }

    boolean hasProblems() {
        return !problems.isEmpty();
    }

    String render() {
        StringBuilder out = new StringBuilder();
        out.append("## Herold benchmark\n\n");
        out.append("Machine: ").append(machine).append(".\n");
        notes.forEach(note -> out.append(note).append(".\n"));
        out.append("Child JVM flags: `").append(flags.isEmpty() ? "(none)" : String.join(" ", flags)).append("`\n\n");

        out.append("### `herold demo --posts N` (child JVM, wall time)\n\n");
        table(out, List.of("demo data", "wall time", "database file"), demoRows);

        out.append("\n### Start-up to the shown calendar (ms since JVM start; median of ").append(runs)
                .append(" after 1 warm-up; contract: within 1.5x of the empty window)\n\n");
        table(out, List.of("window", "median ms", "min–max", "x empty", "verdict"), startupRows);
        if (!startupNotes.isEmpty()) {
            out.append('\n');
            startupNotes.forEach(note -> out.append(note).append(".\n\n"));
        }

        out.append("\n### Page turns: FX-thread work per switch (ms; contract: under 16 ms with 10,000 posts)\n\n");
        out.append("FX work = the next()/previous() call + applying the loaded data + CSS and layout of the pulse "
                + "that shows it. FX CPU = CPU time of the FX thread from the click until that pulse is over "
                + "(all pulses, scene-graph sync included). Load = submit until the data reaches the FX thread "
                + "(background). Months: 4 legs of 12 page turns over the demo's year; weeks: 2 legs of 24.\n\n");
        table(out, List.of("view", "data", "posts/page (mean)", "turns", "FX work median", "p95", "max",
                "first (cold)", "verdict", "FX CPU median/p95/max", "load median/p95/max"), turnRows);

        out.append("\n#### Breakdown (medians, ms)\n\n");
        table(out, List.of("view", "data", "call", "apply", "CSS+layout", "whole pulse", "pulses before data",
                "query on worker"), breakdownRows);

        out.append("\n### First month in a new window (ms; one fresh JVM per size, toolkit and database already "
                + "open)\n\n");
        out.append("Where start-up goes once the JVM, the toolkit and the database are up: building and showing "
                + "HeroldWindow, the pulses before the data arrives (the window's first CSS and layout), the "
                + "background load, applying it and the pulse that shows it.\n\n");
        table(out, List.of("data", "build + show()", "pulses before data (n)", "load submit→arrive",
                "query on worker", "apply", "CSS+layout", "whole pulse", "FX CPU", "shown after"), firstPageRows);

        if (!reviewRows.isEmpty()) {
            out.append("\n### Channel review while typing (ms; six channels rendered, counted, checked and previewed "
                    + "on the background thread after each pause; launcher flags)\n\n");
            out.append("First review in a fresh JVM (limits file, ICU and twitter-text loaded), then the last 300 "
                    + "keystrokes up to the given length, each reviewed.\n\n");
            table(out, List.of("text length", "first review", "median", "p95", "max"), reviewRows);
        }

        if (!outboxRows.isEmpty()) {
            out.append("\n### Sending (ms; a local Mastodon stand-in, launcher flags)\n\n");
            out.append("The first pass hands the ready posts over to Mastodon's scheduling; then the pass the window "
                    + "repeats every half minute, with nothing to do (median and p95 of 25 passes).\n\n");
            table(out, List.of("posts", "ready", "handed over", "first pass", "per post", "idle pass median",
                    "idle pass p95"), outboxRows);
        }

        if (!problems.isEmpty()) {
            out.append("\n### Problems\n\n");
            problems.forEach(problem -> out.append("- ").append(problem.replace("\n", "\n  ")).append('\n'));
        }
        return out.toString();
    }

    private static String ms(Map<String, String> values, String key) {
        return Spread.format(Double.parseDouble(values.get(key)) / 1000);
    }

    private static String three(Spread spread) {
        return Spread.format(spread.median()) + " / " + Spread.format(spread.p95()) + " / "
                + Spread.format(spread.max());
    }

    private static Spread millis(List<Map<String, String>> samples, String key) {
        return Spread.of(values(samples, key, 1000));
    }

    private static List<Double> values(List<Map<String, String>> samples, String key, double divisor) {
        return samples.stream().map(sample -> Double.parseDouble(sample.get(key)) / divisor).toList();
    }

    private static String row(String... cells) {
        return "| " + String.join(" | ", cells) + " |";
    }

    private static void table(StringBuilder out, List<String> headers, List<String> rows) {
        out.append(row(headers.toArray(String[]::new))).append('\n');
        out.append(row(headers.stream().map(header -> "---").toArray(String[]::new))).append('\n');
        rows.forEach(line -> out.append(line).append('\n'));
    }
}
