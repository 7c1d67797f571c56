package app.herold;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The committed class list that {@code mvn package} makes {@code target/herold.jsa} from (decision 0013).
 * The archive itself is built after the tests; what can go wrong before is the list: a recording that
 * kept Monocle or other test classes (the archive would then hold classes a user's machine never has),
 * or a list that no longer matches the code and libraries.
 */
class ClassDataSharingListTest {

    /** Relative to the project folder, where Maven runs the tests. */
    private static final Path CLASS_LIST = Path.of("src/main/cds/herold.classlist");
    private static final String RECORD_AGAIN = "record the list anew: mvn -B -ntp -o -Pclasslist package -DskipTests";

    /** One class of each test-scoped library, so that a class listed from its jar is caught. */
    private static final List<String> TEST_LIBRARY_CLASSES = List.of(
            "com.sun.glass.ui.monocle.MonoclePlatformFactory", "org.testfx.api.FxRobot",
            "org.junit.jupiter.api.Test", "org.assertj.core.api.Assertions", "com.tngtech.archunit.lang.ArchRule");

    @Test
    void theListNamesTheEntryPointTheWindowAndTheJavaFxToolkit() throws IOException {
        List<String> classes = listedClasses();

        assertThat(classes).hasSizeGreaterThan(1000)
                .contains("app/herold/Herold", "app/herold/ui/HeroldApp", "javafx/stage/Stage", "java/lang/Object");
    }

    @Test
    void theListNamesNoClassOfTheTestClassPath() throws IOException {
        List<String> testOnlyLocations = Stream.concat(TEST_LIBRARY_CLASSES.stream(),
                Stream.of(ClassDataSharingListTest.class.getName())).map(ClassDataSharingListTest::locationOf).toList();

        List<String> lines = Files.readAllLines(CLASS_LIST, StandardCharsets.UTF_8);
        List<String> fromTheTestClassPath = listedClasses().stream().filter(name -> {
            URL resource = getClass().getClassLoader().getResource(name + ".class");
            return resource != null && testOnlyLocations.stream().anyMatch(resource.toString()::contains);
        }).toList();

        assertThat(lines).noneMatch(line -> line.contains("com/sun/glass/ui/monocle/"));
        assertThat(fromTheTestClassPath).as("classes of Monocle, the test libraries or the tests; " + RECORD_AGAIN)
                .isEmpty();
    }

    @Test
    void nearlyEveryListedClassStillExists() throws IOException {
        List<String> classes = listedClasses();

        List<String> missing = classes.stream()
                .filter(name -> getClass().getClassLoader().getResource(name + ".class") == null).toList();

        // A few stale lines only cost speed (the dump warns and skips them); many mean a smaller archive.
        assertThat(missing.size()).as("listed classes that no longer exist, e.g. " + missing.stream().limit(5).toList()
                + "; " + RECORD_AGAIN).isLessThan(classes.size() / 20);
    }

    /** The class names of the list, without comments and the lambda lines that refer to them. */
    private static List<String> listedClasses() throws IOException {
        assertThat(CLASS_LIST).as("the committed class list").isRegularFile();
        return Files.readAllLines(CLASS_LIST, StandardCharsets.UTF_8).stream()
                .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("@")).toList();
    }

    /** The jar or folder a class is loaded from, as a URL: {@code file:/.../openjfx-monocle-17.0.10.jar}. */
    private static String locationOf(String className) {
        try {
            return Class.forName(className, false, ClassDataSharingListTest.class.getClassLoader()).getProtectionDomain()
                    .getCodeSource().getLocation().toString();
        } catch (ClassNotFoundException e) {
            throw new AssertionError("test library missing: " + className, e);
        }
    }
}
