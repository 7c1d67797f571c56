package app.herold.cli;

import app.herold.Version;
import app.herold.storage.Database;
import app.herold.storage.ZipBackups;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold restore FILE}: puts a backup in place of the data directory's plan. Every checksum is
 * checked before anything changes, and the current state is saved as a backup first. The window must
 * be closed (the data directory's lock says so); the database is not opened, so a damaged one can be
 * replaced too.
 */
@Command(name = "restore", sortOptions = false)
final class RestoreCommand implements Callable<Integer> {

    @ParentCommand
    HeroldCommand root;

    @Parameters(index = "0", paramLabel = "FILE", descriptionKey = "restore.file")
    Path backup;

    @Override
    public Integer call() {
        Path directory = root.dataDirectory();
        Database.LockedDirectory locked = Database.lock(directory);
        app.herold.domain.backup.RestoredBackup restored;
        try {
            restored = ZipBackups.restore(backup, directory,
                    ZipBackups.folderOf(directory, Database.readPreferences(directory).backups().folder()),
                    root.clock(), Version.current());
        } finally {
            locked.release();
        }
        root.out().println(root.messages().format("cli.restore.done",
                restored.restored().created().format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(root.messages().locale())),
                restored.restored().posts(), restored.before().file().toAbsolutePath().toString()));
        return HeroldCommandLine.EXIT_OK;
    }
}
