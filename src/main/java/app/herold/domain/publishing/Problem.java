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

    public static Problem of(String key, Object... arguments) {
        return new Problem(key, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
