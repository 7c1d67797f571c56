package app.herold.domain.publishing;

import app.herold.domain.channel.AccountId;
import app.herold.domain.secrets.SecretId;
import app.herold.domain.secrets.SecretStore;
import java.util.Optional;

/** One account's secrets in the secret store, under "account-<id>": an account keeps them when renamed. */
public final class AccountCredentials implements Credentials {

    private final SecretStore store;
    private final String owner;

    public AccountCredentials(SecretStore store, AccountId account) {
        this.store = store;
        this.owner = ownerOf(account);
    }

    public static String ownerOf(AccountId account) {
        return "account-" + account.value();
    }

    @Override
    public Optional<String> get(String name) {
        return store.get(new SecretId(owner, name));
    }

    @Override
    public void put(String name, String value) {
        store.put(new SecretId(owner, name), value);
    }

    public void remove(String name) {
        store.remove(new SecretId(owner, name));
    }
}
