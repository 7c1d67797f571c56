package app.herold.domain.publishing;

import java.util.Optional;

/**
 * The secrets of one account as an adapter sees them: its access token, app password or bot token,
 * and what the adapter keeps between calls (a Bluesky session). Backed by the secret store; calls
 * may block.
 */
public interface Credentials {

    Optional<String> get(String name);

    /** Keeps a secret the platform handed out (a refreshed session); never the database. */
    void put(String name, String value);

    /** The secret the user must have entered, or an {@link PublishOutcome.AccessLost}-worthy problem. */
    default String require(String name) {
        return get(name).filter(value -> !value.isBlank()).orElseThrow(() -> new MissingSecretException(name));
    }

    /** A secret the account needs is not there: the user enters it in the settings. */
    final class MissingSecretException extends RuntimeException {
        private final String name;

        public MissingSecretException(String name) {
            super("missing secret " + name);
            this.name = name;
        }

        public String name() {
            return name;
        }
    }
}
