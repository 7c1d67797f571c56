package app.herold.ui.common;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.AccessExchange;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.OutboxStore;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.secrets.SecretStore;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the window needs for sending, behind ports: the outbox, each network's publisher (for "Verbindung
 * testen" and the secrets it needs), the secret store, the accounts' settings that are not secret, and
 * Facebook's token exchange. Every call blocks (network, disk, a keychain prompt): off the UI thread.
 *
 * @param secretsFile where the secrets are when there is no keychain; empty when they are in the keychain.
 *     Deciding it may ask for the passphrase
 * @param passphrase how the window is asked for the passphrase of the encrypted file
 * @param notifier the operating system's notifications, for a post that went out or failed while the window
 *     is not in front
 */
public record PublishingServices(Outbox outbox, List<Publisher> publishers, SecretStore secrets,
                                 Supplier<Optional<Path>> secretsFile, OutboxStore store,
                                 AccessExchange facebookExchange, PassphrasePrompt passphrase,
                                 SystemNotifier notifier) {

    /** The account option where the connection test and the token exchange keep the access's end (ISO instant). */
    public static final String ACCESS_EXPIRES_AT = "access-expires-at";

    public PublishingServices {
        publishers = List.copyOf(publishers);
    }

    public Optional<Publisher> publisherFor(ChannelKind kind) {
        return publishers.stream().filter(publisher -> publisher.kind() == kind).findFirst();
    }
}
