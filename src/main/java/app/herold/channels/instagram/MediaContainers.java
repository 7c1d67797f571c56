package app.herold.channels.instagram;

import app.herold.channels.common.FormBody;
import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.time.Duration;
import java.util.List;

/**
 * Instagram's two-step publishing (platforms.md "Publishing steps"): a media container is made from the
 * picture's public address, Meta fetches and processes it ({@code status_code} IN_PROGRESS, then
 * FINISHED), and {@code media_publish} turns the container into the post. A carousel is a container of
 * item containers. Only the last step makes a post, and a container becomes at most one post, which is
 * the guard against a double post that Instagram offers instead of an idempotency key.
 */
final class MediaContainers {

    /** The waits between looks at a container being processed: about half a minute in all. */
    static final List<Duration> POLL_WAITS = List.of(Duration.ofSeconds(1), Duration.ofSeconds(1),
            Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(8),
            Duration.ofSeconds(10));

    private final Sleeper sleeper;
    private final GraphFailures failures;

    MediaContainers(Sleeper sleeper, GraphFailures failures) {
        this.sleeper = sleeper;
        this.failures = failures;
    }

    /** A single-picture post's container; the caption and alt text go with it. */
    String createImage(GraphApi graph, String igUserId, String imageUrl, String caption, String altText)
            throws StepFailed {
        FormBody form = new FormBody().add("image_url", imageUrl);
        addIfPresent(form, "caption", caption);
        addIfPresent(form, "alt_text", altText);
        return create(graph, igUserId, form);
    }

    /** One picture of a carousel: no caption (the carousel has it), but its own alt text. */
    String createCarouselItem(GraphApi graph, String igUserId, String imageUrl, String altText) throws StepFailed {
        FormBody form = new FormBody().add("image_url", imageUrl).add("is_carousel_item", "true");
        addIfPresent(form, "alt_text", altText);
        return create(graph, igUserId, form);
    }

    /** The carousel itself; {@code children} is a comma-separated list of the item containers. */
    String createCarousel(GraphApi graph, String igUserId, List<String> children, String caption) throws StepFailed {
        FormBody form = new FormBody().add("media_type", "CAROUSEL").add("children", String.join(",", children));
        addIfPresent(form, "caption", caption);
        return create(graph, igUserId, form);
    }

    ContainerStatus status(GraphApi graph, String containerId) throws StepFailed {
        PlatformHttp.Answer answer = failures.successOf(() -> graph.get("/" + containerId, "fields", "status_code"),
                GraphFailures.Call.READ);
        return ContainerStatus.of(answer.json().path("status_code").asText(null));
    }

    /**
     * Looks at the container until Meta is done with it, and returns how it ended: FINISHED, PUBLISHED, or
     * dead (ERROR, EXPIRED). Still processing after the last wait is a {@link PublishOutcome.Retry}: the
     * container stays good for 24 hours and the next attempt looks at it again.
     */
    ContainerStatus awaitProcessed(GraphApi graph, String containerId) throws StepFailed {
        ContainerStatus status = status(graph, containerId);
        for (Duration wait : POLL_WAITS) {
            if (status != ContainerStatus.IN_PROGRESS && status != ContainerStatus.UNKNOWN) {
                return status;
            }
            try {
                sleeper.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
            status = status(graph, containerId);
        }
        if (status != ContainerStatus.IN_PROGRESS && status != ContainerStatus.UNKNOWN) {
            return status;
        }
        throw new StepFailed(new PublishOutcome.Retry(Problem.of("publish.instagram.stillProcessing"), null));
    }

    /**
     * {@code media_publish}: the call that makes the post. Every answer that is not a clear refusal is
     * {@link PublishOutcome.Unknown}, so that the container's status is read before anything is sent again.
     *
     * @return the new post's media id
     */
    String publish(GraphApi graph, String igUserId, String containerId) throws StepFailed {
        PlatformHttp.Answer answer = failures.successOf(() -> graph.post("/" + igUserId + "/media_publish",
                new FormBody().add("creation_id", containerId)), GraphFailures.Call.PUBLISH);
        String mediaId = answer.json().path("id").asText("");
        if (mediaId.isEmpty()) {
            throw new StepFailed(failures.unexpected(answer, GraphFailures.Call.PUBLISH));
        }
        return mediaId;
    }

    /** The post's address; empty when it cannot be read (the post exists all the same). */
    String permalink(GraphApi graph, String mediaId) {
        try {
            PlatformHttp.Answer answer = graph.get("/" + mediaId, "fields", "permalink");
            return answer.ok() ? answer.json().path("permalink").asText("") : "";
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return "";
        }
    }

    /**
     * A container is not a post and expires after 24 hours (platforms.md "Rate limits"): a lost answer
     * here leaves at most an unused container, so it is tried again instead of asking Instagram first.
     */
    private String create(GraphApi graph, String igUserId, FormBody form) throws StepFailed {
        PlatformHttp.Answer answer = failures.successOf(() -> graph.post("/" + igUserId + "/media", form),
                GraphFailures.Call.PREPARE);
        String id = answer.json().path("id").asText("");
        if (id.isEmpty()) {
            throw new StepFailed(failures.unexpected(answer, GraphFailures.Call.PREPARE));
        }
        return id;
    }

    private static void addIfPresent(FormBody form, String name, String value) {
        if (value != null && !value.isBlank()) {
            form.add(name, value);
        }
    }
}
