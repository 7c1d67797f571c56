package app.herold.benchmark;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Stream;

/**
 * The start-up rows "as target/herold starts it": child JVMs from JARs instead of the build's folders,
 * with the launchers' flags, Herold with the class-data-sharing archive
 * {@code target/herold.jsa} that {@code mvn package} builds (decision 0013). The empty window runs from
 * a jar made here, once without an archive (the floor the other rows are compared with) and once with
 * an archive of its own, made here with {@code -XX:ArchiveClassesAtExit}, so that the report can also say
 * how Herold compares with an empty window that got the same help.
 *
 * <p>These children use {@code target/} itself, not a private copy like the other rows: the archive
 * records the paths of the jars it was made for, and JDK 17 does not accept them anywhere else. Before
 * measuring, both archives are opened once with {@code -Xshare:on}, which fails where {@code -Xshare:auto}
 * (the launcher's default) would silently start without the archive and the rows would measure nothing
 * of it.
 */
final class LauncherStartup {

    static final String BASELINE_WITH_ARCHIVE = StartupMeasurement.BASELINE + " with its own archive";
    static final String HEROLD_SUFFIX = " with herold.jsa";
    static final String WITHOUT_KEPT_MONTH = ", month read from H2 (changed since the last close)";
    static final String DESCRIPTION = "from jars, " + String.join(" ", HeroldBenchmark.LAUNCHER_FLAGS);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private final Path heroldJar;
    private final Path heroldArchive;
    private final Path libraries;
    private final Path work;

    /** {@code target} is the build folder with herold.jar, herold.jsa and lib/; {@code work} a folder of this run. */
    LauncherStartup(Path target, Path work) {
        Path folder = target.toAbsolutePath();
        this.heroldJar = folder.resolve("herold.jar");
        this.heroldArchive = folder.resolve("herold.jsa");
        this.libraries = folder.resolve("lib");
        this.work = work;
    }

    boolean archiveExists() {
        return Files.isRegularFile(heroldArchive) && Files.isRegularFile(heroldJar);
    }

    Path heroldArchive() {
        return heroldArchive;
    }

    /**
     * The empty window without and with its own archive, then Herold with herold.jsa on each data
     * directory. {@code windowFlags} are the other rows' flags (headless or not); headless children get
     * Monocle's jar on their class path as the tests do. Throws when an archive cannot be made or used.
     */
    List<StartupMeasurement.Contender> prepareContenders(List<String> windowFlags, boolean headless,
            Map<String, Path> dataDirectories) throws Exception {
        Files.createDirectories(work);
        List<String> monocle = headless ? List.of(HeroldBenchmark.monocleJar().toString()) : List.of();

        List<String> emptyWindowJars = new ArrayList<>(List.of(emptyWindowJar().toString()));
        emptyWindowJars.addAll(javaFxJars());
        emptyWindowJars.addAll(monocle);
        String emptyWindowClassPath = String.join(File.pathSeparator, emptyWindowJars);
        Path emptyWindowArchive = work.resolve("empty-window.jsa");
        ChildJvm.Result recording = new ChildJvm(flags(windowFlags, "-XX:ArchiveClassesAtExit=" + emptyWindowArchive),
                emptyWindowClassPath).run(TIMEOUT, EmptyWindowProbe.class.getName());
        if (recording.exitCode() != 0 || !Files.isRegularFile(emptyWindowArchive)) {
            throw new IllegalStateException("could not make the empty window's archive: " + recording.describe());
        }
        ChildJvm plainEmptyWindow = new ChildJvm(flags(windowFlags), emptyWindowClassPath);
        ChildJvm archivedEmptyWindow = new ChildJvm(flags(windowFlags, "-XX:SharedArchiveFile=" + emptyWindowArchive),
                emptyWindowClassPath);
        requireUsable(emptyWindowArchive, windowFlags, emptyWindowClassPath, EmptyWindowProbe.class.getName());

        List<String> heroldJars = new ArrayList<>(List.of(heroldJar.toString()));
        heroldJars.addAll(monocle);
        String heroldClassPath = String.join(File.pathSeparator, heroldJars);
        ChildJvm launchedHerold = new ChildJvm(flags(windowFlags, "-XX:SharedArchiveFile=" + heroldArchive),
                heroldClassPath);
        requireUsable(heroldArchive, windowFlags, heroldClassPath, "app.herold.Herold", "--version");

        List<StartupMeasurement.Contender> contenders = new ArrayList<>();
        contenders.add(StartupMeasurement.Contender.emptyWindow(StartupMeasurement.BASELINE, plainEmptyWindow));
        contenders.add(StartupMeasurement.Contender.emptyWindow(BASELINE_WITH_ARCHIVE, archivedEmptyWindow));
        dataDirectories.forEach((label, directory) -> contenders.add(
                StartupMeasurement.Contender.herold(label + HEROLD_SUFFIX, launchedHerold, directory)));
        dataDirectories.forEach((label, directory) -> contenders.add(StartupMeasurement.Contender
                .heroldWithoutKeptMonth(label + HEROLD_SUFFIX + WITHOUT_KEPT_MONTH, launchedHerold, directory)));
        return contenders;
    }

    /** {@code -Xshare:on} ends the JVM at once when the archive does not fit this JDK and class path. */
    private static void requireUsable(Path archive, List<String> windowFlags, String classPath, String mainClass,
            String... arguments) throws Exception {
        ChildJvm strict = new ChildJvm(flags(windowFlags, "-Xshare:on", "-XX:SharedArchiveFile=" + archive), classPath);
        ChildJvm.Result result = strict.run(TIMEOUT, mainClass, arguments);
        if (result.exitCode() != 0) {
            throw new IllegalStateException("the JVM cannot use " + archive + " (a jar rebuilt since, or another "
                    + "JDK?): " + result.describe());
        }
    }

    private static List<String> flags(List<String> windowFlags, String... archiveFlags) {
        List<String> flags = new ArrayList<>(windowFlags);
        flags.addAll(HeroldBenchmark.LAUNCHER_FLAGS);
        flags.addAll(List.of(archiveFlags));
        return flags;
    }

    /** A jar of the benchmark's EmptyWindowProbe and its nested classes, read from where this JVM loads them. */
    private Path emptyWindowJar() throws Exception {
        Path classes = Path.of(EmptyWindowProbe.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        String packageFolder = EmptyWindowProbe.class.getPackageName().replace('.', '/');
        List<Path> classFiles;
        try (Stream<Path> files = Files.list(classes.resolve(packageFolder))) {
            classFiles = files.filter(file -> file.getFileName().toString()
                    .startsWith(EmptyWindowProbe.class.getSimpleName())).sorted().toList();
        }
        Path jar = work.resolve("empty-window-probe.jar");
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Path classFile : classFiles) {
                out.putNextEntry(new JarEntry(packageFolder + "/" + classFile.getFileName()));
                Files.copy(classFile, out);
                out.closeEntry();
            }
        }
        return jar;
    }

    /**
     * The JavaFX jars herold.jar's manifest names, for the empty window, which needs only JavaFX: copied to
     * a folder of their own, because target/lib also holds JavaFX's native libraries, unpacked there for
     * Herold's start (decision 0032), and a plain JavaFX program has its jars alone.
     */
    private List<String> javaFxJars() throws IOException {
        Path plain = Files.createDirectories(work.resolve("javafx"));
        List<String> copies = new ArrayList<>();
        try (Stream<Path> jars = Files.list(libraries)) {
            for (Path jar : jars.filter(file -> file.getFileName().toString().startsWith("javafx-")
                    && file.getFileName().toString().endsWith(".jar")).sorted().toList()) {
                Path copy = plain.resolve(jar.getFileName());
                Files.copy(jar, copy, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                copies.add(copy.toString());
            }
        }
        return copies;
    }
}
