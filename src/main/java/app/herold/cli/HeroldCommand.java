package app.herold.cli;

import app.herold.i18n.Messages;
import app.herold.storage.DataDirectory;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code herold}: the window when no command follows, otherwise the command's parent. */
@Command(name = "herold",
        mixinStandardHelpOptions = true,
        scope = ScopeType.INHERIT,
        versionProvider = HeroldCommandLine.VersionProvider.class,
        subcommands = {DemoCommand.class, AddCommand.class, ListCommand.class, LintCommand.class,
                AccountsCommand.class, ExportCommand.class, ExportIcsCommand.class, CheckCommand.class, ElectionsCommand.class,
                AuditLogCommand.class, SettingsCommand.class, BackupCommand.class, RestoreCommand.class,
                ImportCsvCommand.class, ExportJsonCommand.class, ImportJsonCommand.class,
                PublishDueCommand.class},
        sortOptions = false)
final class HeroldCommand implements Callable<Integer> {

    @Option(names = "--data-dir", paramLabel = "DIR", descriptionKey = "data-dir", scope = ScopeType.INHERIT)
    private Path dataDirectoryOption;

    @Option(names = "--startup-probe", descriptionKey = "startup-probe")
    private boolean startupProbe;

    private final PrintStream out;
    private final Clock clock;
    private final Messages messages;
    private boolean wantsWindow;

    private final java.util.function.UnaryOperator<String> environment;

    HeroldCommand(PrintStream out, Clock clock, Messages messages, java.util.function.UnaryOperator<String> environment) {
        this.out = out;
        this.clock = clock;
        this.messages = messages;
        this.environment = environment;
    }

    /** An environment variable of the process, or null. */
    String environment(String name) {
        return environment.apply(name);
    }

    @Override
    public Integer call() {
        wantsWindow = true;
        return HeroldCommandLine.EXIT_OK;
    }

    boolean wantsWindow() {
        return wantsWindow;
    }

    boolean startupProbe() {
        return startupProbe;
    }

    Path dataDirectory() {
        return DataDirectory.resolve(dataDirectoryOption == null ? null : dataDirectoryOption.toString());
    }

    PrintStream out() {
        return out;
    }

    Clock clock() {
        return clock;
    }

    Messages messages() {
        return messages;
    }
}
