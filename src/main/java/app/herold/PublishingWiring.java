package app.herold;

import app.herold.channels.Publishers;
import app.herold.desktop.DesktopNotifier;
import app.herold.channels.common.PlatformHttp;
import app.herold.domain.OnFirstUse;
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
import java.util.Optional;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import app.herold.channels.facebook.FacebookTokenExchange;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.PostExports;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.PostStore;
import app.herold.domain.publishing.AccessExchange;
import app.herold.domain.publishing.OutboxStore;
import app.herold.exchange.ChannelExports;
import app.herold.ui.common.PassphrasePrompt;
import app.herold.ui.common.PublishingServices;

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

    /**
     * Sending for the window, made at its first use (the publishers read their limits and load JSON and
     * HTTP classes: nothing of it belongs on the start-up path).
     */
    public static Supplier<PublishingServices> forWindow(PostStore posts, ChannelAccountStore accounts,
                                                         DeliveryLog deliveries, OutboxStore store, PostExports exports,
                                                         Path dataDirectory, Supplier<MissedTargets> missed,
                                                         PassphrasePrompt passphrase, Clock clock) {
        return new OnFirstUse<>(() -> make(posts, accounts, deliveries, store, exports, dataDirectory, missed.get(),
                passphrase, clock));
    }

    private static PublishingServices make(PostStore posts, ChannelAccountStore accounts, DeliveryLog deliveries,
                                           OutboxStore store, PostExports exports, Path dataDirectory,
                                           MissedTargets missed, PassphrasePrompt passphrase, Clock clock) {
        PlatformHttp http = PlatformHttp.standard();
        List<Publisher> publishers = Publishers.all(http, clock);
        ChosenSecretStore secrets = ChosenSecretStore.forDataDirectory(dataDirectory, passphrase::ask,
                "file".equalsIgnoreCase(System.getenv(STORE_VARIABLE)));
        // The exports are ChannelExports wherever Herold runs; its preparation is the one a bundle gets.
        Preparation preparation = ((ChannelExports) exports)::prepareForSending;
        Outbox outbox = new Outbox(store, posts, accounts, deliveries, publishers, preparation, secrets, clock,
                RetryPolicy.DEFAULT, missed, Math::random);
        FacebookTokenExchange facebook = new FacebookTokenExchange(http, clock);
        AccessExchange exchange = (baseUrl, appId, appSecret, userToken, wantedPage) -> {
            try {
                FacebookTokenExchange.PageAccess access = facebook.exchange(baseUrl, appId, appSecret, userToken,
                        wantedPage);
                return new AccessExchange.PageAccess(access.pageId(), access.pageName(), access.pageToken(),
                        access.expiresAt());
            } catch (FacebookTokenExchange.ExchangeFailed e) {
                throw new AccessExchange.ExchangeFailed(e.problem());
            }
        };
        return new PublishingServices(outbox, publishers, secrets,
                () -> secrets.kind() == ChosenSecretStore.Kind.KEYCHAIN ? Optional.empty() : Optional.of(secrets.file()),
                store, exchange, passphrase, DesktopNotifier.forThisSystem());
    }

    public static Outbox outbox(Database database, List<Publisher> publishers, Preparation preparation,
                                SecretStore secrets, Clock clock, MissedTargets missed) {
        return new Outbox(database.outbox(), database.posts(), database.accounts(), database.deliveries(), publishers,
                preparation, secrets, clock, RetryPolicy.DEFAULT, missed, Math::random);
    }
}
