package app.herold.channels.instagram;

import java.time.Duration;

/**
 * Waits between two looks at a media container. Meta processes a picture after the container is made
 * ({@code status_code} IN_PROGRESS until FINISHED), so the adapter has to wait a little; tests pass one
 * that does not sleep.
 */
@FunctionalInterface
interface Sleeper {

    void sleep(Duration wait) throws InterruptedException;

    Sleeper REAL = wait -> Thread.sleep(wait.toMillis());
}
