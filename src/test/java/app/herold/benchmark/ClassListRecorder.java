package app.herold.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * Records {@code src/main/cds/herold.classlist}, the list {@code mvn package} makes the class-data-sharing
 * archive {@code target/herold.jsa} from (decision 0013): the classes a real start of the window loads.
 *
 * <pre>mvn -B -ntp -o -Pclasslist package -DskipTests</pre>
 *
 * <p>That runs this class after the jar is packaged and before the archive is built from the new list
 * (arguments: {@code target/herold.jar} and the list to write). It fills a temporary data directory
 * with {@code demo --posts 100}, starts the packaged window on it twice (the second start shows the
 * month kept at the first close) with {@code --startup-probe} headless under Monocle and
 * {@code -XX:DumpLoadedClassList}, and keeps only the lines the archive can be built
 * from on a machine without Monocle: JDK classes and classes of herold.jar and the libraries its
 * manifest names. Monocle's classes (test scope) and lines of classes from other class loaders go.
 */
public final class ClassListRecorder {

    private static final Duration DEMO_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration WINDOW_TIMEOUT = Duration.ofMinutes(2);
    private static final String LAMBDA_PROXY = "@lambda-proxy ";
    private static final String LAMBDA_FORM_INVOKER = "@lambda-form-invoker ";

    private ClassListRecorder() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: ClassListRecorder <target/herold.jar> <class list to write>");
            System.exit(2);
        }
        Path heroldJar = Path.of(args[0]).toAbsolutePath();
        Path classList = Path.of(args[1]).toAbsolutePath();
        Path monocleJar = HeroldBenchmark.monocleJar();
        Path work = Files.createTempDirectory("herold-classlist-");
        try {
            List<String> loaded = recordWindowStart(heroldJar, monocleJar, work);
            Set<String> packaged = packagedClassNames(heroldJar);
            List<String> kept = new ArrayList<>();
            List<String> dropped = new ArrayList<>();
            for (String line : new LinkedHashSet<>(loaded)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String entry = archivable(line, packaged);
                if (entry == null) {
                    dropped.add(line);
                } else {
                    kept.add(entry);
                }
            }
            if (!kept.contains("app/herold/Herold")) {
                throw new IllegalStateException("the recorded start did not load app/herold/Herold from " + heroldJar);
            }
            Files.writeString(classList, header() + String.join("\n", kept) + "\n", StandardCharsets.UTF_8);
            System.out.println("Wrote " + classList + ": " + kept.size() + " lines kept, " + dropped.size()
                    + " dropped (not in the JDK, herold.jar or its libraries), e.g.:");
            dropped.stream().limit(5).forEach(line -> System.out.println("  " + line));
        } finally {
            deleteRecursively(work);
        }
    }

    /** The raw -XX:DumpLoadedClassList of two headless {@code --startup-probe} starts on 100 demo posts. */
    private static List<String> recordWindowStart(Path heroldJar, Path monocleJar, Path work) throws Exception {
        Path dataDirectory = work.resolve("data");
        // German in Berlin like the users: the start then loads the German locale data a real start loads.
        List<String> userSettings = List.of("-Duser.language=de", "-Duser.country=DE",
                "-Duser.timezone=Europe/Berlin");
        ChildJvm commands = new ChildJvm(userSettings, heroldJar.toString());
        ChildJvm.Result demo = commands.run(DEMO_TIMEOUT, "app.herold.Herold", "--data-dir", dataDirectory.toString(),
                "demo", "--posts", "100");
        if (demo.exitCode() != 0) {
            throw new IllegalStateException("demo --posts 100 failed: " + demo.describe());
        }
        // Twice: the first start reads the month from the database and keeps it at close; the second shows
        // the kept month and opens the database after the first frame (decision 0027). Both paths are starts
        // a user makes, so the list holds the classes of both.
        List<String> loaded = new ArrayList<>();
        for (int start = 1; start <= 2; start++) {
            Path rawList = work.resolve("loaded-" + start + ".classlist");
            List<String> windowFlags = new ArrayList<>(userSettings);
            // Without the JDK's own archive every class is loaded, and so listed, the ordinary way.
            windowFlags.add("-Xshare:off");
            windowFlags.add("-XX:DumpLoadedClassList=" + rawList);
            windowFlags.addAll(HeroldBenchmark.HEADLESS_FLAGS);
            ChildJvm window = new ChildJvm(windowFlags, heroldJar + File.pathSeparator + monocleJar);
            ChildJvm.Result probe = window.run(WINDOW_TIMEOUT, "app.herold.Herold", "--data-dir",
                    dataDirectory.toString(), "--startup-probe");
            if (probe.exitCode() != 0 || probe.value("startup_ms").isEmpty() || !Files.exists(rawList)) {
                throw new IllegalStateException("the headless window start failed: " + probe.describe());
            }
            loaded.addAll(Files.readAllLines(rawList, StandardCharsets.UTF_8));
        }
        return loaded;
    }

    /**
     * The line as the archive should get it, or null when it names a class the build cannot archive: one
     * outside the JDK and the packaged jars, or one a custom class loader defined (such lines carry the
     * recording machine's jar path after {@code source:}).
     */
    private static String archivable(String line, Set<String> packaged) {
        if (line.startsWith(LAMBDA_FORM_INVOKER)) {
            return line;
        }
        if (line.startsWith(LAMBDA_PROXY)) {
            String caller = line.substring(LAMBDA_PROXY.length()).split(" ", 2)[0];
            return isArchivable(caller, packaged) ? line : null;
        }
        if (line.startsWith("@") || line.contains(" source: ")) {
            return null;
        }
        String className = line.split(" ", 2)[0];
        return isArchivable(className, packaged) ? className : null;
    }

    private static boolean isArchivable(String className, Set<String> packaged) {
        return packaged.contains(className)
                || ClassLoader.getPlatformClassLoader().getResource(className + ".class") != null;
    }

    /** Class names (with slashes) in herold.jar and in every jar its manifest's Class-Path names. */
    private static Set<String> packagedClassNames(Path heroldJar) throws IOException {
        List<Path> jars = new ArrayList<>(List.of(heroldJar));
        try (JarFile jar = new JarFile(heroldJar.toFile())) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            for (String entry : classPath == null ? new String[0] : classPath.trim().split("\\s+")) {
                jars.add(heroldJar.resolveSibling(entry));
            }
        }
        Set<String> names = new HashSet<>();
        for (Path path : jars) {
            try (JarFile jar = new JarFile(path.toFile())) {
                jar.stream().map(entry -> entry.getName()).filter(name -> name.endsWith(".class"))
                        .map(name -> name.substring(0, name.length() - ".class".length())).forEach(names::add);
            }
        }
        return names;
    }

    private static String header() {
        return "# Classes a start of Herold's window loads: target/herold.jsa is made from this list at\n"
                + "# `mvn package` (decision 0013). Recorded by app.herold.benchmark.ClassListRecorder from a\n"
                + "# headless start under Monocle with " + System.getProperty("java.vm.name") + " "
                + System.getProperty("java.runtime.version") + "; record it anew with\n"
                + "#   mvn -B -ntp -o -Pclasslist package -DskipTests\n"
                + "# JDK classes and classes of herold.jar and target/lib only. A stale line only costs speed.\n";
    }

    private static void deleteRecursively(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
