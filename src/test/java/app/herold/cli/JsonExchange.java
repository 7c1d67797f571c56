package app.herold.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** What the JSON export and import tests share: running a command on a data folder, and ZIP files taken apart and made. */
final class JsonExchange {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2029-03-12T09:30:00Z"), ZoneId.of("Europe/Berlin"));

    record Result(int exit, String out, String err) {
    }

    private JsonExchange() {
    }

    static Result run(Path dataDir, String... args) {
        String[] withDirectory = new String[args.length + 2];
        withDirectory[0] = "--data-dir";
        withDirectory[1] = dataDir.toString();
        System.arraycopy(args, 0, withDirectory, 2, args.length);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new HeroldCommandLine(outStream, errStream, CLOCK, (directory, probe, probeOutput, errorOutput) -> {
                throw new AssertionError("no window in these tests");
            }).run(withDirectory);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }

    /** Every entry of a ZIP by name, in the order they stand in it. */
    static Map<String, byte[]> entries(Path zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    static Path zip(Path file, Map<String, byte[]> entries) throws IOException {
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(file))) {
            for (Map.Entry<String, byte[]> entry : entries.entrySet()) {
                out.putNextEntry(new ZipEntry(entry.getKey()));
                out.write(entry.getValue());
                out.closeEntry();
            }
        }
        return file;
    }

    /** A file of src/test/resources/app/herold/exchange/json. */
    static byte[] fixture(String name) {
        try (InputStream in = JsonExchange.class.getResourceAsStream("/app/herold/exchange/json/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
