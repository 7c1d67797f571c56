package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.Submission;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Looks for an attempt's post on the Page, since Graph has no idempotency key (platforms.md, Facebook
 * "Idempotency": check the scheduled posts or the feed before retrying). A handed-over post is read by
 * its id; otherwise the post is recognised by its text among the Page's scheduled posts and the feed
 * since the first attempt. Also takes handed-over posts back from Facebook's scheduling.
 */
final class FacebookPostFinder {

    /** The feed is read from a little before the first attempt, for a laptop clock ahead of Facebook's. */
    static final Duration CLOCK_MARGIN = Duration.ofMinutes(2);
    /**
     * A scheduled post this close to its time is left alone: Facebook may publish it between our look and
     * our delete, and deleting a live post is worse than letting a changed one go out.
     */
    static final Duration TOO_LATE_TO_WITHDRAW = Duration.ofMinutes(2);
    private static final int PAGE_SIZE = 100;
    /** A town's Page posts a few times a day; five pages of 100 reach far past any attempt's window. */
    private static final int MOST_PAGES = 5;
    private static final DateTimeFormatter GRAPH_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ");
    private static final String POST_FIELDS = "id,is_published,permalink_url,scheduled_publish_time";

    private final GraphClient graph;
    private final String page;
    private final GraphOutcomes outcomes;
    private final Clock clock;

    FacebookPostFinder(GraphClient graph, String page, GraphOutcomes outcomes, Clock clock) {
        this.graph = graph;
        this.page = page;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    CheckOutcome check(Submission submission, Map<String, String> journal, String remoteId) {
        try {
            if (remoteId != null && !remoteId.isBlank()) {
                return postState(remoteId).map(PostState::found).orElseGet(CheckOutcome.Absent::new);
            }
            String wanted = normalized(submission.text());
            if (wanted.isEmpty()) {
                // A post of pictures only cannot be told by its text from any other picture post.
                return journal.containsKey(FacebookPublisher.NOTE_REQUESTED_AT)
                        ? new CheckOutcome.AskUser(Problem.of("publish.askUser", GraphOutcomes.NETWORK))
                        : new CheckOutcome.Absent();
            }
            if (submission.publishAt() != null) {
                Optional<CheckOutcome> scheduled = search("scheduled_posts",
                        Map.of("fields", "id,message,scheduled_publish_time,permalink_url"), wanted, true);
                if (scheduled.isPresent()) {
                    return scheduled.get();
                }
            }
            // Also for a handover: once its time has passed, a handed-over post is in the feed.
            Map<String, String> query = new LinkedHashMap<>();
            query.put("fields", "id,message,created_time,permalink_url");
            since(submission, journal).ifPresent(from -> query.put("since", Long.toString(from.getEpochSecond())));
            return search("feed", query, wanted, false).orElseGet(CheckOutcome.Absent::new);
        } catch (IOException failure) {
            return outcomes.failures().checkTransport(failure);
        } catch (Unreadable failed) {
            return new CheckOutcome.CannotTell(failed.problem);
        }
    }

    CheckOutcome withdraw(String remoteId) {
        if (remoteId == null || remoteId.isBlank()) {
            return new CheckOutcome.Absent();
        }
        try {
            Optional<PostState> state = postState(remoteId);
            if (state.isEmpty()) {
                return new CheckOutcome.Absent();
            }
            if (state.get().published()) {
                return state.get().found();
            }
            Instant due = state.get().scheduledAt();
            if (due != null && Duration.between(clock.instant(), due).compareTo(TOO_LATE_TO_WITHDRAW) < 0) {
                return new CheckOutcome.CannotTell(Problem.of("publish.facebook.withdrawTooLate"));
            }
            PlatformHttp.Answer answer = graph.delete(remoteId);
            if (answer.ok() || GraphError.of(answer).filter(GraphError::doesNotExist).isPresent()) {
                return new CheckOutcome.Absent();
            }
            return new CheckOutcome.CannotTell(outcomes.problem(answer));
        } catch (IOException failure) {
            return outcomes.failures().checkTransport(failure);
        } catch (Unreadable failed) {
            return new CheckOutcome.CannotTell(failed.problem);
        }
    }

    /** The post as Graph knows it, or empty when Graph says it does not exist (deleted, or never made). */
    private Optional<PostState> postState(String postId) throws IOException, Unreadable {
        PlatformHttp.Answer answer = graph.get(postId, Map.of("fields", POST_FIELDS));
        if (!answer.ok()) {
            if (GraphError.of(answer).filter(GraphError::doesNotExist).isPresent()) {
                return Optional.empty();
            }
            throw new Unreadable(outcomes.problem(answer));
        }
        JsonNode post = answer.json();
        String id = post.path("id").asText(postId);
        Instant scheduledAt = instant(post.path("scheduled_publish_time"));
        // Without is_published the scheduled time decides: a post whose time has not come is not yet live.
        boolean published = post.path("is_published").isBoolean() ? post.path("is_published").asBoolean()
                : scheduledAt == null || !scheduledAt.isAfter(clock.instant());
        return Optional.of(new PostState(id, permalink(post, id), published, scheduledAt));
    }

    private record PostState(String id, String url, boolean published, Instant scheduledAt) {
        CheckOutcome found() {
            return new CheckOutcome.Found(id, url, !published);
        }
    }

    /** The first post of an edge whose text is the wanted one, reading on through at most {@link #MOST_PAGES}. */
    private Optional<CheckOutcome> search(String edge, Map<String, String> query, String wanted, boolean scheduled)
            throws IOException, Unreadable {
        Map<String, String> first = new LinkedHashMap<>(query);
        first.put("limit", Integer.toString(PAGE_SIZE));
        PlatformHttp.Answer answer = graph.get(page + "/" + edge, first);
        for (int read = 1; ; read++) {
            if (!answer.ok()) {
                throw new Unreadable(outcomes.problem(answer));
            }
            JsonNode body = answer.json();
            for (JsonNode post : body.path("data")) {
                if (normalized(post.path("message").asText("")).equals(wanted)) {
                    String id = post.path("id").asText("");
                    return Optional.of(new CheckOutcome.Found(id, permalink(post, id), scheduled));
                }
            }
            String next = body.path("paging").path("next").asText("");
            if (next.isBlank()) {
                return Optional.empty();
            }
            Optional<String> nextQuery = withoutToken(next);
            if (read >= MOST_PAGES || nextQuery.isEmpty()) {
                // Not found within what could be read, yet there is more: saying "absent" could post twice.
                return Optional.of(new CheckOutcome.AskUser(Problem.of("publish.askUser", GraphOutcomes.NETWORK)));
            }
            answer = graph.getWithRawQuery(page + "/" + edge, nextQuery.get());
        }
    }

    /** From shortly before the first attempt (or the noted request); none when neither is known. */
    private static Optional<Instant> since(Submission submission, Map<String, String> journal) {
        Instant earliest = submission.firstAttemptAt();
        String requested = journal.get(FacebookPublisher.NOTE_REQUESTED_AT);
        if (requested != null) {
            try {
                Instant noted = Instant.parse(requested);
                earliest = earliest == null || noted.isBefore(earliest) ? noted : earliest;
            } catch (DateTimeParseException unreadable) {
                // The submission's first attempt (if any) still bounds the search.
            }
        }
        return Optional.ofNullable(earliest).map(from -> from.minus(CLOCK_MARGIN));
    }

    /** The query of Graph's {@code paging.next} address without any access token Graph put into it. */
    private static Optional<String> withoutToken(String nextAddress) {
        String query;
        try {
            query = URI.create(nextAddress).getRawQuery();
        } catch (IllegalArgumentException notAnAddress) {
            return Optional.empty();
        }
        if (query == null || query.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(Arrays.stream(query.split("&"))
                .filter(pair -> !pair.startsWith("access_token="))
                .collect(Collectors.joining("&")));
    }

    /** Facebook may trim or fold line breaks and spaces; the words and their order must be the same. */
    static String normalized(String text) {
        return text == null ? "" : text.strip().replaceAll("\\s+", " ");
    }

    private static String permalink(JsonNode post, String id) {
        String permalink = post.path("permalink_url").asText("");
        return permalink.isBlank() ? FacebookPublisher.postUrl(id) : permalink;
    }

    /** Graph gives times as UNIX seconds or as ISO 8601 ("2026-12-01T09:00:00+0000"), depending on the field. */
    private static Instant instant(JsonNode value) {
        if (value.isNumber() || value.asText("").matches("\\d+")) {
            return Instant.ofEpochSecond(value.asLong());
        }
        String text = value.asText("");
        if (text.isBlank()) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text, GRAPH_TIME).toInstant();
        } catch (DateTimeParseException notGraphsFormat) {
            return null;
        }
    }

    /** Graph answered, but not with what was asked: the check is made again later. */
    private static final class Unreadable extends Exception {
        private final transient Problem problem;

        Unreadable(Problem problem) {
            super(problem.key(), null, false, false);
            this.problem = problem;
        }
    }
}
