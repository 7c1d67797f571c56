package app.herold.domain.publishing;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Sends posts to one network through its API; implemented once per network in its channel package,
 * next to (not inside) its {@link app.herold.domain.channel.Channel}. Every call blocks on the network
 * and is made off the UI thread. An adapter never retries a publishing call by itself: it reports
 * what happened and the outbox decides.
 */
public interface Publisher {

    ChannelKind kind();

    /** The secrets an account of this network needs, by name ("access-token", "bot-token", …). */
    List<String> secretNames();

    /**
     * Secrets the account may have besides (Facebook's app id and secret, for reading a token's expiry and
     * for the long-lived token exchange); nothing is refused for lack of them.
     */
    default List<String> optionalSecretNames() {
        return List.of();
    }

    /** How far ahead the platform schedules by itself, or empty when Herold must send at the time. */
    Optional<SchedulingWindow> nativeScheduling();

    /**
     * The key that makes every attempt at one target the same request to the platform: Mastodon's
     * Idempotency-Key, Bluesky's record key. Made once per target and stored before the first attempt.
     */
    String newRequestKey(Instant now);

    /**
     * Publishes now, or hands over for {@code submission.publishAt()}. Before each call that may create
     * something that has to be found again, the adapter notes it in the journal.
     */
    PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                           Journal journal);

    /**
     * Asks the platform whether an attempt's post exists: after an unknown outcome, and after a handed-over
     * post's time to learn whether it went live.
     *
     * @param journal what the attempt noted (container id, remote id of a handover)
     * @param remoteId the post's id on the platform when known (a handover), otherwise empty
     */
    CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                       Map<String, String> journal, String remoteId);

    /**
     * Takes a handed-over post back from the platform's scheduling (the post was changed, moved or taken
     * back from "Bereit"). {@link CheckOutcome.Absent} when it is gone (or was never there),
     * {@link CheckOutcome.Found} when it already went live, {@link CheckOutcome.CannotTell} to try later.
     */
    CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                          String remoteId);

    /** "Verbindung testen": signs in and reads who the account is, without posting anything. */
    ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials);
}
