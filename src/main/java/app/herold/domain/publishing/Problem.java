package app.herold.domain.publishing;

import java.util.List;

/**
 * What went wrong, or what the user should do, as a message key with its arguments: the outbox
 * stores it with the target and the window says it in the user's language. Never holds a secret.
 */
public record Problem(String key, List<String> arguments) {

    public Problem {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("a problem needs a message key");
        }
        arguments = arguments == null ? List.of() : List.copyOf(arguments);
    }

    /**
     * "No access token is stored for the account …": the secret's name is shown in the user's language, so
     * it is stored as a reference to its message ("@secret.access-token").
     */
    public static Problem missingSecret(String account, String secretName) {
        return of("publish.missingSecret", account, "@secret." + secretName);
    }

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
