package app.herold.domain;

import java.util.Arrays;

/**
 * The one exception type that reaches the user. It carries the key of a sentence in the message
 * bundle and its arguments rather than text, so the domain stays free of any UI or locale while
 * the UI and the command line can each say it in the user's language.
 */
public class UserFacingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String messageKey;
    private final transient Object[] arguments;

    public UserFacingException(String messageKey, Object... arguments) {
        this(null, messageKey, arguments);
    }

    public UserFacingException(Throwable cause, String messageKey, Object... arguments) {
        super(messageKey + Arrays.toString(arguments), cause);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
