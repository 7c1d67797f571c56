package app.herold.domain.post;

import java.util.List;

/** What is wrong with one row of a planning table: a sentence of the message bundle and its arguments. */
public record ImportProblem(String messageKey, List<Object> arguments) {

    public ImportProblem {
        arguments = List.copyOf(arguments);
    }

    public static ImportProblem of(String messageKey, Object... arguments) {
        return new ImportProblem(messageKey, List.of(arguments));
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }
}
