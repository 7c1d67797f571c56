package app.herold.domain.secrets;

import java.util.Optional;

/**
 * Where access tokens, app passwords and bot tokens are kept: never in the database, the logs, an
 * export or a backup. Implemented by the operating system's keychain or, where there is none, by a
 * file encrypted under a passphrase. Calls may block (a keychain prompt, key derivation): off the UI
 * thread. Failures are {@link app.herold.domain.UserFacingException}s that never carry the secret.
 */
public interface SecretStore {

    void put(SecretId id, String secret);

    Optional<String> get(SecretId id);

    void remove(SecretId id);

    /** How a secret is shown: dots and at most its last four characters, so the user can tell two apart. */
    static String masked(String secret) {
        if (secret == null || secret.isEmpty()) {
            return "";
        }
        int shown = secret.length() >= 12 ? 4 : 0;
        return "•".repeat(8) + secret.substring(secret.length() - shown);
    }
}
