package app.herold.cli;

import app.herold.Logging;
import app.herold.Version;
import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.MonthGrid;
import app.herold.storage.Database;
import app.herold.storage.MonthSnapshot;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.concurrent.Callable;

/** A command that works on the data directory: opens it, runs, and closes it again. */
abstract class DataDirectoryCommand implements Callable<Integer> {

    /** The top command, with the data directory, clock, console and messages of this run. */
    abstract HeroldCommand root();

    @Override
    public final Integer call() throws Exception {
        validate();
        if (onlyReads() && !Files.isDirectory(root().dataDirectory())) {
            // A typo in --data-dir would otherwise create an empty plan and print nothing.
            throw new UserFacingException("cli.error.noDataDirectory", root().dataDirectory().toString());
        }
        Logging.toDataDirectory(root().dataDirectory());
        Database opened;
        try {
            opened = Database.open(root().dataDirectory(), root().clock());
        } catch (UserFacingException refusal) {
            return callWhenOpenElsewhere(refusal);
        }
        try (Database database = opened) {
            int exit = run(database, new ContentPlan(database.posts(), root().clock()));
            // Today's month kept beside the database, as the window keeps it at close: the window's next
            // start shows it at once instead of waiting for the database, also after this command changed it.
            database.closeKeepingMonth(MonthSnapshot.key(Version.current(), root().clock().getZone()),
                    MonthGrid.containing(LocalDate.now(root().clock())), MonthGrid.CARDS_PER_DAY, compactAfterwards());
            return exit;
        }
    }

    abstract int run(Database database, ContentPlan plan) throws Exception;

    /** The data directory could not be opened (in use by the window, damaged): by default the sentence. */
    Integer callWhenOpenElsewhere(UserFacingException refusal) {
        throw refusal;
    }

    /** Whether the database file is rewritten compactly on close, after a command that inserts in bulk. */
    boolean compactAfterwards() {
        return false;
    }

    /** Checks the options before anything touches the data directory. */
    void validate() {
    }

    /** A command that only reads refuses a data directory that does not exist rather than creating it. */
    boolean onlyReads() {
        return false;
    }
}
