package app.herold.domain.publishing;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * One call (or series of calls) to a platform for a target, as the delivery log shows it.
 *
 * @param journal what the adapter noted before its next call (an Instagram container id)
 * @param outcome the state the attempt led to, or null while it is under way (or was cut off by a crash)
 * @param finishedAt null while under way
 */
public record PublishAttempt(long id, long target, AttemptKind kind, Instant startedAt, String requestKey,
                             Map<String, String> journal, TargetState outcome, String remoteId, String remoteUrl,
                             Problem problem, Instant finishedAt) {

    public PublishAttempt {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(startedAt, "startedAt");
        requestKey = requestKey == null ? "" : requestKey;
        journal = journal == null ? Map.of() : Map.copyOf(journal);
        remoteId = remoteId == null ? "" : remoteId;
        remoteUrl = remoteUrl == null ? "" : remoteUrl;
    }

    public PublishAttempt finished(TargetState result, String newRemoteId, String newRemoteUrl, Problem newProblem,
                                   Instant at) {
        return new PublishAttempt(id, target, kind, startedAt, requestKey, journal, result, newRemoteId, newRemoteUrl,
                newProblem, at);
    }
}
