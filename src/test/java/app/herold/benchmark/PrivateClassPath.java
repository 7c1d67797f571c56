package app.herold.benchmark;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Keeps a long benchmark run independent of builds that happen meanwhile: the class path's folders
 * ({@code target/classes}, {@code target/test-classes}) are copied once, every child JVM runs from
 * the copy, and the benchmark's own classes are loaded up front. Otherwise a {@code mvn clean} or a
 * recompile during the run would make later children run other code, or fail.
 */
final class PrivateClassPath {

    private PrivateClassPath() {
    }

    /** The class path with each folder replaced by a copy under {@code into}. */
    static String snapshot(String classPath, Path into) throws IOException {
        List<String> entries = new ArrayList<>();
        int index = 0;
        for (String entry : classPath.split(File.pathSeparator)) {
            Path source = Path.of(entry);
            if (!Files.isDirectory(source)) {
                entries.add(entry);
                continue;
            }
            Path copy = into.resolve(index++ + "-" + source.getFileName());
            copyTree(source, copy);
            entries.add(copy.toString());
        }
        return String.join(File.pathSeparator, entries);
    }

    /** Loads every class of this package now, while its class files are known to be there. */
    static void preloadBenchmarkClasses() throws IOException, ClassNotFoundException, java.net.URISyntaxException {
        Path folder = Path.of(PrivateClassPath.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                .resolve(PrivateClassPath.class.getPackageName().replace('.', '/'));
        List<String> names;
        try (Stream<Path> files = Files.list(folder)) {
            names = files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(".class"))
                    .map(name -> name.substring(0, name.length() - ".class".length())).toList();
        }
        for (String name : names) {
            Class.forName(PrivateClassPath.class.getPackageName() + "." + name, false,
                    PrivateClassPath.class.getClassLoader());
        }
    }

    private static void copyTree(Path source, Path target) throws IOException {
        try (Stream<Path> paths = Files.walk(source)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path destination = target.resolve(source.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(destination);
                } else {
                    Files.copy(path, destination);
                }
            }
        }
    }
}
