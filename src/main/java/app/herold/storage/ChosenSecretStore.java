package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The secret store a data folder uses, chosen at its first use (opening a keychain takes most of a
 * second): the operating system's keychain where there is one, else the encrypted file
 * {@value #FILE_NAME} in the data folder, opened with a passphrase asked for once. The environment
 * variable {@code HEROLD_SECRETS=file} chooses the file everywhere (for a server without a desktop
 * session that runs {@code publish-due}).
 */
public final class ChosenSecretStore implements SecretStore {

    public static final String FILE_NAME = "zugangsdaten.herold";

    /** Where the secrets are kept, for the settings page to say. */
    public enum Kind {
        KEYCHAIN, ENCRYPTED_FILE
    }

    /**
     * Asks for the passphrase of the encrypted file: the window shows a dialog, a command reads
     * {@code HEROLD_SECRETS_PASSPHRASE}. {@code true} when the file does not exist yet (the passphrase
     * is being chosen). Throws a {@link UserFacingException} when there is none to give.
     */
    @FunctionalInterface
    public interface PassphraseSource extends Function<Boolean, char[]> {
    }

    private final Path dataDirectory;
    private final Supplier<Optional<? extends SecretStore>> keychain;
    private final PassphraseSource passphrase;
    private final boolean fileWanted;
    private SecretStore chosen;
    private Kind kind;

    public ChosenSecretStore(Path dataDirectory, Supplier<Optional<? extends SecretStore>> keychain,
                             PassphraseSource passphrase, boolean fileWanted) {
        this.dataDirectory = dataDirectory;
        this.keychain = keychain;
        this.passphrase = passphrase;
        this.fileWanted = fileWanted;
    }

    /**
     * The store for a data folder as Herold uses it: the system's keychain first.
     *
     * @param fileWanted the file even where there is a keychain ({@code HEROLD_SECRETS=file})
     */
    public static ChosenSecretStore forDataDirectory(Path dataDirectory, PassphraseSource passphrase,
                                                     boolean fileWanted) {
        return new ChosenSecretStore(dataDirectory,
                () -> KeychainSecretStore.open(DataDirectoryId.of(dataDirectory)), passphrase, fileWanted);
    }

    /** Where the secrets are (deciding it now if not yet done; may ask for the passphrase). */
    public synchronized Kind kind() {
        store();
        return kind;
    }

    public Path file() {
        return dataDirectory.resolve(FILE_NAME);
    }

    private synchronized SecretStore store() {
        if (chosen == null) {
            Optional<? extends SecretStore> system = fileWanted ? Optional.empty() : keychain.get();
            if (system.isPresent()) {
                chosen = system.get();
                kind = Kind.KEYCHAIN;
            } else {
                Path file = file();
                char[] phrase = passphrase.apply(!Files.exists(file));
                if (phrase == null || phrase.length == 0) {
                    throw new UserFacingException("secrets.error.emptyPassphrase");
                }
                chosen = EncryptedSecretsFile.open(file, phrase);
                kind = Kind.ENCRYPTED_FILE;
            }
        }
        return chosen;
    }

    @Override
    public void put(SecretId id, String secret) {
        store().put(id, secret);
    }

    @Override
    public Optional<String> get(SecretId id) {
        return store().get(id);
    }

    @Override
    public void remove(SecretId id) {
        store().remove(id);
    }
}
