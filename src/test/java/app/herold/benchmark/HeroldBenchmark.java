package app.herold.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures what the calendar's performance contract promises and prints the figures as Markdown
 * tables: how long {@code herold demo --posts N} takes, start-up to the shown calendar against an
 * empty JavaFX window, and the FX-thread work of turning a month (and a week) page, each with 100,
 * 10,000 and 100,000 demo posts in fresh temporary data directories.
 *
 * <p>Run it with {@code mvn -B -ntp -Pbenchmark verify -DskipTests}, or by hand with the test class
 * path: {@code java -cp <test class path> app.herold.benchmark.HeroldBenchmark}. System properties:
 * {@code herold.benchmark.posts} (default {@code 100,10000,100000}), {@code herold.benchmark.runs}
 * (start-ups per window, default 5) and {@code herold.benchmark.keep} (keep the data directories).
 * With {@code DISPLAY} set the start-ups use the real display (GTK); otherwise both Herold and the
 * baseline run headless under Monocle with the same flags.
 *
 * <p>Start-up is measured three ways: from the build's class path with the JVM's defaults, the same with
 * the launchers' flags ({@link #LAUNCHER_FLAGS}), and as {@code target/herold} starts Herold, from jars
 * with the class-data-sharing archive {@code target/herold.jsa} (see {@link LauncherStartup}; property
 * {@code herold.benchmark.target}, default {@code target}). The last set needs {@code mvn package} first;
 * {@code -Pbenchmark} runs in {@code verify}, after it.
 */
public final class HeroldBenchmark {

    /**
     * What target/herold, herold.cmd and mvn javafx:run add (src/main/launcher, pom.xml); huge pages only
     * on Linux, as the launcher and the pom's linux profile add them.
     */
    static final List<String> LAUNCHER_FLAGS = System.getProperty("os.name").startsWith("Linux")
            ? List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-XX:+UseTransparentHugePages")
            : List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    static final List<String> HEADLESS_FLAGS = List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
            "-Dprism.order=sw", "-Djava.awt.headless=true");
    /** A class of the test-scoped Monocle jar, which a child JVM started from jars needs to run headless. */
    private static final String MONOCLE_CLASS = "com.sun.glass.ui.monocle.MonoclePlatformFactory";
    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(5);
    private static final Duration SWITCH_TIMEOUT = Duration.ofMinutes(5);

    private HeroldBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        PrivateClassPath.preloadBenchmarkClasses();
        List<Integer> sizes = Arrays.stream(System.getProperty("herold.benchmark.posts", "100,10000,100000")
                .split(",")).map(String::trim).map(Integer::valueOf).toList();
        int runs = Integer.getInteger("herold.benchmark.runs", 5);
        String display = System.getenv("DISPLAY");
        boolean onDisplay = display != null && !display.isBlank();
        Path root = Files.createTempDirectory("herold-benchmark-");
        String classPath = PrivateClassPath.snapshot(System.getProperty("java.class.path"), root.resolve("classpath"));
        ChildJvm startupChildren = new ChildJvm(onDisplay ? List.of() : HEADLESS_FLAGS, classPath);
        ChildJvm headlessChildren = new ChildJvm(HEADLESS_FLAGS, classPath);
        BenchmarkReport report = new BenchmarkReport(machine(onDisplay, display), startupChildren.flags(), runs);

        try {
            Map<String, Path> directories = new LinkedHashMap<>();
            for (int posts : sizes) {
                Path directory = root.resolve("posts-" + posts);
                progress("demo --posts " + posts + " ...");
                ChildJvm.Result demo = headlessChildren.run(DEMO_TIMEOUT, "app.herold.Herold", "--data-dir",
                        directory.toString(), "demo", "--posts", Integer.toString(posts));
                if (demo.exitCode() != 0) {
                    report.problem("demo --posts " + posts + " failed: " + demo.describe());
                    continue;
                }
                progress("demo --posts " + posts + ": " + demo.wallMillis() + " ms");
                report.demo(posts, demo.wallMillis(), sizeOf(directory.resolve("herold.mv.db")));
                directories.put(label(posts), directory);
            }

            StartupMeasurement startup = new StartupMeasurement(runs);
            report.startup(startup.measure(StartupMeasurement.baselineAndHerold(startupChildren, directories)));
            startup.problems().forEach(report::problem);
            // The launchers (mvn javafx:run, the README's java command) add these options; both the
            // baseline and Herold are measured with them too, so the ratio compares like with like.
            List<String> launcherFlags = Arrays.stream(System.getProperty("herold.benchmark.launcherFlags",
                    String.join(" ", LAUNCHER_FLAGS)).split(" ")).filter(flag -> !flag.isBlank()).toList();
            if (!launcherFlags.isEmpty()) {
                List<String> withLauncherFlags = new ArrayList<>(startupChildren.flags());
                withLauncherFlags.addAll(launcherFlags);
                StartupMeasurement launched = new StartupMeasurement(runs);
                report.startup(launched.measure(StartupMeasurement.baselineAndHerold(
                        new ChildJvm(withLauncherFlags, classPath), directories)), String.join(" ", launcherFlags));
                launched.problems().forEach(report::problem);
            }
            measureAsTheLauncherStarts(report, runs, onDisplay, directories, root.resolve("launcher"));

            // Page turns twice: with the JVM's defaults, and with the launchers' flags, which is what a
            // user of target/herold or mvn javafx:run gets (C1 only: no C2 compiler competing for the cores).
            Map<String, ChildJvm> pageTurnChildren = new LinkedHashMap<>();
            pageTurnChildren.put("", headlessChildren);
            if (!launcherFlags.isEmpty()) {
                List<String> launched = new ArrayList<>(HEADLESS_FLAGS);
                launched.addAll(launcherFlags);
                pageTurnChildren.put(" [" + String.join(" ", launcherFlags) + "]", new ChildJvm(launched, classPath));
            }
            for (var children : pageTurnChildren.entrySet()) {
                for (var entry : directories.entrySet()) {
                    String label = entry.getKey() + children.getKey();
                    progress("page turns, " + label + " ...");
                    ChildJvm.Result turns = children.getValue().run(SWITCH_TIMEOUT,
                            MonthSwitchMeasurement.class.getName(), entry.getValue().toString());
                    List<Map<String, String>> samples = turns.output().stream()
                            .filter(line -> line.startsWith(SwitchSample.LINE_PREFIX)).map(SwitchSample::parse)
                            .toList();
                    if (turns.exitCode() != 0 || samples.isEmpty()) {
                        report.problem("page turns on " + label + " failed: " + turns.describe());
                        continue;
                    }
                    turns.output().stream().filter(line -> line.startsWith(SwitchSample.OPEN_PREFIX)).findFirst()
                            .map(SwitchSample::parse).ifPresent(open -> report.firstPage(label, open));
                    report.pageTurns(label, samples);
                }
            }
            measureChannelReviews(report, new ChildJvm(withLauncherFlagsHeadless(), classPath));
            measureOutboxPasses(report, new ChildJvm(withLauncherFlagsHeadless(), classPath));
        } finally {
            if (Boolean.getBoolean("herold.benchmark.keep")) {
                progress("data directories kept in " + root);
            } else {
                deleteRecursively(root);
            }
        }
        report.note(String.format(Locale.ROOT, "Load average at the end: %.2f (other builds on the machine show here)",
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        System.out.println();
        System.out.println(report.render());
        System.exit(report.hasProblems() ? 1 : 0);
    }

    private static List<String> withLauncherFlagsHeadless() {
        List<String> flags = new ArrayList<>(HEADLESS_FLAGS);
        flags.addAll(LAUNCHER_FLAGS);
        return flags;
    }

    /** The editor's review of six channels per pause in typing (ChannelReviewMeasurement), in a fresh JVM. */
    static void measureChannelReviews(BenchmarkReport report, ChildJvm child) throws Exception {
        progress("channel reviews while typing ...");
        ChildJvm.Result result = child.run(SWITCH_TIMEOUT, ChannelReviewMeasurement.class.getName());
        List<Map<String, String>> lines = result.output().stream()
                .filter(line -> line.startsWith(ChannelReviewMeasurement.LINE_PREFIX))
                .map(SwitchSample::parse)
                .toList();
        if (result.exitCode() != 0 || lines.isEmpty()) {
            report.problem("channel reviews failed: " + result.describe());
            return;
        }
        report.channelReviews(lines);
    }

    /** Sending: handing 100 posts over to a local Mastodon, then the idle pass (OutboxPassMeasurement). */
    static void measureOutboxPasses(BenchmarkReport report, ChildJvm child) throws Exception {
        progress("outbox passes ...");
        ChildJvm.Result result = child.run(SWITCH_TIMEOUT, OutboxPassMeasurement.class.getName());
        List<Map<String, String>> lines = result.output().stream()
                .filter(line -> line.startsWith(OutboxPassMeasurement.LINE_PREFIX))
                .map(SwitchSample::parse)
                .toList();
        if (result.exitCode() != 0 || lines.isEmpty()) {
            report.problem("outbox passes failed: " + result.describe());
            return;
        }
        report.outboxPasses(lines.get(0));
    }

    /** The third row set: from jars, Herold with target/herold.jsa (see LauncherStartup). */
    private static void measureAsTheLauncherStarts(BenchmarkReport report, int runs, boolean onDisplay,
            Map<String, Path> directories, Path work) throws Exception {
        LauncherStartup launcher = new LauncherStartup(
                Path.of(System.getProperty("herold.benchmark.target", "target")), work);
        if (!launcher.archiveExists()) {
            report.startupNote("Rows " + LauncherStartup.DESCRIPTION + " (as target/herold starts Herold) skipped: "
                    + launcher.heroldArchive() + " does not exist; `mvn package` builds it");
            return;
        }
        progress("start-up as target/herold starts it: preparing the jars and archives ...");
        List<StartupMeasurement.Contender> contenders;
        try {
            contenders = launcher.prepareContenders(onDisplay ? List.of() : HEADLESS_FLAGS, !onDisplay, directories);
        } catch (IllegalStateException e) {
            report.problem("start-up as target/herold starts it: " + e.getMessage());
            return;
        }
        StartupMeasurement fromJars = new StartupMeasurement(runs);
        report.startup(fromJars.measure(contenders), LauncherStartup.DESCRIPTION);
        // The same starts from the java launch: as a user waits, and as build.md's floor was measured.
        report.startup(fromJars.fromLaunch(), LauncherStartup.DESCRIPTION + ", timed from the java launch");
        fromJars.problems().forEach(report::problem);
    }

    static void progress(String message) {
        System.out.println("# " + LocalDateTime.now().format(DateTimeFormatter.ofPattern("HH:mm:ss")) + " "
                + message);
    }

    /** Monocle's jar, found where this JVM loads it from (the local Maven repository). */
    static Path monocleJar() throws ClassNotFoundException, java.net.URISyntaxException {
        return Path.of(Class.forName(MONOCLE_CLASS, false, HeroldBenchmark.class.getClassLoader())
                .getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    static String label(int posts) {
        return String.format(Locale.ROOT, "%,d posts", posts);
    }

    private static String machine(boolean onDisplay, String display) {
        var os = ManagementFactory.getOperatingSystemMXBean();
        long memory = os instanceof com.sun.management.OperatingSystemMXBean bean ? bean.getTotalMemorySize() : 0;
        return String.format(Locale.ROOT, "%d cores, %.1f GB RAM, %s %s (%s), %s %s; load average at start %.2f; "
                        + "start-ups %s; page turns headless (Monocle, software rendering); %s",
                Runtime.getRuntime().availableProcessors(), memory / 1e9, System.getProperty("java.vm.name"),
                System.getProperty("java.runtime.version"), System.getProperty("java.vendor"),
                System.getProperty("os.name"), System.getProperty("os.version"), os.getSystemLoadAverage(),
                onDisplay ? "on the display DISPLAY=" + display + " (GTK)" : "headless (Monocle; DISPLAY not set)",
                LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")));
    }

    private static long sizeOf(Path file) throws IOException {
        return Files.exists(file) ? Files.size(file) : -1;
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
    }
}
