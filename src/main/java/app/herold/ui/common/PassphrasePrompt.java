package app.herold.ui.common;

import app.herold.domain.UserFacingException;
import java.util.Optional;
import java.util.function.Function;

/**
 * Asks for the passphrase of the encrypted credentials file when a background task first needs a secret
 * (where the system has no keychain). The window sets how it asks; until then, and when the user cancels,
 * nothing is read and the task reports one sentence.
 */
public final class PassphrasePrompt {

    private volatile Function<Boolean, Optional<char[]>> asker;

    /** @param asker shows the question and waits for the answer; {@code true} when the passphrase is being chosen */
    public void setAsker(Function<Boolean, Optional<char[]>> asker) {
        this.asker = asker;
    }

    /** Called on a background thread; blocks until the user answered. */
    public char[] ask(boolean creating) {
        Function<Boolean, Optional<char[]>> current = asker;
        Optional<char[]> answer = current == null ? Optional.empty() : current.apply(creating);
        return answer.filter(phrase -> phrase.length > 0)
                .orElseThrow(() -> new UserFacingException("secrets.error.emptyPassphrase"));
    }
}
