package app.herold.domain.channel;

import java.util.List;
import java.util.Objects;

/**
 * Something a check noticed about a post. The sentence is a message key with its arguments, so the
 * editor and the command line say it in the user's language.
 *
 * @param rule stable identifier, part of the command-line contract ({@code "rule": "text.length"})
 * @param span the part of the text it is about, or null when it is about the whole post or an image
 */
public record Finding(String rule, Severity severity, String messageKey, List<Object> arguments, TextSpan span) {

    public Finding {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(messageKey, "messageKey");
        arguments = List.copyOf(arguments);
    }

    public static Finding of(String rule, Severity severity, String messageKey, Object... arguments) {
        return new Finding(rule, severity, messageKey, List.of(arguments), null);
    }

    public Finding at(TextSpan where) {
        return new Finding(rule, severity, messageKey, arguments, where);
    }
}
