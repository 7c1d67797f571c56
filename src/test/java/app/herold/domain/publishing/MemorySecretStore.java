package app.herold.domain.publishing;

import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets in memory, for tests of what uses them (the stores themselves have their own tests). */
final class MemorySecretStore implements SecretStore {

    private final Map<SecretId, String> secrets = new ConcurrentHashMap<>();

    @Override
    public void put(SecretId id, String secret) {
        secrets.put(id, secret);
    }

    @Override
    public Optional<String> get(SecretId id) {
        return Optional.ofNullable(secrets.get(id));
    }

    @Override
    public void remove(SecretId id) {
        secrets.remove(id);
    }
}
