package app.herold.channels.mastodon;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/**
 * Looks for a post among the account's own statuses when the Idempotency-Key can no longer answer (it is
 * kept for an hour, platforms.md, Mastodon "Idempotency"): a status with the submitted text, made after
 * the first attempt began. Mastodon has no search by client key, so the text is the only mark; a town
 * hall does not post the same text twice within days, and the time bound keeps an older identical post
 * from counting.
 */
final class MastodonStatusSearch {

    /** Five pages of forty: far more than a town posts between an attempt and its check. */
    private static final int MAX_PAGES = 5;
    /** How far the server's clock may be behind the laptop's without a made post being missed. */
    private static final Duration CLOCK_MARGIN = Duration.ofMinutes(10);

    private final MastodonApi api;
    private final MastodonAnswers answers;

    MastodonStatusSearch(MastodonApi api, MastodonAnswers answers) {
        this.api = api;
        this.answers = answers;
    }

    /**
     * A live status of the account showing {@code text}, made no earlier than {@code notBefore} (null: any
     * of the newest forty). {@link CheckOutcome.AskUser} when the account posted so much since that the
     * pages run out before reaching the attempt's time.
     */
    CheckOutcome published(String text, Instant notBefore) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        Answer me = api.verifyCredentials();
        if (!me.ok()) {
            return answers.cannotTell(me);
        }
        String accountId = MastodonAnswers.text(me.json(), "id");
        Instant earliest = notBefore == null ? null : notBefore.minus(CLOCK_MARGIN);
        String maxId = null;
        for (int page = 0; page < MAX_PAGES; page++) {
            Answer statuses = api.accountStatuses(accountId, maxId);
            if (!statuses.ok()) {
                return answers.cannotTell(statuses);
            }
            JsonNode list = statuses.json();
            for (JsonNode status : list) {
                Instant created = createdAt(status);
                if (earliest != null && created != null && created.isBefore(earliest)) {
                    return new CheckOutcome.Absent();
                }
                if (MastodonStatusText.shows(MastodonAnswers.text(status, "content"), text)) {
                    return new CheckOutcome.Found(MastodonAnswers.text(status, "id"), MastodonStatuses.urlOf(status),
                            false);
                }
                maxId = MastodonAnswers.text(status, "id");
            }
            if (earliest == null || list.size() < MastodonApi.PAGE_SIZE) {
                return new CheckOutcome.Absent();
            }
        }
        return new CheckOutcome.AskUser(Problem.of("publish.askUser", "Mastodon"));
    }

    /** A status waiting in the account's schedule whose text is {@code text}. */
    CheckOutcome scheduled(String text, String profileUrl) throws PlatformHttp.NotSent, PlatformHttp.Lost {
        String maxId = null;
        // Mastodon holds at most 300 scheduled statuses (PR 9706): eight pages reach them all.
        for (int page = 0; page < 8; page++) {
            Answer scheduled = api.scheduledStatuses(maxId);
            if (!scheduled.ok()) {
                return answers.cannotTell(scheduled);
            }
            JsonNode list = scheduled.json();
            for (JsonNode status : list) {
                if (MastodonStatusText.same(MastodonAnswers.text(status.path("params"), "text"), text)) {
                    return new CheckOutcome.Found(MastodonAnswers.text(status, "id"), profileUrl, true);
                }
                maxId = MastodonAnswers.text(status, "id");
            }
            if (list.size() < MastodonApi.PAGE_SIZE) {
                break;
            }
        }
        return new CheckOutcome.Absent();
    }

    private static Instant createdAt(JsonNode status) {
        try {
            return OffsetDateTime.parse(MastodonAnswers.text(status, "created_at")).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
