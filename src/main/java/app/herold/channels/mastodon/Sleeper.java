package app.herold.channels.mastodon;

import java.time.Duration;

/**
 * Waits between two looks at a picture Mastodon is still processing. The real one sleeps; tests pass
 * one that returns at once, so a poll of several rounds takes no time.
 */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration wait) throws InterruptedException;

    Sleeper REAL = wait -> Thread.sleep(wait.toMillis());
}
