package app.herold.domain.exchange;

import java.util.Arrays;
import java.util.List;

/**
 * Something the officer must know before an import: a key of a sentence in the message bundle and its
 * arguments, as {@link app.herold.domain.UserFacingException} carries them.
 *
 * @param blocking whether the import is refused because of it; otherwise it goes ahead and this is a note
 */
public record ImportIssue(boolean blocking, String messageKey, List<String> arguments) {

    public ImportIssue {
        arguments = List.copyOf(arguments);
    }

    static ImportIssue problem(String messageKey, Object... arguments) {
        return new ImportIssue(true, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }

    static ImportIssue note(String messageKey, Object... arguments) {
        return new ImportIssue(false, messageKey, Arrays.stream(arguments).map(String::valueOf).toList());
    }
}
