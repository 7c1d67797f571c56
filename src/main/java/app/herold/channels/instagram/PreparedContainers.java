package app.herold.channels.instagram;

import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.Submission;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The containers this publisher made (or a check found FINISHED) that are not published yet, by target
 * and content. The next attempt at the same target publishes the same container instead of making a new
 * one: a container becomes at most one post, so its reuse is the strongest guard against a double post
 * Instagram offers, and it saves fetching the picture again. Before reuse the container's status is
 * always read; a dead one (ERROR, EXPIRED) is dropped. Kept in memory only: after a restart the next
 * attempt makes a new container, which is safe, as an unpublished container is no post.
 */
final class PreparedContainers {

    /** A day's worth of attempts of a busy town: containers expire after 24 hours anyway. */
    private static final int REMEMBERED = 200;

    private final Map<String, String> containers = new LinkedHashMap<>(16, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > REMEMBERED;
        }
    };

    /**
     * What a container is reused for: the same target (request key) on the same account with the same
     * caption, pictures and alt texts; a changed post gets a new container. Empty without a request key.
     */
    static Optional<String> key(Submission submission, String igUserId) throws StepFailed {
        if (submission.requestKey() == null || submission.requestKey().isBlank()) {
            return Optional.empty();
        }
        StringBuilder content = new StringBuilder(submission.text()).append('\0');
        for (Picture picture : submission.pictures()) {
            try {
                content.append(Sha256.of(picture.file())).append('\0').append(picture.altText()).append('\0');
            } catch (IOException unreadable) {
                throw new StepFailed(new PublishOutcome.Refused(
                        Problem.of("publish.instagram.pictureMissing", picture.file().getFileName())));
            }
        }
        return Optional.of(submission.requestKey() + "|" + igUserId + "|" + Sha256.of(content.toString()));
    }

    synchronized Optional<String> find(String key) {
        return Optional.ofNullable(containers.get(key));
    }

    synchronized void remember(String key, String containerId) {
        containers.put(key, containerId);
    }

    synchronized void forget(String key) {
        containers.remove(key);
    }
}
