package app.herold.ui.settings;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.QrCodes;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The town's channel accounts in the settings: listed, added, changed and removed at once (they
 * are not preferences that wait for "Save"), and each account's join link as a QR code.
 */
public final class AccountsViewModel {

    private final ChannelAccountStore store;
    private final QrCodes qrCodes;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final AccountAccessViewModel access;
    private final ObservableList<ChannelAccount> accounts = FXCollections.observableArrayList();
    private final ObjectProperty<ChannelAccount> selected = new SimpleObjectProperty<>();
    private final ObjectProperty<ChannelKind> kind = new SimpleObjectProperty<>(ChannelKind.WHATSAPP);
    private final StringProperty name = new SimpleStringProperty("");
    private final StringProperty link = new SimpleStringProperty("");
    private final StringProperty baseUrl = new SimpleStringProperty("");
    private final StringProperty handle = new SimpleStringProperty("");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private Runnable onChanged = () -> { };

    /** @param access the chosen account's secrets, connection test and options; it follows the selection */
    public AccountsViewModel(ChannelAccountStore store, QrCodes qrCodes, TaskExecutor executor, DialogService dialogs,
                             Messages messages, AccountAccessViewModel access) {
        this.store = store;
        this.qrCodes = qrCodes;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
        this.access = access;
        selected.addListener((observable, old, account) -> {
            fill(account);
            access.show(account);
        });
    }

    /** The "Zugang" section of the selected account. */
    public AccountAccessViewModel access() {
        return access;
    }

    /** Called after every change, so the editor offers the new accounts. */
    public void setOnChanged(Runnable listener) {
        onChanged = listener;
    }

    public ObservableList<ChannelAccount> accounts() {
        return accounts;
    }

    public ObjectProperty<ChannelAccount> selectedProperty() {
        return selected;
    }

    public ObjectProperty<ChannelKind> kindProperty() {
        return kind;
    }

    public StringProperty nameProperty() {
        return name;
    }

    public StringProperty linkProperty() {
        return link;
    }

    public StringProperty baseUrlProperty() {
        return baseUrl;
    }

    public StringProperty handleProperty() {
        return handle;
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void load() {
        executor.submit(store::accounts, accounts::setAll, this::failed);
    }

    /** Empties the fields for a new account. */
    public void startNew() {
        selected.set(null);
        fill(null);
    }

    /** Saves the fields as a new account, or as changes to the selected one. */
    public void save() {
        String typedName = name.get().strip();
        if (typedName.isEmpty()) {
            problem.set(messages.text("accounts.error.name"));
            return;
        }
        for (String address : List.of(link.get(), baseUrl.get())) {
            String lower = address.strip().toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && !lower.startsWith("https://") && !lower.startsWith("http://")) {
                problem.set(messages.format("accounts.error.address", address.strip()));
                return;
            }
        }
        ChannelAccount current = selected.get();
        ChannelAccount account = new ChannelAccount(current == null ? null : current.id(), typedName, kind.get(),
                link.get(), baseUrl.get(), handle.get());
        problem.set("");
        executor.submit(() -> {
            ChannelAccount saved = store.save(account);
            return new Saved(saved, store.accounts());
        }, result -> {
            accounts.setAll(result.all());
            selected.set(result.all().stream().filter(each -> each.id().equals(result.saved().id())).findFirst()
                    .orElse(null));
            notice.set(messages.format("accounts.saved", result.saved().name()));
            onChanged.run();
        }, this::failed);
    }

    private record Saved(ChannelAccount saved, List<ChannelAccount> all) {
    }

    public void removeSelected() {
        ChannelAccount account = selected.get();
        if (account == null || !dialogs.confirm(messages.text("accounts.remove.title"),
                messages.format("accounts.remove.question", account.name()), messages.text("accounts.remove.confirm"))) {
            return;
        }
        executor.submit(() -> {
            int posts = store.remove(account.id());
            return new Removed(Math.max(0, posts), store.accounts());
        }, result -> {
            accounts.setAll(result.all());
            startNew();
            notice.set(messages.format("accounts.removed", account.name(), result.posts()));
            onChanged.run();
        }, this::failed);
    }

    private record Removed(int posts, List<ChannelAccount> all) {
    }

    /** Writes the selected account's join link as a QR code where the user chooses (PNG or SVG). */
    public void exportQrCode() {
        ChannelAccount account = selected.get();
        if (account == null) {
            return;
        }
        String joinLink = account.joinLink();
        if (joinLink.isEmpty()) {
            problem.set(messages.format("accounts.error.noLink", account.name()));
            return;
        }
        String suggested = account.name().replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + "-qr.png";
        dialogs.chooseSaveFile(messages.text("accounts.qr.title"), suggested, List.of("png", "svg")).ifPresent(file -> {
            Path target = file.getFileName().toString().contains(".") ? file : file.resolveSibling(file.getFileName() + ".png");
            executor.submit(() -> {
                qrCodes.write(joinLink, target);
                return target;
            }, written -> notice.set(messages.format("accounts.qr.written", written.toString())), this::failed);
        });
    }

    private void fill(ChannelAccount account) {
        kind.set(account == null ? ChannelKind.WHATSAPP : account.kind());
        name.set(account == null ? "" : account.name());
        link.set(account == null ? "" : account.link());
        baseUrl.set(account == null ? "" : account.baseUrl());
        handle.set(account == null ? "" : account.handle());
        problem.set("");
    }

    private void failed(Throwable failure) {
        problem.set(failure instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(failure.getMessage())));
    }
}
