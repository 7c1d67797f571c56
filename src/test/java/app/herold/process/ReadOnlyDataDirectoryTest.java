package app.herold.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.herold.process.ChildJvm.Finished;
import app.herold.storage.Database;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * A data directory Herold may not write to (permissions taken away, a folder copied from a read-only
 * medium) gets one German sentence at start, from a command and from the window, instead of a stack trace
 * or H2's lock error. For real: the folder's permissions are taken away and Herold runs as a user they
 * bind. Root ignores permissions, so as root the child runs as "nobody" through {@code setpriv}, from
 * a class path nobody can read (hard links in a world-readable folder); without setpriv the test is skipped.
 */
@Timeout(240)
class ReadOnlyDataDirectoryTest {

    private static final Duration START = Duration.ofSeconds(60);
    private static final Duration WINDOW = Duration.ofSeconds(120);
    private static final String NOBODY = "65534";

    private Path root;
    private Path dataDirectory;

    @BeforeEach
    void makeAReadOnlyDataDirectory() throws IOException {
        root = Files.createTempDirectory("herold-read-only-");
        Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwxr-xr-x"));
        dataDirectory = Files.createDirectory(root.resolve("daten"));
        Database.open(dataDirectory, Clock.systemDefaultZone()).close();
        try (Stream<Path> files = Files.list(dataDirectory)) {
            for (Path file : files.toList()) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString(Files.isDirectory(file) ? "r-xr-xr-x" : "r--r--r--"));
            }
        }
        Files.setPosixFilePermissions(dataDirectory, PosixFilePermissions.fromString("r-xr-xr-x"));
    }

    @AfterEach
    void deleteIt() throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (Files.isDirectory(path)) {
                    Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwx------"));
                }
                Files.delete(path);
            }
        }
    }

    @Test
    void aCommandSaysTheFolderIsNotWritableInOneSentence() throws IOException {
        Finished listed = heroldAsAnOrdinaryUser(false, "--data-dir", dataDirectory.toString(), "list").awaitExit(START);

        assertThat(listed.exitCode()).as(listed.toString()).isEqualTo(1);
        assertThat(listed.stderr()).isEqualTo(sentence() + System.lineSeparator());
        assertThat(listed.stdout()).isEmpty();
    }

    @Test
    void theWindowSaysTheFolderIsNotWritableAndEnds() throws IOException {
        Finished probe = heroldAsAnOrdinaryUser(true, "--data-dir", dataDirectory.toString(), "--startup-probe")
                .awaitExit(WINDOW);

        assertThat(probe.exitCode()).as(probe.toString()).isNotZero();
        assertThat(probe.stderr()).as(probe.toString()).isEqualTo(sentence() + System.lineSeparator());
        assertThat(probe.stdout()).isEmpty();
    }

    private String sentence() {
        return "Herold darf in seinen Datenordner " + dataDirectory + " nicht schreiben; bitte geben Sie sich dort "
                + "Schreibrechte oder starten Sie Herold mit einem anderen Ordner (--data-dir).";
    }

    private ChildJvm heroldAsAnOrdinaryUser(boolean window, String... args) throws IOException {
        ChildJvm.Builder child = ChildJvm.running("app.herold.Herold").with(ChildJvm.GERMAN_IN_BERLIN)
                .jvmOption(window ? "-Xmx512m" : "-Xmx256m").args(args);
        if (window) {
            child.with(ChildJvm.HEADLESS_JAVAFX);
        }
        if (isRoot()) {
            assumeTrue(Files.isExecutable(Path.of("/usr/bin/setpriv")),
                    "running as root, where permissions do not bind, and setpriv is not there to run as nobody");
            Path home = Files.createDirectory(root.resolve("home"));
            Files.setPosixFilePermissions(home, PosixFilePermissions.fromString("rwxrwxrwx"));
            // JavaFX unpacks its native libraries under the user's home.
            child.jvmOption("-Duser.home=" + home)
                    .through(List.of("/usr/bin/setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"))
                    .classPath(readableByAll(ChildJvm.Builder.classPath(), root.resolve("classpath")));
        }
        return child.start();
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    /** The class path as hard links (copies where a link is refused) in a folder every user may read. */
    private static String readableByAll(String classPath, Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.exists(source)) {
                continue;
            }
            Path target = into.resolve(index++ + "-" + source.getFileName());
            try (Stream<Path> paths = Files.walk(source)) {
                for (Path path : paths.toList()) {
                    Path destination = Files.isDirectory(source) ? target.resolve(source.relativize(path).toString()) : target;
                    if (Files.isDirectory(path)) {
                        Files.createDirectories(destination);
                        continue;
                    }
                    Files.createDirectories(destination.getParent());
                    try {
                        Files.createLink(destination, path);
                    } catch (IOException | UnsupportedOperationException e) {
                        Files.copy(path, destination);
                    }
                    Files.setPosixFilePermissions(destination, PosixFilePermissions.fromString("rw-r--r--"));
                }
            }
            entries.add(target.toString());
        }
        try (Stream<Path> paths = Files.walk(into)) {
            for (Path path : paths.filter(Files::isDirectory).toList()) {
                Files.setPosixFilePermissions(path, PosixFilePermissions.fromString("rwxr-xr-x"));
            }
        }
        return String.join(File.pathSeparator, entries);
    }
}
