package app.herold.ui.settings;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.Publisher;
import app.herold.i18n.Messages;
import app.herold.ui.common.PublishingServices;
import app.herold.ui.common.TaskExecutor;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * "Verbindung testen" for one account, and when its access ends: kept as the account option
 * {@value #ACCESS_EXPIRES_AT} and warned of a week ahead, by the window's clock.
 */
public final class ConnectionTestViewModel {

    /** The account option that keeps when the access ends, as an ISO instant. */
    static final String ACCESS_EXPIRES_AT = app.herold.ui.common.PublishingServices.ACCESS_EXPIRES_AT;
    /** How far ahead an ending access is warned of. */
    static final Duration WARNING_AHEAD = Duration.ofDays(7);

    public enum TestState {
        NOT_TESTED, TESTING, CONNECTED, FAILED
    }

    private final Supplier<PublishingServices> publishing;
    private final TaskExecutor executor;
    private final Messages messages;
    private final Clock clock;
    private final ReadOnlyObjectWrapper<TestState> state = new ReadOnlyObjectWrapper<>(TestState.NOT_TESTED);
    private final ReadOnlyStringWrapper result = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper expiry = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper expiryWarning = new ReadOnlyBooleanWrapper(false);

    ConnectionTestViewModel(Supplier<PublishingServices> publishing, TaskExecutor executor, Messages messages,
                            Clock clock) {
        this.publishing = publishing;
        this.executor = executor;
        this.messages = messages;
        this.clock = clock;
    }

    public ReadOnlyObjectProperty<TestState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** "Verbunden als @stadtmeerane@…", or the problem as one sentence. */
    public ReadOnlyStringProperty resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** "Zugang gültig bis 28.01.2027", or the warning; empty when the access does not end or is not known. */
    public ReadOnlyStringProperty expiryProperty() {
        return expiry.getReadOnlyProperty();
    }

    /** The access ends within a week, or has ended. */
    public ReadOnlyBooleanProperty expiryWarningProperty() {
        return expiryWarning.getReadOnlyProperty();
    }

    /** Another account, or a new secret: nothing tested yet, the expiry as far as it is known. */
    void reset(Instant knownExpiry) {
        state.set(TestState.NOT_TESTED);
        result.set("");
        showExpiry(knownExpiry);
    }

    static Instant storedExpiry(Map<String, String> options) {
        String stored = options.get(ACCESS_EXPIRES_AT);
        if (stored == null || stored.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(stored.strip());
        } catch (DateTimeException unreadable) {
            // Not written by Herold; the next connection test writes it anew.
            return null;
        }
    }

    /**
     * Signs in without posting and keeps when the access ends.
     *
     * @param stillShown whether the answer still belongs on screen (another account may have been chosen)
     */
    void run(ChannelAccount target, Predicate<ChannelAccount> stillShown) {
        if (state.get() == TestState.TESTING) {
            return;
        }
        state.set(TestState.TESTING);
        result.set(messages.text("access.testing"));
        executor.submitWaitingForNetwork(() -> check(target), check -> {
            if (!stillShown.test(target)) {
                return;
            }
            if (check.ok()) {
                state.set(TestState.CONNECTED);
                result.set(check.accountLabel() == null || check.accountLabel().isBlank()
                        ? messages.text("access.connected.plain")
                        : messages.format("access.connected", check.accountLabel()));
                showExpiry(check.accessExpiresAt());
            } else {
                state.set(TestState.FAILED);
                result.set(messages.describe(check.problem()));
            }
        }, failure -> {
            if (stillShown.test(target)) {
                state.set(TestState.FAILED);
                result.set(AccessSentences.of(failure, target.name(), messages));
            }
        });
    }

    private ConnectionCheck check(ChannelAccount target) {
        PublishingServices services = publishing.get();
        Publisher publisher = services.publisherFor(target.kind()).orElseThrow();
        Map<String, String> options = new LinkedHashMap<>(services.store().optionsOf(target.id()));
        ConnectionCheck check;
        try {
            check = publisher.test(target, Map.copyOf(options), new AccountCredentials(services.secrets(), target.id()));
        } catch (Credentials.MissingSecretException missing) {
            check = ConnectionCheck.failed(Problem.missingSecret(target.name(), missing.name()));
        }
        if (check.ok()) {
            // A token that does not end (any more) leaves no old date behind to warn about.
            String before = options.get(ACCESS_EXPIRES_AT);
            String now = check.accessExpiresAt() == null ? null : check.accessExpiresAt().toString();
            if (!Objects.equals(before, now)) {
                if (now == null) {
                    options.remove(ACCESS_EXPIRES_AT);
                } else {
                    options.put(ACCESS_EXPIRES_AT, now);
                }
                services.store().saveOptions(target.id(), options);
            }
        }
        return check;
    }

    void showExpiry(Instant expiresAt) {
        if (expiresAt == null) {
            expiry.set("");
            expiryWarning.set(false);
            return;
        }
        Instant now = clock.instant();
        LocalDate lastDay = LocalDate.ofInstant(expiresAt, clock.getZone());
        if (!expiresAt.isAfter(now)) {
            expiry.set(messages.format("access.expired", messages.dateFormat().format(lastDay)));
            expiryWarning.set(true);
        } else if (Duration.between(now, expiresAt).compareTo(WARNING_AHEAD) <= 0) {
            long days = ChronoUnit.DAYS.between(LocalDate.ofInstant(now, clock.getZone()), lastDay);
            expiry.set(messages.format("access.expiresSoon", days));
            expiryWarning.set(true);
        } else {
            expiry.set(messages.format("access.expires", messages.dateFormat().format(lastDay)));
            expiryWarning.set(false);
        }
    }
}
