package app.herold.channels.mastodon;

import app.herold.channels.common.FormBody;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.format.DateTimeFormatter;
import java.util.List;

/** The one status request Herold sends, and how to read what comes back. */
final class MastodonStatuses {

    private MastodonStatuses() {
    }

    /**
     * The form of {@code POST /api/v1/statuses} (statuses.md): the text, the uploaded media in order, public, in
     * German, and {@code scheduled_at} in UTC for a handover. A check repeats exactly this form.
     */
    static FormBody form(Submission submission, List<String> mediaIds) {
        FormBody form = new FormBody().add("status", submission.text()).add("visibility", "public")
                .add("language", "de");
        mediaIds.forEach(id -> form.add("media_ids[]", id));
        if (submission.publishAt() != null) {
            form.add("scheduled_at", DateTimeFormatter.ISO_INSTANT.format(submission.publishAt()));
        }
        return form;
    }

    /** A ScheduledStatus has {@code scheduled_at} and {@code params}; a Status has neither. */
    static boolean isScheduled(JsonNode entity) {
        return entity.has("scheduled_at") && entity.has("params");
    }

    /** A status's web address; its ActivityPub {@code uri} when a server gives no {@code url}. */
    static String urlOf(JsonNode status) {
        String url = MastodonAnswers.text(status, "url");
        return url.isEmpty() ? MastodonAnswers.text(status, "uri") : url;
    }
}
