package app.herold.channels.mastodon;

import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PlatformHttp.Answer;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.time.Duration;

/**
 * Uploads a post's pictures with their descriptions (platforms.md, Mastodon "API to publish"):
 * {@code POST /api/v2/media} answers 200 when the picture is ready and 202 while the server still
 * processes it; then {@code GET /api/v1/media/:id} answers 206 until it is done. A status may only carry
 * processed media (Mastodon refuses the rest with 422), so Herold waits. An upload never makes a post: any
 * failure here may simply be tried again, and an unattached upload is removed by the server.
 */
final class MastodonMedia {

    private static final Duration POLL_INTERVAL = Duration.ofSeconds(2);
    /** A minute in all: pictures are ready within seconds; a longer wait means the server is busy. */
    private static final int MAX_POLLS = 30;

    private final PublishFailures failures;
    private final MastodonAnswers answers;
    private final Sleeper sleeper;

    MastodonMedia(PublishFailures failures, MastodonAnswers answers, Sleeper sleeper) {
        this.failures = failures;
        this.answers = answers;
        this.sleeper = sleeper;
    }

    /** A picture's media id, or why there is none. */
    record Upload(String mediaId, PublishOutcome failure) {

        static Upload of(String mediaId) {
            return new Upload(mediaId, null);
        }

        static Upload failed(PublishOutcome failure) {
            return new Upload(null, failure);
        }
    }

    Upload upload(MastodonApi api, Picture picture, byte[] content, int number) {
        Multipart body = new Multipart().file("file", picture.file().getFileName().toString(), picture.mediaType(),
                content);
        if (!picture.altText().isBlank()) {
            body.field("description", picture.altText());
        }
        try {
            Answer answer = api.uploadMedia(body);
            if (answer.status() == 413) {
                // A proxy in front of the server takes less than Mastodon itself: no wait makes the file fit.
                return Upload.failed(new PublishOutcome.Refused(Problem.of("publish.mastodon.pictureTooBig", number)));
            }
            if (!answer.ok()) {
                return Upload.failed(answers.otherCallFailed(answer));
            }
            String id = MastodonAnswers.text(answer.json(), "id");
            if (id.isEmpty()) {
                return Upload.failed(failures.unexpected(answer.status()));
            }
            return answer.status() == 202 ? awaitProcessing(api, id, number) : Upload.of(id);
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return Upload.failed(failures.transport(e, false));
        }
    }

    private Upload awaitProcessing(MastodonApi api, String id, int number)
            throws PlatformHttp.NotSent, PlatformHttp.Lost {
        for (int poll = 0; poll < MAX_POLLS; poll++) {
            try {
                sleeper.sleep(POLL_INTERVAL);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            Answer answer = api.media(id);
            if (answer.status() == 200) {
                return Upload.of(id);
            }
            if (answer.status() != 206) {
                return Upload.failed(answers.otherCallFailed(answer));
            }
        }
        return Upload.failed(new PublishOutcome.Retry(Problem.of("publish.mastodon.mediaProcessing", number), null));
    }
}
