package app.herold.domain.secrets;

import java.util.regex.Pattern;

/**
 * Which secret: the channel account it belongs to and what it is ({@code access-token},
 * {@code app-password}, {@code bot-token}, {@code app-secret}, …).
 */
public record SecretId(String account, String name) {

    private static final Pattern NAME = Pattern.compile("[a-z][a-z0-9-]{0,40}");

    public SecretId {
        if (account == null || account.isBlank()) {
            throw new IllegalArgumentException("a secret belongs to an account");
        }
        if (name == null || !NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("a secret's name is lower case letters, digits and '-': " + name);
        }
    }
}
