package app.herold.cli;

import app.herold.Logging;
import app.herold.Version;
import app.herold.domain.UserFacingException;
import app.herold.i18n.Messages;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.System.Logger.Level;
import app.herold.storage.DataDirectory;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Locale;
import picocli.CommandLine;

/**
 * Runs one invocation of {@code herold}: a command, or the window when no command is given.
 * Errors become one sentence on standard error and a non-zero exit code, never a stack trace.
 */
public final class HeroldCommandLine {

    public static final int EXIT_OK = 0;
    public static final int EXIT_FAILURE = 1;
    public static final int EXIT_USAGE = 2;

    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock;
    private final GuiLauncher gui;
    /** Made when first needed: a window start reads no bundle here unless it fails. */
    private Messages messages;
    private final java.util.function.UnaryOperator<String> environment;

    public HeroldCommandLine(PrintStream out, PrintStream err, Clock clock, GuiLauncher gui) {
        this(out, err, clock, gui, System::getenv);
    }

    /** @param environment the process's environment variables (HEROLD_SECRETS_PASSPHRASE); a map in tests */
    public HeroldCommandLine(PrintStream out, PrintStream err, Clock clock, GuiLauncher gui,
                             java.util.function.UnaryOperator<String> environment) {
        this.out = out;
        this.err = err;
        this.clock = clock;
        this.gui = gui;
        this.environment = environment;
    }

    public int run(String... args) {
        Optional<WindowArguments> window = WindowArguments.parse(args);
        if (window.isPresent()) {
            // Opening the window is the common case: skip building the command parser (0.2-0.4 s).
            return launchWindow(window.get().dataDirectory(), window.get().startupProbe());
        }
        // Commands write only their results to the console; log records go to files.
        Logging.silenceConsole();
        HeroldCommand root = new HeroldCommand(out, clock, messages(), environment);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        commandLine.setResourceBundle(java.util.ResourceBundle.getBundle("app.herold.i18n.cli", messages().locale(),
                java.util.ResourceBundle.Control.getNoFallbackControl(java.util.ResourceBundle.Control.FORMAT_PROPERTIES)));
        commandLine.setParameterExceptionHandler((problem, arguments) -> {
            err.println(usageProblem(problem));
            return EXIT_USAGE;
        });
        commandLine.setExecutionExceptionHandler((problem, command, parseResult) -> {
            err.println(describe(problem));
            return EXIT_FAILURE;
        });
        int exit = commandLine.execute(args);
        if (exit == EXIT_OK && root.wantsWindow() && !commandLine.isUsageHelpRequested()
                && !commandLine.isVersionHelpRequested()) {
            return launchWindow(root.dataDirectory(), root.startupProbe());
        }
        return exit;
    }

    private int launchWindow(Path dataDirectory, boolean startupProbe) {
        try {
            return gui.launch(dataDirectory, startupProbe, out::println, err::println);
        } catch (RuntimeException e) {
            // The window silences the console only once the folder is claimed: a failure before that must
            // still print its one sentence and no log record.
            Logging.silenceConsole();
            err.println(describe(e));
            return EXIT_FAILURE;
        }
    }

    /**
     * The arguments of a plain window start: only {@code --data-dir DIR} and {@code --startup-probe}.
     * Anything else (a command, help, a typo) goes through the full parser and its messages.
     */
    record WindowArguments(Path dataDirectory, boolean startupProbe) {

        static Optional<WindowArguments> parse(String... args) {
            String dataDirectory = null;
            boolean probe = false;
            for (int index = 0; index < args.length; index++) {
                String argument = args[index];
                if ("--startup-probe".equals(argument) && !probe) {
                    probe = true;
                } else if ("--data-dir".equals(argument) && dataDirectory == null && index + 1 < args.length
                        && !args[index + 1].startsWith("-")) {
                    dataDirectory = args[++index];
                } else if (argument.startsWith("--data-dir=") && dataDirectory == null
                        && argument.length() > "--data-dir=".length()) {
                    dataDirectory = argument.substring("--data-dir=".length());
                } else {
                    return Optional.empty();
                }
            }
            return Optional.of(new WindowArguments(DataDirectory.resolve(dataDirectory), probe));
        }
    }

    /** Picocli's own messages are English; the common ones are said in the user's language. */
    private String usageProblem(CommandLine.ParameterException problem) {
        if (problem instanceof CommandLine.UnmatchedArgumentException unmatched
                && !unmatched.getUnmatched().isEmpty()) {
            return messages().format("cli.error.unknownArgument", unmatched.getUnmatched().get(0));
        }
        if (problem instanceof CommandLine.MissingParameterException missing && !missing.getMissing().isEmpty()) {
            CommandLine.Model.ArgSpec spec = missing.getMissing().get(0);
            String name = spec instanceof CommandLine.Model.OptionSpec option ? option.longestName()
                    : spec.paramLabel();
            return messages().format("cli.error.missingOption", name);
        }
        return messages().format("cli.error.usage", problem.getMessage());
    }

    private String describe(Throwable problem) {
        // The logger is asked for here, not held: a window start would otherwise set up logging on the main thread.
        System.Logger log = System.getLogger(HeroldCommandLine.class.getName());
        if (problem instanceof UserFacingException userFacing) {
            log.log(Level.INFO, "command failed: " + userFacing.messageKey(), problem);
            return messages().describe(userFacing);
        }
        log.log(Level.ERROR, "unexpected failure", problem);
        return messages().format("error.unexpected", String.valueOf(problem.getMessage()));
    }

    private Messages messages() {
        if (messages == null) {
            messages = Messages.forLocale(Locale.getDefault());
        }
        return messages;
    }

    /** Picocli asks this for {@code --version}. */
    public static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"Herold " + Version.current()};
        }
    }
}
