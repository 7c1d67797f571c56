package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import com.github.javakeyring.BackendNotSupportedException;
import com.github.javakeyring.Keyring;
import com.github.javakeyring.PasswordAccessException;
import java.util.Optional;

/**
 * The secrets in the operating system's keychain (Windows Credential Manager, macOS Keychain, the
 * Secret Service of GNOME or KDE) through java-keyring (decision 0024). Each secret is one entry of
 * the service "Herold (&lt;data folder id&gt;)", so two data folders never share an account's token.
 */
public final class KeychainSecretStore implements SecretStore {

    private static final System.Logger LOG = System.getLogger(KeychainSecretStore.class.getName());

    private final Keyring keyring;
    private final String service;

    private KeychainSecretStore(Keyring keyring, String service) {
        this.keyring = keyring;
        this.service = service;
    }

    /** The keychain, or empty where the system has none Herold can use (a server, a container). */
    public static Optional<KeychainSecretStore> open(String dataDirectoryId) {
        try {
            return Optional.of(new KeychainSecretStore(Keyring.create(), "Herold (" + dataDirectoryId + ")"));
        } catch (BackendNotSupportedException | RuntimeException | LinkageError e) {
            LOG.log(System.Logger.Level.INFO, "no keychain available, secrets go into an encrypted file: {0}",
                    e.getMessage());
            return Optional.empty();
        }
    }

    @Override
    public synchronized void put(SecretId id, String secret) {
        try {
            keyring.setPassword(service, entry(id), secret);
        } catch (PasswordAccessException | RuntimeException e) {
            throw new UserFacingException(e, "secrets.error.keychain");
        }
    }

    @Override
    public synchronized Optional<String> get(SecretId id) {
        try {
            return Optional.ofNullable(keyring.getPassword(service, entry(id)));
        } catch (PasswordAccessException e) {
            // java-keyring reports a missing entry and a refused read alike; a missing one is the common case.
            LOG.log(System.Logger.Level.DEBUG, "no keychain entry for {0}", entry(id));
            return Optional.empty();
        }
    }

    @Override
    public synchronized void remove(SecretId id) {
        try {
            keyring.deletePassword(service, entry(id));
        } catch (PasswordAccessException e) {
            LOG.log(System.Logger.Level.DEBUG, "no keychain entry to remove for {0}", entry(id));
        }
    }

    private static String entry(SecretId id) {
        return id.account() + "/" + id.name();
    }
}
