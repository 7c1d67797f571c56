package app.herold.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.condition.DisabledOnOs;
import org.junit.jupiter.api.condition.OS;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher {@code target/herold} as Maven copies it from {@code src/main/launcher/herold}: it finds
 * herold.jar beside itself from any working directory, passes the arguments through unchanged, and
 * starts without a word when its class-data-sharing archive is missing or unusable. The tests run before
 * {@code package}, so the script is copied into a folder with a stand-in herold.jar whose manifest names
 * this build's class path; the real archive is checked by hand (see decision 0013).
 */
@DisabledOnOs(value = OS.WINDOWS, disabledReason = "the POSIX script; herold.cmd is its Windows twin")
@Timeout(120)
class LauncherScriptTest {

    private static final Path SCRIPT_TEMPLATE = Path.of("src/main/launcher/herold");

    @TempDir
    Path temporary;

    private Path installation;
    private Path elsewhere;

    @BeforeEach
    void installScriptBesideAJar() throws IOException {
        installation = Files.createDirectories(temporary.resolve("Programme mit Leerzeichen"));
        elsewhere = Files.createDirectories(temporary.resolve("anderswo"));
        Files.copy(SCRIPT_TEMPLATE, installation.resolve("herold"));
        writeManifestOnlyJar(installation.resolve("herold.jar"));
    }

    @Test
    void runsACommandFromAnotherFolderWithArgumentsThatHoldSpacesAndNoArchiveBesideIt() throws Exception {
        Path dataDirectory = temporary.resolve("Daten der Gemeinde");

        Launched demo = launch("--data-dir", dataDirectory.toString(), "demo", "--posts", "3");

        assertThat(demo.exitCode()).as(demo.toString()).isZero();
        assertThat(dataDirectory.resolve("herold.mv.db")).isRegularFile();
        assertThat(demo.stderr()).as("nothing about the missing archive").isEmpty();
    }

    @Test
    void anArchiveTheJvmCannotUseIsIgnoredWithoutAWord() throws Exception {
        Files.writeString(installation.resolve("herold.jsa"), "not an archive of this JDK");

        Launched version = launch("--version");

        assertThat(version.exitCode()).as(version.toString()).isZero();
        assertThat(version.stdout()).startsWith("Herold ");
        assertThat(version.stderr()).as("nothing about the unusable archive").isEmpty();
    }

    private Launched launch(String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("sh", installation.resolve("herold").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(elsewhere.toFile())
                .redirectOutput(temporary.resolve("stdout.txt").toFile())
                .redirectError(temporary.resolve("stderr.txt").toFile());
        // The JDK running the tests (the script prefers JAVA_HOME); data only where --data-dir says; and
        // no "Picked up JAVA_TOOL_OPTIONS" on stderr from the developer's environment.
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().remove("HEROLD_DATA_DIR");
        builder.environment().remove("JAVA_TOOL_OPTIONS");
        Process process = builder.start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
            throw new AssertionError("the launcher did not end within 90 s: " + command);
        }
        return new Launched(process.exitValue(), read("stdout.txt"), read("stderr.txt"));
    }

    private String read(String file) throws IOException {
        return Files.readString(temporary.resolve(file), StandardCharsets.UTF_8);
    }

    /** A jar with only a manifest: Herold as its main class, this build's classes and libraries as its class path. */
    private static void writeManifestOnlyJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        Attributes attributes = manifest.getMainAttributes();
        attributes.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        attributes.put(Attributes.Name.MAIN_CLASS, "app.herold.Herold");
        List<String> classPath = new ArrayList<>();
        for (String entry : ChildJvm.Builder.classPath().split(File.pathSeparator)) {
            classPath.add(Path.of(entry).toAbsolutePath().toUri().toString());
        }
        attributes.put(Attributes.Name.CLASS_PATH, String.join(" ", classPath));
        try (OutputStream out = Files.newOutputStream(jar)) {
            new JarOutputStream(out, manifest).close();
        }
    }

    record Launched(int exitCode, String stdout, String stderr) {
    }
}
