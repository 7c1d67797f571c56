package app.herold.channels.mastodon;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Asks the server whether an attempt's status exists:
 * <ul>
 * <li>a handed-over post (one with a remote id) is looked up in the schedule, and once it has left the
 *     schedule among the live statuses;</li>
 * <li>within the hour Mastodon keeps an Idempotency-Key (statuses.md), the same {@code POST /api/v1/statuses}
 *     is sent again under the same key: the server answers with the status it already made or, if it made
 *     none, makes it now, once. That repeat <em>is</em> the reconciliation: either way exactly one status
 *     exists afterwards, and it is reported as found;</li>
 * <li>after that hour, the account's own recent statuses (and its schedule, for a handover) are searched for
 *     the submitted text, made after the first attempt began.</li>
 * </ul>
 * An attempt whose journal has no media note never asked for the status: absent.
 */
final class MastodonCheck {

    /**
     * Noted before {@code POST /api/v1/statuses}: the media ids the status carries, so that a check can repeat
     * exactly that request. Its absence tells a check that the status was never asked for.
     */
    static final String MEDIA_IDS_NOTE = "mastodon.mediaIds";

    /**
     * How long after the first attempt a check repeats the request under the same key. Mastodon keeps a key for
     * one hour (statuses.md) from the moment it made the status, which is never before the first attempt; five
     * minutes are kept back for the check's own way to the server and a laptop that slept in between.
     */
    static final Duration KEY_ANSWERS_FOR = Duration.ofMinutes(55);

    private final MastodonAnswers answers;
    private final Clock clock;

    MastodonCheck(MastodonAnswers answers, Clock clock) {
        this.answers = answers;
        this.clock = clock;
    }

    CheckOutcome check(MastodonApi api, Submission submission, Map<String, String> journal, String remoteId)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        if (remoteId != null && !remoteId.isBlank()) {
            return handedOver(api, submission, remoteId);
        }
        if (!journal.containsKey(MEDIA_IDS_NOTE)) {
            return new CheckOutcome.Absent();
        }
        Instant firstAttempt = submission.firstAttemptAt();
        if (firstAttempt != null && clock.instant().isBefore(firstAttempt.plus(KEY_ANSWERS_FOR))) {
            return repeatUnderSameKey(api, submission, mediaIdsOf(journal));
        }
        return searchByText(api, submission);
    }

    private CheckOutcome repeatUnderSameKey(MastodonApi api, Submission submission, List<String> mediaIds)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        Answer answer = api.postStatus(MastodonStatuses.form(submission, mediaIds), submission.requestKey());
        if (answer.ok()) {
            JsonNode body = answer.json();
            String id = MastodonAnswers.text(body, "id");
            if (id.isEmpty()) {
                return answers.cannotTell(answer);
            }
            return MastodonStatuses.isScheduled(body)
                    ? new CheckOutcome.Found(id, submission.account().joinLink(), true)
                    : new CheckOutcome.Found(id, MastodonStatuses.urlOf(body), false);
        }
        if (answer.status() == 422) {
            // A key that named a status would have been answered with it before any validation: there is none,
            // and the server will not make it now. Sending again shows the user the server's reason.
            return new CheckOutcome.Absent();
        }
        if (answer.status() == 404) {
            // The key names a post the server cannot show (a handover, see MastodonAnswers): look for it by text.
            CheckOutcome found = searchByText(api, submission);
            return found instanceof CheckOutcome.Absent
                    ? new CheckOutcome.AskUser(Problem.of("publish.askUser", "Mastodon")) : found;
        }
        return answers.cannotTell(answer);
    }

    private CheckOutcome searchByText(MastodonApi api, Submission submission)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        MastodonStatusSearch search = new MastodonStatusSearch(api, answers);
        if (submission.publishAt() != null) {
            CheckOutcome waiting = search.scheduled(submission.text(), submission.account().joinLink());
            if (!(waiting instanceof CheckOutcome.Absent)) {
                return waiting;
            }
        }
        return search.published(submission.text(), submission.firstAttemptAt());
    }

    /**
     * A handed-over post is in the schedule until its time. Once the schedule no longer has it, the server
     * published it, or someone deleted it on Mastodon. It is found live when the account shows its text. After
     * its time it counts as found even when the text cannot be matched (a server may show a link or a mention
     * differently from how it was written), because a scheduled status leaves the schedule at its time by being
     * published; the account's page is then its address. Before its time only a deletion explains it, and the
     * user is asked.
     */
    private CheckOutcome handedOver(MastodonApi api, Submission submission, String remoteId)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        Answer answer = api.scheduledStatus(remoteId);
        String profile = submission.account().joinLink();
        if (answer.ok()) {
            return new CheckOutcome.Found(remoteId, profile, true);
        }
        if (answer.status() != 404) {
            return answers.cannotTell(answer);
        }
        CheckOutcome live = new MastodonStatusSearch(api, answers).published(submission.text(),
                submission.firstAttemptAt());
        if (!(live instanceof CheckOutcome.Absent)) {
            return live;
        }
        Instant due = submission.publishAt();
        if (due == null || !clock.instant().isBefore(due)) {
            return new CheckOutcome.Found(remoteId, profile, false);
        }
        return new CheckOutcome.AskUser(Problem.of("publish.mastodon.scheduledGone", submission.account().name()));
    }

    private static List<String> mediaIdsOf(Map<String, String> journal) {
        String noted = journal.getOrDefault(MEDIA_IDS_NOTE, "");
        return noted.isBlank() ? List.of() : Arrays.asList(noted.split(","));
    }
}
