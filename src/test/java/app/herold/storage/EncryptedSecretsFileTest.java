package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import app.herold.i18n.Messages;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tokens kept in a file no one can read without the passphrase, and never in a backup. */
class EncryptedSecretsFileTest {

    private static final String TOKEN = "EAAGm0PX4ZCpsBAKZCZA9qQx7Dd9Zc2ZBQ1ZAtoken";
    private static final SecretId FACEBOOK = new SecretId("Stadt Meerane", "access-token");
    private static final SecretId MASTODON = new SecretId("Meerane auf Mastodon", "access-token");

    @TempDir
    Path dataDirectory;

    private Path file() {
        return dataDirectory.resolve("secrets.enc");
    }

    @Test
    void aSecretComesBackWithThePassphraseAndIsNotInTheFile() throws IOException {
        EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()).put(FACEBOOK, TOKEN);

        SecretStore reopened = EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray());

        assertThat(reopened.get(FACEBOOK)).contains(TOKEN);
        assertThat(reopened.get(MASTODON)).isEmpty();
        String stored = Files.readString(file(), StandardCharsets.UTF_8);
        assertThat(stored).doesNotContain(TOKEN).doesNotContain("Stadt Meerane").doesNotContain("access-token")
                .contains("\"format\" : \"herold-secrets\"");
    }

    @Test
    void aWrongPassphraseIsOneSentenceAndReadsNothing() {
        EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()).put(FACEBOOK, TOKEN);

        UserFacingException refused = catchThrowableOfType(
                () -> EncryptedSecretsFile.open(file(), "rathaus 1887!".toCharArray()), UserFacingException.class);

        assertThat(Messages.forLanguage("de").describe(refused)).isEqualTo("Das Passwort für die Zugangsdaten ist "
                + "falsch, oder die Datei " + file() + " wurde verändert; es wurde nichts gelesen.");
        assertThat(refused.getMessage()).doesNotContain(TOKEN);
    }

    @Test
    void oneChangedByteIsRefusedLikeAWrongPassphrase() throws IOException {
        EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()).put(FACEBOOK, TOKEN);
        String stored = Files.readString(file(), StandardCharsets.UTF_8);
        int at = stored.indexOf("\"ciphertext\" : \"") + 20;
        char changed = stored.charAt(at) == 'A' ? 'B' : 'A';
        Files.writeString(file(), stored.substring(0, at) + changed + stored.substring(at + 1), StandardCharsets.UTF_8);

        UserFacingException refused = catchThrowableOfType(
                () -> EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()), UserFacingException.class);

        assertThat(refused.messageKey()).isEqualTo("secrets.error.wrongPassphrase");
    }

    @Test
    void aSecretCanBeReplacedAndRemovedAndEachWriteUsesAFreshNonce() throws IOException {
        EncryptedSecretsFile secrets = EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray());
        secrets.put(FACEBOOK, TOKEN);
        String first = Files.readString(file(), StandardCharsets.UTF_8);
        secrets.put(MASTODON, "mastodon-token-0123456789");
        secrets.put(FACEBOOK, "neues-token-0123456789");
        secrets.remove(MASTODON);
        String last = Files.readString(file(), StandardCharsets.UTF_8);

        assertThat(nonce(last)).isNotEqualTo(nonce(first));
        SecretStore reopened = EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray());
        assertThat(reopened.get(FACEBOOK)).contains("neues-token-0123456789");
        assertThat(reopened.get(MASTODON)).isEmpty();
    }

    @Test
    void onlyTheUserMayReadTheFile() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()).put(FACEBOOK, TOKEN);

        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file()))).isEqualTo("rw-------");
    }

    @Test
    void aBackupOfTheDataFolderLeavesTheSecretsOut() throws IOException {
        Clock clock = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));
        BackupFile backup;
        try (Database database = Database.open(dataDirectory, clock)) {
            EncryptedSecretsFile.open(file(), "Rathaus 1887!".toCharArray()).put(FACEBOOK, TOKEN);
            backup = database.backups("test").create(BackupKind.MANUAL);
        }
        try (ZipFile zip = new ZipFile(backup.file().toFile())) {
            assertThat(zip.stream().map(ZipEntry::getName)).isNotEmpty().noneMatch(name -> name.contains("secrets"));
        }
    }

    @Test
    void aSecretIsShownAsDotsAndItsLastFourCharacters() {
        assertThat(SecretStore.masked(TOKEN)).isEqualTo("••••••••oken");
        assertThat(SecretStore.masked("kurz")).isEqualTo("••••••••");
        assertThat(SecretStore.masked("")).isEmpty();
    }

    private static String nonce(String document) {
        int start = document.indexOf("\"nonce\" : \"") + 11;
        return document.substring(start, document.indexOf('"', start));
    }
}
