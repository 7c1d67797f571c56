package app.herold.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
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

    private JsonExchange() {
    }

    static CommandRun run(Path dataDir, String... args) {
        return CommandRun.in(dataDir, CLOCK, args);
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
