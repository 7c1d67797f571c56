package app.herold.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

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
}
