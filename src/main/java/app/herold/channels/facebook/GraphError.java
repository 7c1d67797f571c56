package app.herold.channels.facebook;

import app.herold.channels.common.PlatformHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import java.util.Set;

/**
 * The error object every Graph API call answers with when it fails:
 * {@code {"error":{"message","type","code","error_subcode","is_transient","error_user_msg","fbtrace_id"}}}
 * (platforms.md, Facebook "Error semantics", after Meta's error-handling guide). The groups below are
 * that section's table; the outcome each group leads to is decided by {@link GraphOutcomes}.
 *
 * @param status the HTTP status the error came with
 * @param userMessage Meta's sentence meant for the person posting ({@code error_user_msg}), or empty
 */
record GraphError(int status, String message, String type, int code, int subcode, boolean transientError,
                  String userMessage) {

    /** 190 expired token, 102 session; subcodes 458 app removed, 459 checkpoint, 460 password, 463/467 expired/invalid. */
    private static final Set<Integer> ACCESS_SUBCODES = Set.of(458, 459, 460, 463, 467);
    /** 4 app, 17 user, 32 Page, 613 custom throttling; 341 application limit. */
    private static final Set<Integer> THROTTLING = Set.of(4, 17, 32, 613, 341);
    /** Graph's "object does not exist" subcode of error 100 (Unsupported get/delete request). */
    private static final int DOES_NOT_EXIST_SUBCODE = 33;

    static Optional<GraphError> of(PlatformHttp.Answer answer) {
        JsonNode error = answer.json().path("error");
        if (!error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new GraphError(answer.status(), error.path("message").asText(""),
                error.path("type").asText(""), error.path("code").asInt(0), error.path("error_subcode").asInt(0),
                error.path("is_transient").asBoolean(false), error.path("error_user_msg").asText("")));
    }

    boolean accessLost() {
        return code == 190 || code == 102 || ACCESS_SUBCODES.contains(subcode);
    }

    /** 3 (capability), 10 and 200–299: the token works but may not do this; the setup must change. */
    boolean permissionMissing() {
        return code == 3 || code == 10 || (code >= 200 && code <= 299);
    }

    boolean throttled() {
        return THROTTLING.contains(code);
    }

    /** 368: posting is blocked for a while after a policy violation; platforms.md says wait and retry. */
    boolean temporarilyBlocked() {
        return code == 368;
    }

    /** 506: "cannot post duplicate posts consecutively". */
    boolean duplicate() {
        return code == 506;
    }

    /** 1609005: the link in the post could not be posted. */
    boolean linkFailed() {
        return code == 1609005;
    }

    /** 1 (API unknown), 2 (API service) or flagged transient: Meta's own side failed, maybe after doing the work. */
    boolean serverSide() {
        return code == 1 || code == 2 || transientError || status >= 500;
    }

    /**
     * The object asked for is not there. Only the explicit "does not exist" answer counts: error 100 is
     * also "invalid parameter" and "nonexisting field", and taking those for "no post" would send twice.
     */
    boolean doesNotExist() {
        return status == 404 || (code == 100 && (subcode == DOES_NOT_EXIST_SUBCODE || message.contains("does not exist")));
    }

    /** What to show the user: Meta's sentence for people when there is one, otherwise its technical message. */
    String sayable() {
        return userMessage.isBlank() ? message : userMessage;
    }
}
