package app.herold.cli;

import app.herold.demo.DemoLoader;
import app.herold.demo.DemoPlan;
import app.herold.domain.UserFacingException;
import app.herold.domain.post.ContentPlan;
import app.herold.storage.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code herold demo}: fills the data directory with realistic posts of a small town. */
@Command(name = "demo", sortOptions = false)
final class DemoCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Option(names = "--posts", paramLabel = "N", descriptionKey = "demo.posts")
    int posts = DemoPlan.DEFAULT_POSTS;

    @Option(names = "--seed", paramLabel = "S", descriptionKey = "demo.seed")
    long seed = DemoLoader.DEFAULT_SEED;

    @Override
    boolean compactAfterwards() {
        return true;
    }

    @Override
    int run(Database database, ContentPlan plan) {
        if (posts < 0) {
            throw new UserFacingException("cli.error.posts", posts);
        }
        int created = DemoLoader.load(database.posts(), database.media(), posts, seed, root().clock());
        plan.announceBulkChange();
        root().out().println(root().messages().format("cli.demo.done", created, database.directory().toString()));
        return HeroldCommandLine.EXIT_OK;
    }
}
