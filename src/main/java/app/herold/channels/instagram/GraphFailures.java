package app.herold.channels.instagram;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.common.PublishFailures;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

/**
 * Sorts the Graph API's answers into outcomes, by what the call could have done. Only
 * {@code media_publish} makes a post: there a lost answer, a server fault or an unclear error is
 * {@link PublishOutcome.Unknown} and the container's status decides. Making a container or uploading a
 * picture cannot make a post (a container "is not a post and expires after 24 hours", platforms.md
 * "Rate limits"), so there the same faults are a plain {@link PublishOutcome.Retry}.
 */
final class GraphFailures {

    /** What an attempt's call could do. */
    enum Call {
        /** Reads nothing but state: a container's status, the account, a permalink. */
        READ,
        /** Makes something that is not a post: a container, an unpublished Page photo. */
        PREPARE,
        /** {@code media_publish}: the one call that makes the post. */
        PUBLISH
    }

    /**
     * The wait after "maximum number of posts reached" (9 / 2207042). The limit is 50 posts in a moving
     * 24-hour window (platforms.md "Rate limits"); {@code content_publishing_limit} tells the usage but not
     * when the oldest post leaves the window, so an hour is waited and the outbox asks again.
     */
    static final Duration PUBLISHING_LIMIT_WAIT = Duration.ofHours(1);
    /** Meta suspects spam (4 / 2207051): never retried by itself. */
    static final String RESTRICTED_PROBLEM = "publish.instagram.restricted";
    /** The wait when Meta says the container is not ready yet ("Media ID is not available"). */
    static final Duration NOT_READY_WAIT = Duration.ofMinutes(1);

    private final PublishFailures common;
    private final Clock clock;

    GraphFailures(String network, Clock clock) {
        this.common = new PublishFailures(network, clock);
        this.clock = clock;
    }

    String network() {
        return common.network();
    }

    /** One call to the Graph API. */
    @FunctionalInterface
    interface Request {
        PlatformHttp.Answer send() throws PlatformHttp.NotSent, PlatformHttp.Lost;
    }

    /** The call's successful answer; anything else ends the attempt with the outcome it comes to. */
    PlatformHttp.Answer successOf(Request request, Call call) throws StepFailed {
        PlatformHttp.Answer answer;
        try {
            answer = request.send();
        } catch (PlatformHttp.NotSent | PlatformHttp.Lost e) {
            throw new StepFailed(transport(e, call));
        }
        if (!answer.ok()) {
            throw new StepFailed(failure(answer, call));
        }
        return answer;
    }

    PublishOutcome transport(IOException failure, Call call) {
        if (failure instanceof PlatformHttp.NotSent || call == Call.PUBLISH) {
            return common.transport(failure, true);
        }
        // The lost call made at most a container or an unpublished photo, neither of which anyone sees:
        // trying again is safe, and "asking Instagram whether the post arrived" would be the wrong sentence.
        return new PublishOutcome.Retry(Problem.of("publish.instagram.preparationNoAnswer", network()), null);
    }

    /** The outcome of an answer that was not a success. */
    PublishOutcome failure(PlatformHttp.Answer answer, Call call) {
        GraphError error = GraphError.of(answer).orElse(null);
        if (error == null) {
            return withoutErrorBody(answer, call);
        }
        if (error.accessLost()) {
            return common.accessExpired();
        }
        if (error.permissionMissing()) {
            return new PublishOutcome.AccessLost(Problem.of("publish.instagram.permissionMissing", network(),
                    error.forUser()));
        }
        if (error.subcode() == GraphError.RESTRICTED_ACTIVITY) {
            // Meta suspects spam: never retried by itself. On media_publish the post was seen live despite
            // this error (gitroomhq/postiz-app PR #1681), so there the container's status must decide.
            Problem restricted = Problem.of(RESTRICTED_PROBLEM);
            return call == Call.PUBLISH
                    ? new PublishOutcome.Unknown(restricted)
                    : new PublishOutcome.Refused(restricted);
        }
        if (error.subcode() == GraphError.PUBLISHING_LIMIT || error.code() == 9) {
            return new PublishOutcome.Retry(Problem.of("publish.instagram.publishingLimit"), PUBLISHING_LIMIT_WAIT);
        }
        if (error.subcode() == GraphError.MEDIA_NOT_READY) {
            return new PublishOutcome.Retry(Problem.of("publish.instagram.stillProcessing"), NOT_READY_WAIT);
        }
        if (error.needsNewContainer()) {
            return new PublishOutcome.Retry(Problem.of("publish.instagram.containerFailed"), null);
        }
        if (error.code() == 36000 || error.subcode() == GraphError.IMAGE_TOO_LARGE) {
            return new PublishOutcome.Refused(Problem.of("publish.instagram.pictureTooLarge"));
        }
        if (error.throttled()) {
            return common.rateLimited(answer.retryAfter(clock.instant()).orElse(null));
        }
        if (error.serverSide() || answer.status() >= 500) {
            return call == Call.PUBLISH
                    ? new PublishOutcome.Unknown(Problem.of("publish.serverError", network(), answer.status()))
                    : new PublishOutcome.Retry(Problem.of("publish.serverError", network(), answer.status()), null);
        }
        if (answer.status() == 401) {
            return common.accessExpired();
        }
        return common.refused(error.forUser());
    }

    /** A check's answer that was not a success. */
    CheckOutcome checkFailure(PlatformHttp.Answer answer) {
        GraphError error = GraphError.of(answer).orElse(null);
        if (error != null && error.code() == 100 && error.subcode() == GraphError.NO_SUCH_OBJECT) {
            // The container cannot be read any more (gone, or the token lost the account): asking again
            // will not help, so the user looks in the app.
            return new CheckOutcome.AskUser(Problem.of("publish.askUser", network()));
        }
        if (error != null && (error.accessLost() || error.permissionMissing()) || answer.status() == 401) {
            return new CheckOutcome.CannotTell(Problem.of("publish.accessExpired", network()));
        }
        if (answer.status() == 429 || error != null && error.throttled()) {
            return new CheckOutcome.CannotTell(Problem.of("publish.rateLimited", network()));
        }
        return new CheckOutcome.CannotTell(answer.status() >= 500
                ? Problem.of("publish.serverError", network(), answer.status())
                : Problem.of("publish.unexpectedAnswer", network(), answer.status()));
    }

    CheckOutcome checkTransport(IOException failure) {
        return common.checkTransport(failure);
    }

    /** A success that lacks what it should hold (an id): on media_publish the post may well exist. */
    PublishOutcome unexpected(PlatformHttp.Answer answer, Call call) {
        return call == Call.PUBLISH
                ? new PublishOutcome.Unknown(Problem.of("publish.unexpectedAnswer", network(), answer.status()))
                : common.unexpected(answer.status());
    }

    private PublishOutcome withoutErrorBody(PlatformHttp.Answer answer, Call call) {
        PublishOutcome shared = common.status(answer, call == Call.PUBLISH);
        return shared != null ? shared : unexpected(answer, call);
    }
}
