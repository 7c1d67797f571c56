package app.herold.domain.secrets;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** Secrets in memory, for tests and measurements of what uses them (the real stores have their own tests). */
public final class MemorySecretStore implements SecretStore {

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
