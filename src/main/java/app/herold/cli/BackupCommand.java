package app.herold.cli;

import app.herold.Version;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.post.ContentPlan;
import app.herold.storage.Database;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold backup [--out FILE]}: a backup now, into the backup folder (kept until deleted, unlike
 * the automatic ones) or exactly into FILE. Prints the backup's path.
 */
@Command(name = "backup", sortOptions = false)
final class BackupCommand extends DataDirectoryCommand {

    @ParentCommand
    HeroldCommand root;

    @Option(names = "--out", paramLabel = "FILE", descriptionKey = "backup.out")
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
        var backups = database.backups(Version.current());
        BackupFile made = out == null ? backups.create(BackupKind.MANUAL) : backups.createAt(out);
        root.out().println(root.messages().format("cli.backup.done", made.file().toAbsolutePath().toString(),
                Math.max(1, made.bytes() / 1024)));
        return HeroldCommandLine.EXIT_OK;
    }
}
