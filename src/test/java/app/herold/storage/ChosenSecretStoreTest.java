package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.secrets.MemorySecretStore;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChosenSecretStoreTest {

    private static final SecretId TOKEN = new SecretId("account-1", "access-token");

    @TempDir
    Path dataDirectory;

    private final List<Boolean> asked = new ArrayList<>();

    private ChosenSecretStore store(Optional<? extends SecretStore> keychain, String passphrase) {
        return new ChosenSecretStore(dataDirectory, () -> keychain, creating -> {
            asked.add(creating);
            return passphrase == null ? null : passphrase.toCharArray();
        }, false);
    }

    @Test
    void withoutAKeychainTheSecretsGoIntoTheEncryptedFileAndThePassphraseIsAskedOnce() throws Exception {
        ChosenSecretStore store = store(Optional.empty(), "Rathaus-Passwort 2026");

        store.put(TOKEN, "mastodon-token-4711");
        store.put(new SecretId("account-2", "bot-token"), "123:telegram");

        assertThat(store.kind()).isEqualTo(ChosenSecretStore.Kind.ENCRYPTED_FILE);
        assertThat(asked).containsExactly(true);
        String onDisk = Files.readString(dataDirectory.resolve(ChosenSecretStore.FILE_NAME), StandardCharsets.UTF_8);
        assertThat(onDisk).doesNotContain("mastodon-token-4711").doesNotContain("account-1");

        ChosenSecretStore reopened = store(Optional.empty(), "Rathaus-Passwort 2026");
        assertThat(reopened.get(TOKEN)).contains("mastodon-token-4711");
        assertThat(asked).containsExactly(true, false);
    }

    @Test
    void theKeychainIsUsedWhereThereIsOneAndNoPassphraseIsAsked() {
        MemorySecretStore keychain = new MemorySecretStore();
        ChosenSecretStore store = store(Optional.of(keychain), null);

        store.put(TOKEN, "token");

        assertThat(keychain.get(TOKEN)).contains("token");
        assertThat(store.kind()).isEqualTo(ChosenSecretStore.Kind.KEYCHAIN);
        assertThat(asked).isEmpty();
        assertThat(dataDirectory.resolve(ChosenSecretStore.FILE_NAME)).doesNotExist();
    }

    @Test
    void withoutAPassphraseNothingIsReadAndTheUserIsToldOneSentence() {
        ChosenSecretStore store = store(Optional.empty(), null);

        assertThatThrownBy(() -> store.get(TOKEN)).isInstanceOf(UserFacingException.class)
                .satisfies(problem -> assertThat(((UserFacingException) problem).messageKey())
                        .isEqualTo("secrets.error.emptyPassphrase"));
    }

    @Test
    void theSecretsFileIsNoPartOfABackup() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneId.of("Europe/Berlin"));
        BackupFile backup;
        try (Database database = Database.open(dataDirectory, clock)) {
            store(Optional.empty(), "geheim").put(TOKEN, "mastodon-token-4711");
            backup = database.backups("test").create(BackupKind.MANUAL);
        }

        assertThat(dataDirectory.resolve(ChosenSecretStore.FILE_NAME)).exists();
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).isNotEmpty()
                    .noneMatch(name -> name.contains("zugangsdaten"));
        }
    }

}
