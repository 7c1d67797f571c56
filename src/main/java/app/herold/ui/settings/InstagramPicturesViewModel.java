package app.herold.ui.settings;

import app.herold.domain.channel.ChannelAccount;
import app.herold.i18n.Messages;
import app.herold.ui.common.DialogService;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * How an Instagram account's pictures reach Instagram, which fetches them from a public address: through a
 * folder of the town's web server or through the town's Facebook Page; and the Instagram account's id where
 * the token comes through Facebook. These are account options, not secrets: they live in the database.
 */
public final class InstagramPicturesViewModel {

    // The option names the Instagram publisher reads (channels.instagram.PublicPictures and InstagramAccounts);
    // the window may not depend on the channel package, so they are repeated here.
    static final String ROUTE = "picture-route";
    static final String WEB_FOLDER = "web-folder";
    static final String WEB_FOLDER_URL = "web-folder-url";
    static final String IG_USER_ID = "ig-user-id";
    static final String FACEBOOK_BASE_URL = "facebook-base-url";

    /** The two ways a picture gets a public address. */
    public enum PictureRoute {
        WEB_FOLDER("web-folder"), FACEBOOK_PAGE("facebook-page");

        private final String option;

        PictureRoute(String option) {
            this.option = option;
        }

        public String option() {
            return option;
        }

        static PictureRoute of(String option) {
            for (PictureRoute route : values()) {
                if (route.option.equals(option)) {
                    return route;
                }
            }
            return null;
        }
    }

    private final Supplier<PublishingServices> publishing;
    private final TaskExecutor executor;
    private final DialogService dialogs;
    private final Messages messages;
    private final ObjectProperty<PictureRoute> route = new SimpleObjectProperty<>();
    private final StringProperty webFolder = new SimpleStringProperty("");
    private final StringProperty webFolderUrl = new SimpleStringProperty("");
    private final StringProperty igUserId = new SimpleStringProperty("");
    private final StringProperty facebookBaseUrl = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper saving = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<ChannelAccount> account = new ReadOnlyObjectWrapper<>();

    InstagramPicturesViewModel(Supplier<PublishingServices> publishing, TaskExecutor executor, DialogService dialogs,
                               Messages messages) {
        this.publishing = publishing;
        this.executor = executor;
        this.dialogs = dialogs;
        this.messages = messages;
    }

    /** The Instagram account whose options are shown; null when the account shown is not Instagram's. */
    public ReadOnlyObjectProperty<ChannelAccount> accountProperty() {
        return account.getReadOnlyProperty();
    }

    /** Empty until a route is chosen: the publisher then refuses with a sentence that points here. */
    public ObjectProperty<PictureRoute> routeProperty() {
        return route;
    }

    public StringProperty webFolderProperty() {
        return webFolder;
    }

    public StringProperty webFolderUrlProperty() {
        return webFolderUrl;
    }

    public StringProperty igUserIdProperty() {
        return igUserId;
    }

    public StringProperty facebookBaseUrlProperty() {
        return facebookBaseUrl;
    }

    public ReadOnlyBooleanProperty savingProperty() {
        return saving.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    /** Shows the options of an account, or nothing. */
    void fill(ChannelAccount shown, Map<String, String> options) {
        account.set(shown);
        route.set(PictureRoute.of(options.getOrDefault(ROUTE, "")));
        webFolder.set(options.getOrDefault(WEB_FOLDER, ""));
        webFolderUrl.set(options.getOrDefault(WEB_FOLDER_URL, ""));
        igUserId.set(options.getOrDefault(IG_USER_ID, ""));
        facebookBaseUrl.set(options.getOrDefault(FACEBOOK_BASE_URL, ""));
        problem.set("");
        notice.set("");
    }

    private boolean isShown(ChannelAccount other) {
        return account.get() != null && account.get().id().equals(other.id());
    }

    /** The folder chooser, starting in the folder entered so far. */
    public void chooseWebFolder() {
        Path initial = null;
        try {
            initial = webFolder.get().isBlank() ? null : Path.of(webFolder.get().strip());
        } catch (InvalidPathException typedNonsense) {
            // Nothing to start from; the chooser opens where the system likes.
        }
        dialogs.chooseFolder(messages.text("access.instagram.webFolder.chooseTitle"), initial)
                .ifPresent(folder -> webFolder.set(folder.toString()));
    }

    /** Saves the options, keeping the account's other options (the access's expiry). */
    public void save() {
        ChannelAccount target = account.get();
        if (target == null) {
            return;
        }
        for (String address : List.of(webFolderUrl.get(), facebookBaseUrl.get())) {
            String lower = address.strip().toLowerCase(Locale.ROOT);
            if (!lower.isEmpty() && !lower.startsWith("https://") && !lower.startsWith("http://")) {
                problem.set(messages.format("accounts.error.address", address.strip()));
                notice.set("");
                return;
            }
        }
        Map<String, String> chosen = new LinkedHashMap<>();
        chosen.put(ROUTE, route.get() == null ? "" : route.get().option());
        chosen.put(WEB_FOLDER, webFolder.get().strip());
        chosen.put(WEB_FOLDER_URL, webFolderUrl.get().strip());
        chosen.put(IG_USER_ID, igUserId.get().strip());
        chosen.put(FACEBOOK_BASE_URL, facebookBaseUrl.get().strip());
        problem.set("");
        notice.set("");
        saving.set(true);
        executor.submit(() -> {
            PublishingServices services = publishing.get();
            Map<String, String> options = new LinkedHashMap<>(services.store().optionsOf(target.id()));
            chosen.forEach((name, value) -> {
                if (value.isEmpty()) {
                    options.remove(name);
                } else {
                    options.put(name, value);
                }
            });
            services.store().saveOptions(target.id(), options);
            return target;
        }, saved -> {
            saving.set(false);
            if (isShown(saved)) {
                notice.set(messages.format("access.instagram.saved", saved.name()));
            }
        }, failure -> {
            saving.set(false);
            if (isShown(target)) {
                problem.set(AccessSentences.of(failure, target.name(), messages));
            }
        });
    }
}
