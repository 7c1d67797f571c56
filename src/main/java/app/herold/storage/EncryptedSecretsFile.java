package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.KeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The secrets in one file, encrypted with AES-256-GCM under a key derived from the user's passphrase
 * (PBKDF2 with HMAC-SHA256, 600,000 rounds, as OWASP advises for it in 2023): for computers without a
 * keychain Herold can use. The file holds the salt, a fresh nonce per write and the ciphertext, whose
 * tag makes a wrong passphrase and a changed byte alike refused. It lives beside the database but is
 * no part of a backup or an export, which only take the files they name.
 */
public final class EncryptedSecretsFile implements SecretStore {

    static final String FORMAT = "herold-secrets";
    static final int ROUNDS = 600_000;
    private static final int KEY_BITS = 256;
    private static final int SALT_BYTES = 16;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final Path file;
    private final ObjectMapper json = new ObjectMapper();
    private final SecureRandom random = new SecureRandom();
    private final SecretKeySpec key;
    private final byte[] salt;
    private final Map<String, Map<String, String>> secrets;

    private EncryptedSecretsFile(Path file, SecretKeySpec key, byte[] salt, Map<String, Map<String, String>> secrets) {
        this.file = file;
        this.key = key;
        this.salt = salt;
        this.secrets = secrets;
    }

    /**
     * Opens the file with the passphrase, or makes an empty one that the first {@link #put} writes. The
     * passphrase's characters are overwritten once the key is derived. Slow on purpose (about a second).
     */
    public static EncryptedSecretsFile open(Path file, char[] passphrase) {
        try {
            if (!Files.exists(file)) {
                byte[] salt = new byte[SALT_BYTES];
                new SecureRandom().nextBytes(salt);
                return new EncryptedSecretsFile(file, derive(passphrase, salt, ROUNDS), salt, new TreeMap<>());
            }
            ObjectMapper json = new ObjectMapper();
            JsonNode document;
            try {
                document = json.readTree(Files.readString(file, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UserFacingException(e, "secrets.error.unreadable", file.toString());
            }
            if (document == null || !FORMAT.equals(document.path("format").asText())) {
                throw new UserFacingException("secrets.error.unreadable", file.toString());
            }
            byte[] salt = decode(document, "salt", file);
            SecretKeySpec key = derive(passphrase, salt, document.path("rounds").asInt(ROUNDS));
            byte[] plain;
            try {
                Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
                cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, decode(document, "nonce", file)));
                cipher.updateAAD(FORMAT.getBytes(StandardCharsets.UTF_8));
                plain = cipher.doFinal(decode(document, "ciphertext", file));
            } catch (AEADBadTagException e) {
                throw new UserFacingException(e, "secrets.error.wrongPassphrase", file.toString());
            }
            try {
                Map<String, Map<String, String>> secrets = new TreeMap<>();
                JsonNode accounts = json.readTree(plain);
                for (Iterator<Map.Entry<String, JsonNode>> it = accounts.fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> account = it.next();
                    Map<String, String> named = new TreeMap<>();
                    account.getValue().fields().forEachRemaining(entry -> named.put(entry.getKey(), entry.getValue().asText()));
                    secrets.put(account.getKey(), named);
                }
                return new EncryptedSecretsFile(file, key, salt, secrets);
            } catch (IOException e) {
                throw new UserFacingException(e, "secrets.error.unreadable", file.toString());
            } finally {
                Arrays.fill(plain, (byte) 0);
            }
        } catch (GeneralSecurityException e) {
            throw new UserFacingException(e, "secrets.error.unreadable", file.toString());
        } finally {
            Arrays.fill(passphrase, '\0');
        }
    }

    @Override
    public synchronized void put(SecretId id, String secret) {
        secrets.computeIfAbsent(id.account(), account -> new TreeMap<>()).put(id.name(), secret);
        write();
    }

    @Override
    public synchronized Optional<String> get(SecretId id) {
        return Optional.ofNullable(secrets.getOrDefault(id.account(), Map.of()).get(id.name()));
    }

    @Override
    public synchronized void remove(SecretId id) {
        Map<String, String> named = secrets.get(id.account());
        if (named != null && named.remove(id.name()) != null) {
            if (named.isEmpty()) {
                secrets.remove(id.account());
            }
            write();
        }
    }

    private void write() {
        byte[] plain = null;
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            plain = json.writeValueAsBytes(secrets);
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(FORMAT.getBytes(StandardCharsets.UTF_8));
            byte[] ciphertext = cipher.doFinal(plain);
            ObjectNode document = json.createObjectNode();
            Base64.Encoder base64 = Base64.getEncoder();
            document.put("format", FORMAT);
            document.put("version", 1);
            document.put("kdf", "PBKDF2WithHmacSHA256");
            document.put("rounds", ROUNDS);
            document.put("salt", base64.encodeToString(salt));
            document.put("nonce", base64.encodeToString(nonce));
            document.put("ciphertext", base64.encodeToString(ciphertext));
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.deleteIfExists(temporary);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                // Readable by the user alone, from the moment it exists.
                Files.createFile(temporary, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            }
            Files.writeString(temporary, json.writerWithDefaultPrettyPrinter().writeValueAsString(document),
                    StandardCharsets.UTF_8);
            try {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | GeneralSecurityException e) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The sentence below is what matters; a leftover .tmp holds only ciphertext.
            }
            throw new UserFacingException(e, "secrets.error.write", file.toString());
        } finally {
            if (plain != null) {
                Arrays.fill(plain, (byte) 0);
            }
        }
    }

    private static SecretKeySpec derive(char[] passphrase, byte[] salt, int rounds) throws GeneralSecurityException {
        if (passphrase.length == 0) {
            throw new UserFacingException("secrets.error.emptyPassphrase");
        }
        KeySpec spec = new PBEKeySpec(passphrase, salt, rounds, KEY_BITS);
        byte[] derived = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        try {
            return new SecretKeySpec(derived, "AES");
        } finally {
            Arrays.fill(derived, (byte) 0);
        }
    }

    private static byte[] decode(JsonNode document, String field, Path file) {
        try {
            return Base64.getDecoder().decode(document.path(field).asText(""));
        } catch (IllegalArgumentException e) {
            throw new UserFacingException(e, "secrets.error.unreadable", file.toString());
        }
    }
}
