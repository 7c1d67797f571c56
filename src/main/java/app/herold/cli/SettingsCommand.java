package app.herold.cli;

import app.herold.domain.UserFacingException;
import app.herold.domain.settings.FederalState;
import app.herold.domain.settings.Preferences;
import app.herold.domain.settings.PreferencesStore;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code herold settings set state CODE} and {@code herold settings set alt-marker on|off}: what the
 * settings dialog sets, for scripts and a first setup.
 */
@Command(name = "settings", subcommands = SettingsCommand.Set.class)
final class SettingsCommand {

    @ParentCommand
    HeroldCommand root;

    /** One subcommand per setting, so that each has its own value, checks and help. */
    @Command(name = "set", subcommands = {SettingsCommand.State.class, SettingsCommand.AltMarker.class,
            SettingsCommand.MissedLimit.class})
    static final class Set {

        @ParentCommand
        SettingsCommand settings;
    }

    @Command(name = "state", sortOptions = false)
    static final class State implements Callable<Integer> {

        @ParentCommand
        Set set;

        @Parameters(index = "0", paramLabel = "CODE", descriptionKey = "settings.set.state.code")
        String code;

        @Override
        public Integer call() {
            FederalState state = FederalState.fromCode(code)
                    .orElseThrow(() -> new UserFacingException("cli.error.state", code));
            HeroldCommand root = set.settings.root;
            change(root, preferences -> preferences.withState(state.code()));
            root.out().println(root.messages().format("cli.settings.state", state.germanName(), state.code()));
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "alt-marker", sortOptions = false)
    static final class AltMarker implements Callable<Integer> {

        @ParentCommand
        Set set;

        @Parameters(index = "0", paramLabel = "on|off", descriptionKey = "settings.set.altMarker.value")
        String value;

        @Override
        public Integer call() {
            String choice = value.strip().toLowerCase(java.util.Locale.ROOT);
            if (!choice.equals("on") && !choice.equals("off")) {
                throw new UserFacingException("cli.error.onOff", value);
            }
            HeroldCommand root = set.settings.root;
            change(root, preferences -> preferences.withAltTextMarker(choice.equals("on")));
            root.out().println(root.messages().text("cli.settings.altMarker." + choice));
            return HeroldCommandLine.EXIT_OK;
        }
    }

    @Command(name = "missed-limit", sortOptions = false)
    static final class MissedLimit implements Callable<Integer> {

        @ParentCommand
        Set set;

        @Parameters(index = "0", paramLabel = "MINUTES", descriptionKey = "settings.set.missedLimit.minutes")
        String minutes;

        @Override
        public Integer call() {
            long value;
            try {
                value = Long.parseLong(minutes.strip());
            } catch (NumberFormatException e) {
                throw new UserFacingException("cli.error.minutes", minutes);
            }
            // Up to a week: a limit beyond that would let last week's "Heute Abend" go out unasked.
            if (value < 0 || value > 7 * 24 * 60) {
                throw new UserFacingException("cli.error.minutes", minutes);
            }
            HeroldCommand root = set.settings.root;
            change(root, preferences -> preferences.withMissedLimit(java.time.Duration.ofMinutes(value)));
            root.out().println(root.messages().format("cli.settings.missedLimit", value));
            return HeroldCommandLine.EXIT_OK;
        }
    }

    /**
     * Under the lock, not in the database: a setting needs no posts, but the window must not be open, or
     * it would write its own preferences over this change when it saves them next.
     */
    private static void change(HeroldCommand root, java.util.function.UnaryOperator<Preferences> change) {
        Path directory = root.dataDirectory();
        Database.LockedDirectory locked = Database.lock(directory);
        try {
            PreferencesStore preferences = Database.preferencesOf(directory);
            preferences.save(change.apply(preferences.load()));
        } finally {
            locked.release();
        }
    }
}
