package app.herold.ui.settings;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.secrets.SecretStore;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The access of the account chosen in Settings › Kanalkonten: the secrets its network's publisher needs,
 * shown masked and replaced or removed one by one; where they are kept; "Verbindung testen"; when the access
 * ends, with a warning a week ahead. Every call to the secret store, the database or the platform runs in the
 * background, and its answer is dropped when meanwhile another account was chosen.
 */
public final class AccountAccessViewModel {

    /** What the section shows. */
    public enum Section {
        /** No account, or a new one not saved yet: secrets need the account's id. */
        SAVE_FIRST,
        /** The secrets are being read. */
        LOADING,
        /** The network has no publisher (WhatsApp): posted by hand. */
        BY_HAND,
        ACCESS
    }

    private final Supplier<PublishingServices> publishing;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ReadOnlyObjectWrapper<Section> section = new ReadOnlyObjectWrapper<>(Section.SAVE_FIRST);
    private final ReadOnlyObjectWrapper<ChannelAccount> account = new ReadOnlyObjectWrapper<>();
    private final ObservableList<SecretEntry> secrets = FXCollections.observableArrayList();
    private final ObservableList<SecretEntry> secretsShown = FXCollections.unmodifiableObservableList(secrets);
    private final ReadOnlyStringWrapper whereKept = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ConnectionTestViewModel connection;
    private final InstagramPicturesViewModel instagram;

    public AccountAccessViewModel(Supplier<PublishingServices> publishing, TaskExecutor executor,
                                  DialogService dialogs, Messages messages, Clock clock) {
        this.publishing = publishing;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.connection = new ConnectionTestViewModel(publishing, executor, messages, clock);
        this.instagram = new InstagramPicturesViewModel(publishing, executor, dialogs, messages);
    }

    public ReadOnlyObjectProperty<Section> sectionProperty() {
        return section.getReadOnlyProperty();
    }

    /** The account shown; null for none or a new one. */
    public ReadOnlyObjectProperty<ChannelAccount> accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** One entry per secret the network uses, the required ones first. */
    public ObservableList<SecretEntry> secrets() {
        return secretsShown;
    }

    /** "Im Schlüsselbund des Systems …" or the encrypted file's path. */
    public ReadOnlyStringProperty whereKeptProperty() {
        return whereKept.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** "Verbindung testen" and when the access ends. */
    public ConnectionTestViewModel connection() {
        return connection;
    }

    /** The picture options, shown for Instagram accounts. */
    public InstagramPicturesViewModel instagram() {
        return instagram;
    }

    /**
     * Shows the access of {@code chosen}: null or unsaved for "save it first". The same account again (after
     * its name or server was saved) keeps what was typed and tested.
     */
    public void show(ChannelAccount chosen) {
        ChannelAccount before = account.get();
        boolean same = before != null && chosen != null && chosen.id() != null && chosen.id().equals(before.id())
                && chosen.kind() == before.kind();
        account.set(chosen);
        if (same) {
            return;
        }
        secrets.clear();
        whereKept.set("");
        connection.reset(null);
        problem.set("");
        notice.set("");
        instagram.fill(null, Map.of());
        if (chosen == null || chosen.id() == null) {
            section.set(Section.SAVE_FIRST);
            return;
        }
        section.set(Section.LOADING);
        executor.submit(() -> load(chosen), loaded -> {
            if (isShown(chosen)) {
                apply(chosen, loaded);
            }
        }, failure -> {
            if (isShown(chosen)) {
                section.set(Section.ACCESS);
                problem.set(AccessSentences.of(failure, chosen.name(), messages));
            }
        });
    }

    /** What the background found for an account; {@code unreadable} when the secret store failed. */
    private record Loaded(Publisher publisher, Map<String, String> options, Optional<Path> file,
                          Map<String, String> masked, Throwable unreadable) {
    }

    private Loaded load(ChannelAccount chosen) {
        PublishingServices services = publishing.get();
        Optional<Publisher> publisher = services.publisherFor(chosen.kind());
        if (publisher.isEmpty()) {
            return new Loaded(null, Map.of(), Optional.empty(), Map.of(), null);
        }
        Map<String, String> options = services.store().optionsOf(chosen.id());
        try {
            Optional<Path> file = services.secretsFile().get();
            AccountCredentials credentials = new AccountCredentials(services.secrets(), chosen.id());
            Map<String, String> masked = new LinkedHashMap<>();
            for (String name : names(publisher.get())) {
                masked.put(name, credentials.get(name).filter(value -> !value.isEmpty()).map(SecretStore::masked)
                        .orElse(""));
            }
            return new Loaded(publisher.get(), options, file, masked, null);
        } catch (RuntimeException unreadable) {
            // A keychain that refuses or a wrong passphrase: the options still show, the secrets say they are unknown.
            return new Loaded(publisher.get(), options, Optional.empty(), Map.of(), unreadable);
        }
    }

    private static List<String> names(Publisher publisher) {
        List<String> names = new ArrayList<>(publisher.secretNames());
        names.addAll(publisher.optionalSecretNames());
        return names;
    }

    private void apply(ChannelAccount chosen, Loaded loaded) {
        if (loaded.publisher() == null) {
            section.set(Section.BY_HAND);
            return;
        }
        List<SecretEntry> entries = new ArrayList<>();
        for (String name : names(loaded.publisher())) {
            SecretEntry entry = new SecretEntry(name, messages.text("secret." + name),
                    !loaded.publisher().secretNames().contains(name));
            String masked = loaded.masked().get(name);
            if (loaded.unreadable() != null) {
                entry.show(messages.text("access.unknown"), false);
            } else {
                entry.show(masked.isEmpty() ? messages.text("access.notStored") : masked, !masked.isEmpty());
            }
            entries.add(entry);
        }
        secrets.setAll(entries);
        if (loaded.unreadable() != null) {
            problem.set(AccessSentences.of(loaded.unreadable(), chosen.name(), messages));
        } else {
            whereKept.set(whereKept(loaded.file()));
        }
        connection.reset(ConnectionTestViewModel.storedExpiry(loaded.options()));
        if (chosen.kind() == ChannelKind.INSTAGRAM) {
            instagram.fill(chosen, loaded.options());
        }
        section.set(Section.ACCESS);
    }

    private String whereKept(Optional<Path> file) {
        return file.map(path -> messages.format("access.where.file", path.toString()))
                .orElseGet(() -> messages.text("access.where.keychain"));
    }

    /** Saves the value entered for a secret, then lets posts that waited for the access go. */
    public void save(SecretEntry entry) {
        ChannelAccount target = account.get();
        // A pasted token often brings a line break or spaces; no platform's token has one inside.
        String value = FacebookExchangeViewModel.withoutSpaces(entry.enteredProperty().get());
        if (target == null || target.id() == null || entry.busyProperty().get()) {
            return;
        }
        if (value.isEmpty()) {
            problem.set(messages.format("access.error.empty", entry.inSentence()));
            notice.set("");
            return;
        }
        problem.set("");
        notice.set("");
        entry.busy(true);
        String masked = SecretStore.masked(value);
        executor.submit(() -> {
            PublishingServices services = publishing.get();
            new AccountCredentials(services.secrets(), target.id()).put(entry.name(), value);
            if (!entry.optional()) {
                forgetExpiry(services, target.id());
            }
            return services.outbox().retryAccount(target.id());
        }, retried -> {
            entry.busy(false);
            if (!isShown(target)) {
                return;
            }
            entry.enteredProperty().set("");
            entry.show(masked, true);
            if (!entry.optional()) {
                // The expiry and the test result were the old value's.
                connection.reset(null);
            }
            notice.set(withRetried(messages.format("access.saved", entry.inSentence(), target.name()), retried));
            if (whereKept.get().isEmpty()) {
                // The store could not be read before (a cancelled passphrase); now it can, so the others show too.
                refreshSecrets(target);
            }
        }, failure -> {
            entry.busy(false);
            if (isShown(target)) {
                problem.set(AccessSentences.of(failure, target.name(), messages));
            }
        });
    }

    /** Removes a stored secret, after asking. */
    public void remove(SecretEntry entry) {
        ChannelAccount target = account.get();
        if (target == null || target.id() == null || entry.busyProperty().get()
                || !dialogs.confirm(messages.text("access.remove.title"),
                messages.format(entry.optional() ? "access.remove.question.optional" : "access.remove.question",
                        entry.inSentence(), target.name()), messages.text("access.remove.confirm"))) {
            return;
        }
        problem.set("");
        notice.set("");
        entry.busy(true);
        executor.submit(() -> {
            PublishingServices services = publishing.get();
            new AccountCredentials(services.secrets(), target.id()).remove(entry.name());
            if (!entry.optional()) {
                forgetExpiry(services, target.id());
            }
            return target;
        }, removed -> {
            entry.busy(false);
            if (!isShown(target)) {
                return;
            }
            entry.show(messages.text("access.notStored"), false);
            if (!entry.optional()) {
                connection.reset(null);
            }
            notice.set(messages.format("access.removed", entry.inSentence(), target.name()));
        }, failure -> {
            entry.busy(false);
            if (isShown(target)) {
                problem.set(AccessSentences.of(failure, target.name(), messages));
            }
        });
    }

    private static void forgetExpiry(PublishingServices services, AccountId id) {
        Map<String, String> options = new LinkedHashMap<>(services.store().optionsOf(id));
        if (options.remove(ConnectionTestViewModel.ACCESS_EXPIRES_AT) != null) {
            services.store().saveOptions(id, options);
        }
    }

    /** "Verbindung testen" for the account shown. */
    public void testConnection() {
        ChannelAccount target = account.get();
        if (target != null && target.id() != null) {
            problem.set("");
            connection.run(target, this::isShown);
        }
    }

    /** The dialog's model for Facebook's long-lived token, for the account shown. */
    public FacebookExchangeViewModel facebookExchange() {
        ChannelAccount target = account.get();
        return new FacebookExchangeViewModel(publishing, executor, messages, target, exchanged -> {
            if (!isShown(target)) {
                return;
            }
            connection.reset(exchanged.expiresAt());
            notice.set(withRetried(messages.format("facebookExchange.done", exchanged.pageName()),
                    exchanged.retried()));
            refreshSecrets(target);
        });
    }

    /** Reads the masked values again: after the exchange stored three of them, or once the store opened. */
    private void refreshSecrets(ChannelAccount target) {
        executor.submit(() -> load(target), loaded -> {
            if (!isShown(target) || loaded.publisher() == null) {
                return;
            }
            if (loaded.unreadable() != null) {
                problem.set(AccessSentences.of(loaded.unreadable(), target.name(), messages));
            } else {
                whereKept.set(whereKept(loaded.file()));
                for (SecretEntry entry : secrets) {
                    String masked = loaded.masked().getOrDefault(entry.name(), "");
                    entry.show(masked.isEmpty() ? messages.text("access.notStored") : masked, !masked.isEmpty());
                }
            }
        }, failure -> {
            if (isShown(target)) {
                problem.set(AccessSentences.of(failure, target.name(), messages));
            }
        });
    }

    private String withRetried(String saved, int retried) {
        return retried == 0 ? saved : saved + " " + messages.format("access.retried", retried);
    }

    private boolean isShown(ChannelAccount other) {
        ChannelAccount current = account.get();
        return current != null && current.id() != null && current.id().equals(other.id())
                && current.kind() == other.kind();
    }
}
