package app.herold.cli;

import app.herold.Logging;
import app.herold.domain.post.ContentPlan;
import app.herold.storage.Database;
import java.util.concurrent.Callable;
import picocli.CommandLine.ParentCommand;

/** A command that works on the data directory: opens it, runs, and closes it again. */
abstract class DataDirectoryCommand implements Callable<Integer> {

    @ParentCommand
    HeroldCommand root;

    @Override
    public final Integer call() throws Exception {
        Logging.toDataDirectory(root.dataDirectory());
        try (Database database = Database.open(root.dataDirectory(), root.clock())) {
            return run(database, new ContentPlan(database.posts(), root.clock()));
        }
    }

    abstract int run(Database database, ContentPlan plan) throws Exception;
}
