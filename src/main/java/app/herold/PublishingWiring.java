package app.herold;

import app.herold.channels.Publishers;
import app.herold.channels.common.PlatformHttp;
import app.herold.domain.UserFacingException;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.Preparation;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.RetryPolicy;
import app.herold.domain.secrets.SecretStore;
import app.herold.storage.ChosenSecretStore;
import app.herold.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/** Puts sending together: the publishers of every network, the secret store and the outbox of a data folder. */
public final class PublishingWiring {

    /** Where commands find the passphrase of the encrypted credentials file (a cron job, a systemd timer). */
    public static final String PASSPHRASE_VARIABLE = "HEROLD_SECRETS_PASSPHRASE";

    private PublishingWiring() {
    }

    public static List<Publisher> publishers(Clock clock) {
        return Publishers.all(PlatformHttp.standard(), clock);
    }

    /** {@code HEROLD_SECRETS=file}: the encrypted file even where there is a keychain. */
    public static final String STORE_VARIABLE = "HEROLD_SECRETS";

    /** The secret store of a data folder for a command: the passphrase, if needed, from the environment. */
    public static ChosenSecretStore secretsForCommands(Path dataDirectory, UnaryOperator<String> environment) {
        return ChosenSecretStore.forDataDirectory(dataDirectory, creating -> {
            String passphrase = environment.apply(PASSPHRASE_VARIABLE);
            if (passphrase == null || passphrase.isEmpty()) {
                throw new UserFacingException("secrets.error.noPassphrase");
            }
            return passphrase.toCharArray();
        }, "file".equalsIgnoreCase(environment.apply(STORE_VARIABLE)));
    }

    public static Outbox outbox(Database database, List<Publisher> publishers, Preparation preparation,
                                SecretStore secrets, Clock clock, MissedTargets missed) {
        return new Outbox(database.outbox(), database.posts(), database.accounts(), database.deliveries(), publishers,
                preparation, secrets, clock, RetryPolicy.DEFAULT, missed, Math::random);
    }
}
