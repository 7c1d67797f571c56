package app.herold.ui.settings;

import app.herold.domain.UserFacingException;
import app.herold.domain.publishing.AccessExchange;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Problem;
import app.herold.i18n.Messages;

/** A failure around an account's access (a keychain that refuses, a wrong passphrase, Facebook saying no) as one sentence. */
final class AccessSentences {

    private AccessSentences() {
    }

    static String of(Throwable failure, String accountName, Messages messages) {
        if (failure instanceof UserFacingException userFacing) {
            return messages.describe(userFacing);
        }
        if (failure instanceof AccessExchange.ExchangeFailed refused) {
            return messages.describe(refused.problem());
        }
        if (failure instanceof Credentials.MissingSecretException missing) {
            return messages.describe(Problem.missingSecret(accountName, missing.name()));
        }
        // The class name, not the message: a library's message might quote what it was given, a token included.
        return messages.format("error.unexpected", failure.getClass().getSimpleName());
    }
}
