package app.herold.ui.settings;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.AccessExchange;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.i18n.Messages;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * "Langfristigen Zugang holen…" for a Facebook account: the town's Meta app id and secret and a short-lived
 * user token from the Graph API Explorer become a Page token that lasts. The Page token, app id and app secret
 * go to the secret store; the fields are emptied once it worked.
 */
public final class FacebookExchangeViewModel {

    /** The secrets the Facebook publisher reads (channels.facebook.FacebookPublisher). */
    static final String PAGE_ACCESS_TOKEN = "page-access-token";
    static final String APP_ID = "app-id";
    static final String APP_SECRET = "app-secret";

    /** What the exchange gave, without the token. */
    public record Exchanged(String pageName, Instant expiresAt, int retried) {
    }

    private final Supplier<PublishingServices> publishing;
    private final TaskExecutor executor;
    private final Messages messages;
    private final ChannelAccount account;
    private final Consumer<Exchanged> onExchanged;
    private final StringProperty appId = new SimpleStringProperty("");
    private final StringProperty appSecret = new SimpleStringProperty("");
    private final StringProperty userToken = new SimpleStringProperty("");
    private final StringProperty page = new SimpleStringProperty("");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper done = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

    FacebookExchangeViewModel(Supplier<PublishingServices> publishing, TaskExecutor executor, Messages messages,
                              ChannelAccount account, Consumer<Exchanged> onExchanged) {
        this.publishing = publishing;
        this.executor = executor;
        this.messages = messages;
        this.account = account;
        this.onExchanged = onExchanged;
    }

    public ChannelAccount account() {
        return account;
    }

    public StringProperty appIdProperty() {
        return appId;
    }

    public StringProperty appSecretProperty() {
        return appSecret;
    }

    public StringProperty userTokenProperty() {
        return userToken;
    }

    /** The Page's name or id; empty when the person manages only one. */
    public StringProperty pageProperty() {
        return page;
    }

    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The Page token is stored: the dialog closes. */
    public ReadOnlyBooleanProperty doneProperty() {
        return done.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void exchange() {
        if (running.get()) {
            return;
        }
        // Pasted from a web page, these come with spaces or line breaks around them; none of them has any inside.
        String id = withoutSpaces(appId.get());
        String secret = withoutSpaces(appSecret.get());
        String token = withoutSpaces(userToken.get());
        String wantedPage = page.get() == null ? "" : page.get().strip();
        if (id.isEmpty() || secret.isEmpty() || token.isEmpty()) {
            problem.set(messages.text("facebookExchange.error.missing"));
            return;
        }
        problem.set("");
        running.set(true);
        executor.submitWaitingForNetwork(() -> {
            PublishingServices services = publishing.get();
            AccessExchange.PageAccess access = services.facebookExchange().exchange(account.baseUrl(), id, secret,
                    token, wantedPage);
            AccountCredentials credentials = new AccountCredentials(services.secrets(), account.id());
            credentials.put(PAGE_ACCESS_TOKEN, access.pageToken());
            credentials.put(APP_ID, id);
            credentials.put(APP_SECRET, secret);
            Map<String, String> options = new LinkedHashMap<>(services.store().optionsOf(account.id()));
            if (access.expiresAt() == null) {
                options.remove(ConnectionTestViewModel.ACCESS_EXPIRES_AT);
            } else {
                options.put(ConnectionTestViewModel.ACCESS_EXPIRES_AT, access.expiresAt().toString());
            }
            services.store().saveOptions(account.id(), options);
            int retried = services.outbox().retryAccount(account.id());
            return new Exchanged(access.pageName(), access.expiresAt(), retried);
        }, exchanged -> {
            running.set(false);
            appId.set("");
            appSecret.set("");
            userToken.set("");
            page.set("");
            done.set(true);
            onExchanged.accept(exchanged);
        }, failure -> {
            running.set(false);
            problem.set(AccessSentences.of(failure, account.name(), messages));
        });
    }

    static String withoutSpaces(String value) {
        return value == null ? "" : value.replaceAll("\\s+", "");
    }
}
