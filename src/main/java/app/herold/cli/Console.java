package app.herold.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Standard output and error in UTF-8 whatever the platform's default, so umlauts and JSON reach
 * scripts intact. Commands write through the streams they are given; these are the real ones.
 */
public final class Console {

    private static final PrintStream OUT = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
            StandardCharsets.UTF_8);
    private static final PrintStream ERR = new PrintStream(new FileOutputStream(FileDescriptor.err), true,
            StandardCharsets.UTF_8);

    private Console() {
    }

    public static PrintStream out() {
        return OUT;
    }

    public static PrintStream err() {
        return ERR;
    }

    /** {@code out} for a writer that closes what it writes to: the console stays open for what follows. */
    static java.io.OutputStream keptOpen(PrintStream out) {
        return new java.io.OutputStream() {
            @Override
            public void write(int b) {
                out.write(b);
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                out.write(bytes, offset, length);
            }

            @Override
            public void flush() {
                out.flush();
            }

            @Override
            public void close() {
                out.flush();
            }
        };
    }

    /** What a command writes into its JSON answer. */
    @FunctionalInterface
    interface JsonBody {
        void write(JsonGenerator json) throws IOException;
    }

    /** How one item of a list is written as a JSON object. */
    @FunctionalInterface
    interface JsonItem<T> {
        void write(JsonGenerator json, T item) throws IOException;
    }

    /** A command's JSON answer: pretty-printed UTF-8, then a line break, the console left open. */
    static void printJson(PrintStream out, JsonBody body) throws IOException {
        try (JsonGenerator json = new JsonFactory().createGenerator(keptOpen(out), JsonEncoding.UTF8)) {
            json.useDefaultPrettyPrinter();
            body.write(json);
        }
        out.println();
        out.flush();
    }

    /** A list as a JSON array, one object per item. */
    static <T> void printJsonArray(PrintStream out, List<T> items, JsonItem<T> item) throws IOException {
        printJson(out, json -> {
            json.writeStartArray();
            for (T each : items) {
                item.write(json, each);
            }
            json.writeEndArray();
        });
    }
}
