package app.herold.cli;

import app.herold.Version;
import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.post.ContentPlan;
import app.herold.exchange.json.JsonPlanFiles;
import app.herold.storage.Database;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold export-json --out FILE}: the whole plan in one ZIP, {@code herold-export.json} with its
 * pictures beside it, for another computer or another program. Prints what it wrote.
 */
@Command(name = "export-json", sortOptions = false)
final class ExportJsonCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--out", required = true, paramLabel = "FILE", descriptionKey = "export-json.out")
    Path out;

    @Override
    HeroldCommand root() {
        return root;
    }

    @Override
    boolean onlyReads() {
        return true;
    }

    @Override
    int run(Database database, ContentPlan plan) {
        PlanFiles.ExportedPlan written = new JsonPlanFiles(database.transfer(), database.media(), database.directory(),
                root.clock(), Version.current()).export(out);
        root.out().println(root.messages().format("cli.jsonExport.done", written.file().toAbsolutePath().toString(),
                written.posts(), written.pictures()));
        for (String missing : written.missingPictures()) {
            root.out().println(root.messages().format("jsonExport.pictureMissing", missing));
        }
        return HeroldCommandLine.EXIT_OK;
    }
}
