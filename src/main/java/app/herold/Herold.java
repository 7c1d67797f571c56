package app.herold;

import app.herold.cli.Console;
import app.herold.cli.HeroldCommandLine;
import java.time.Clock;

/**
 * Entry point. A plain class, not a JavaFX {@code Application}, so it starts from a plain class
 * path and every command runs without a display: only {@code herold} without a command loads the
 * window.
 */
public final class Herold {

    private Herold() {
    }

    public static void main(String[] args) {
        Clock clock = SystemZoneClock.lookingUpZone();
        HeroldCommandLine commandLine = new HeroldCommandLine(Console.out(), Console.err(), clock,
                new DesktopStartup(clock));
        int exit = commandLine.run(args);
        System.exit(exit);
    }
}
