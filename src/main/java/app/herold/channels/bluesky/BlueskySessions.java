package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Optional;

/**
 * Signs in with the app password once and keeps the session in the secret store, renewing it with its
 * refresh token when the access token expires. Bluesky limits createSession to 30 per five minutes and
 * 300 a day per account, bsky.social in practice to 100 a day (platforms.md, Bluesky "Auth"): a new
 * session per post would lock the town out on a busy day, so one is only made when there is none or the
 * refresh token is no longer taken.
 */
final class BlueskySessions {

    static final String APP_PASSWORD = "app-password";
    static final String ACCESS = "session-access";
    static final String REFRESH = "session-refresh";
    static final String DID = "session-did";
    static final String SERVICE = "session-pds";
    static final String OWNER = "session-for";

    private final Xrpc xrpc;
    private final BlueskyFailures failures;

    BlueskySessions(Xrpc xrpc, BlueskyFailures failures) {
        this.xrpc = xrpc;
        this.failures = failures;
    }

    /** The stored session of this account, or a new one when none is stored. */
    BlueskySession open(BlueskyAccount account, Credentials credentials) throws CallFailed {
        Optional<BlueskySession> stored = stored(account, credentials);
        return stored.isPresent() ? stored.get() : create(account, credentials);
    }

    Optional<BlueskySession> stored(BlueskyAccount account, Credentials credentials) {
        Optional<String> access = credentials.get(ACCESS).filter(value -> !value.isBlank());
        Optional<String> refresh = credentials.get(REFRESH).filter(value -> !value.isBlank());
        Optional<String> did = credentials.get(DID).filter(value -> !value.isBlank());
        boolean ours = credentials.get(OWNER).filter(account.sessionOwner()::equals).isPresent();
        if (!ours || access.isEmpty() || refresh.isEmpty() || did.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new BlueskySession(access.get(), refresh.get(), did.get(), account.identifier(),
                credentials.get(SERVICE).filter(value -> !value.isBlank()).orElse(account.entryway())));
    }

    /**
     * A session after its access token was refused: refreshed with {@code refreshSession} (authenticated by
     * the refresh token), and only when the refresh token is refused too, signed in anew.
     */
    BlueskySession renew(BlueskyAccount account, Credentials credentials, BlueskySession expired) throws CallFailed {
        PlatformHttp.Answer answer;
        try {
            answer = xrpc.procedure(account.entryway(), "com.atproto.server.refreshSession", null, expired.refreshJwt());
        } catch (IOException e) {
            throw new CallFailed(failures.transport(e, false));
        }
        if (answer.ok()) {
            return keep(account, credentials, answer);
        }
        // An expired, revoked or unknown refresh token is 400 ExpiredToken / InvalidToken or 401.
        if (answer.status() == 400 || answer.status() == 401) {
            return create(account, credentials);
        }
        throw new CallFailed(failures.of(answer, false));
    }

    /** A new session from the app password; the only call that may spend one of the day's few sign-ins. */
    BlueskySession create(BlueskyAccount account, Credentials credentials) throws CallFailed {
        if (account.identifier().isEmpty()) {
            throw new CallFailed(failures.accessLost("publish.bluesky.noHandle", account.name()));
        }
        String password;
        try {
            password = credentials.require(APP_PASSWORD);
        } catch (Credentials.MissingSecretException missing) {
            throw new CallFailed(new PublishOutcome.AccessLost(
                    Problem.missingSecret(account.name(), APP_PASSWORD)));
        }
        ObjectNode body = PlatformHttp.json().createObjectNode()
                .put("identifier", account.identifier())
                .put("password", password);
        PlatformHttp.Answer answer;
        try {
            answer = xrpc.procedure(account.entryway(), "com.atproto.server.createSession", body, null);
        } catch (IOException e) {
            throw new CallFailed(failures.transport(e, false));
        }
        if (answer.ok()) {
            return keep(account, credentials, answer);
        }
        // 401 AuthenticationRequired "Invalid identifier or password", AccountTakedown, a deactivated account:
        // a retry gives the same answer, the user must look at the app password.
        if (answer.status() == 400 || answer.status() == 401 || answer.status() == 403) {
            throw new CallFailed(failures.accessLost("publish.bluesky.signInRefused", account.identifier(),
                    BlueskyFailures.platformWords(answer)));
        }
        throw new CallFailed(failures.of(answer, false));
    }

    private BlueskySession keep(BlueskyAccount account, Credentials credentials, PlatformHttp.Answer answer)
            throws CallFailed {
        Optional<BlueskySession> made = BlueskySession.from(answer.json(), account.entryway());
        if (made.isEmpty()) {
            throw new CallFailed(failures.unexpected(answer.status()));
        }
        BlueskySession session = made.get();
        credentials.put(ACCESS, session.accessJwt());
        credentials.put(REFRESH, session.refreshJwt());
        credentials.put(DID, session.did());
        credentials.put(SERVICE, session.service());
        credentials.put(OWNER, account.sessionOwner());
        return session;
    }
}
