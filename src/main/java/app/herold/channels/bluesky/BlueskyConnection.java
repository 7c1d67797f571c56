package app.herold.channels.bluesky;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Credentials;

/**
 * One account's session during one publish, check or test: a call whose access token is refused (it
 * expires after about two hours) is made once more with the renewed session. That is safe for every call,
 * createRecord included, because the server checks the token before it does anything.
 */
final class BlueskyConnection {

    /** A call made with a session's access token. */
    @FunctionalInterface
    interface SessionCall {
        PlatformHttp.Answer send(BlueskySession session) throws PlatformHttp.NotSent, PlatformHttp.Lost;
    }

    private final BlueskySessions sessions;
    private final BlueskyAccount account;
    private final Credentials credentials;
    private BlueskySession session;

    private BlueskyConnection(BlueskySessions sessions, BlueskyAccount account, Credentials credentials,
                              BlueskySession session) {
        this.sessions = sessions;
        this.account = account;
        this.credentials = credentials;
        this.session = session;
    }

    static BlueskyConnection open(BlueskySessions sessions, BlueskyAccount account, Credentials credentials)
            throws CallFailed {
        return new BlueskyConnection(sessions, account, credentials, sessions.open(account, credentials));
    }

    PlatformHttp.Answer call(SessionCall call) throws CallFailed, PlatformHttp.NotSent, PlatformHttp.Lost {
        PlatformHttp.Answer answer = call.send(session);
        if (BlueskyFailures.accessRefused(answer)) {
            session = sessions.renew(account, credentials, session);
            answer = call.send(session);
        }
        return answer;
    }

    BlueskySession session() {
        return session;
    }

    BlueskyAccount account() {
        return account;
    }
}
