package app.herold.channels.instagram;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which Instagram account a token posts to, and where its posts are found. With Instagram Login
 * (graph.instagram.com) the token is the Instagram account, so {@code /me} names it; with Facebook Login
 * (graph.facebook.com) the token belongs to a Facebook user or Page, and the account's id must be entered
 * as the option {@value #IG_USER_ID} (platforms.md "Two API flavours"). Read once per publisher.
 */
final class InstagramAccounts {

    static final String IG_USER_ID = "ig-user-id";
    /** The host of the Instagram API with Facebook Login. */
    static final String FACEBOOK_LOGIN_HOST = "graph.facebook.com";
    /** The token is not an Instagram account's, and no id was entered. */
    static final String NEEDS_USER_ID = "publish.instagram.needsUserId";

    /** The account as Instagram names it. */
    record Identity(String id, String username) {

        String label() {
            return "@" + username;
        }

        /** The profile page: where a post is surely seen when its own address cannot be found. */
        String profileUrl() {
            return username.isEmpty() ? "" : "https://www.instagram.com/" + username + "/";
        }
    }

    /** A post found on the account. */
    record Media(String id, String permalink) {
    }

    private final Map<String, Identity> known = new ConcurrentHashMap<>();
    private final GraphFailures failures;

    InstagramAccounts(GraphFailures failures) {
        this.failures = failures;
    }

    /** The id to post as: the option when set (no call), otherwise who the token is. */
    String igUserId(GraphApi graph, Map<String, String> options) throws StepFailed {
        String entered = entered(options);
        return entered.isEmpty() ? identity(graph, options, false).id() : entered;
    }

    /**
     * {@code GET /{ig-user-id or me}?fields=id,username}, kept for the publisher's life unless
     * {@code fresh} (the connection test always asks).
     */
    Identity identity(GraphApi graph, Map<String, String> options, boolean fresh) throws StepFailed {
        String entered = entered(options);
        if (entered.isEmpty() && FACEBOOK_LOGIN_HOST.equals(URI.create(graph.base()).getHost())) {
            // On graph.facebook.com a token is a Facebook user's or a Page's, never the Instagram account's
            // (platforms.md "Two API flavours"), and a Page's /me even has a username: only the entered id will do.
            throw new StepFailed(new PublishOutcome.Refused(Problem.of(NEEDS_USER_ID)));
        }
        String node = entered.isEmpty() ? "me" : entered;
        String cacheKey = graph.accountKey() + "|" + node;
        Identity cached = known.get(cacheKey);
        if (cached != null && !fresh) {
            return cached;
        }
        PlatformHttp.Answer answer;
        try {
            answer = graph.get("/" + node, "fields", "id,username");
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            throw new StepFailed(failures.transport(e, GraphFailures.Call.READ));
        }
        Optional<GraphError> error = GraphError.of(answer);
        boolean notAnInstagramAccount = entered.isEmpty()
                && (answer.ok() && answer.json().path("username").asText("").isEmpty()
                    || error.map(e -> e.code() == 100).orElse(false));
        if (notAnInstagramAccount) {
            // A Facebook user or Page has no "username" field (Graph answers code 100): Facebook Login.
            throw new StepFailed(new PublishOutcome.Refused(Problem.of(NEEDS_USER_ID)));
        }
        if (!answer.ok()) {
            throw new StepFailed(failures.failure(answer, GraphFailures.Call.READ));
        }
        Identity identity = new Identity(answer.json().path("id").asText(node),
                answer.json().path("username").asText(""));
        known.put(cacheKey, identity);
        return identity;
    }

    /**
     * The Instagram accounts a Facebook Login token reaches, as "id (@username)", for the connection test
     * to say which id to enter: a user token through its Pages ({@code /me/accounts}), a Page token through
     * its own link ({@code /me}). Empty when there are none or they cannot be read.
     */
    List<String> reachableThroughFacebook(GraphApi graph) {
        String linked = "name,instagram_business_account{id,username}";
        List<String> found = new ArrayList<>();
        try {
            PlatformHttp.Answer pages = graph.get("/me/accounts", "fields", linked);
            if (pages.ok()) {
                pages.json().path("data").forEach(page -> addLinked(page, found));
            }
            if (found.isEmpty()) {
                PlatformHttp.Answer page = graph.get("/me", "fields", linked);
                if (page.ok()) {
                    addLinked(page.json(), found);
                }
            }
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return found;
        }
        return found;
    }

    /**
     * The account's recent post whose caption is {@code caption}: how a published container's post is
     * found, as the container does not name its media. The last ten posts are enough, because a check
     * follows its attempt closely.
     */
    Optional<Media> recentPostWithCaption(GraphApi graph, String igUserId, String caption) {
        try {
            PlatformHttp.Answer answer = graph.get("/" + igUserId + "/media",
                    "fields", "id,caption,permalink,timestamp", "limit", "10");
            if (!answer.ok()) {
                return Optional.empty();
            }
            for (JsonNode media : answer.json().path("data")) {
                if (media.path("caption").asText("").strip().equals(caption.strip())) {
                    return Optional.of(new Media(media.path("id").asText(""), media.path("permalink").asText("")));
                }
            }
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * A post known to exist (its container is PUBLISHED): its own id and address when found, else the
     * account's profile, and an empty id when not even the account can be read; it exists all the same.
     */
    CheckOutcome.Found found(GraphApi graph, Map<String, String> options, String caption) {
        try {
            Optional<Media> media = recentPostWithCaption(graph, igUserId(graph, options), caption);
            if (media.isPresent()) {
                return new CheckOutcome.Found(media.get().id(), media.get().permalink(), false);
            }
            return new CheckOutcome.Found("", identity(graph, options, false).profileUrl(), false);
        } catch (StepFailed unreadable) {
            return new CheckOutcome.Found("", "", false);
        }
    }

    private static void addLinked(JsonNode page, List<String> found) {
        JsonNode account = page.path("instagram_business_account");
        if (account.hasNonNull("id")) {
            String username = account.path("username").asText("");
            found.add(account.path("id").asText() + (username.isEmpty() ? "" : " (@" + username + ")"));
        }
    }

    private static String entered(Map<String, String> options) {
        String value = options.get(IG_USER_ID);
        return value == null ? "" : value.strip();
    }
}
