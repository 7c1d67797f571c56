package app.herold.process;

import app.herold.storage.Database;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;

/**
 * Holds a data directory open, as a running Herold does, until its standard input ends or it is
 * killed. Argument: the data directory. Prints {@code holding} once the directory is its own.
 */
public final class HoldingChild {

    static final String HOLDING = "holding";

    private HoldingChild() {
    }

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true,
                StandardCharsets.UTF_8);
        Database database = Database.open(Path.of(args[0]), Clock.systemDefaultZone());
        out.println(HOLDING);
        while (System.in.read() >= 0) {
            // Anything on standard input is ignored; its end lets go of the directory.
        }
        database.close();
    }
}
