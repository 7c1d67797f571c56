package app.herold.channels.instagram;

import app.herold.channels.common.PlatformHttp;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;

/**
 * A Graph API error as Meta sends it:
 * {@code {"error":{"message","type","code","error_subcode","is_transient","error_user_msg"}}}
 * (platforms.md, Instagram "Error semantics").
 *
 * @param httpStatus the HTTP status the error came with
 * @param subcode 0 when the error has none
 */
record GraphError(int httpStatus, int code, int subcode, boolean isTransient, String type, String message,
                  String userMessage) {

    /** Subcodes of the Instagram "Error Codes" page that this adapter treats by name. */
    static final int MEDIA_DOWNLOAD_TIMEOUT = 2207003;
    static final int MEDIA_EXPIRED = 2207020;
    static final int SERVER_ERROR = 2207001;
    static final int CREATE_MEDIA_FAILED = 2207032;
    static final int UNKNOWN_UPLOAD_ERROR = 2207053;
    static final int IMAGE_TOO_LARGE = 2207004;
    static final int RESTRICTED_ACTIVITY = 2207051;
    static final int PUBLISHING_LIMIT = 2207042;
    /**
     * "Media ID is not available": {@code media_publish}, or a carousel made of items, before processing
     * finished (exileum/meta-mcp#138).
     */
    static final int MEDIA_NOT_READY = 2207027;
    /** Graph's "object does not exist, cannot be loaded due to missing permissions" (code 100). */
    static final int NO_SUCH_OBJECT = 33;

    static Optional<GraphError> of(PlatformHttp.Answer answer) {
        JsonNode error = answer.json().path("error");
        if (!error.isObject()) {
            return Optional.empty();
        }
        return Optional.of(new GraphError(answer.status(), error.path("code").asInt(0),
                error.path("error_subcode").asInt(0), error.path("is_transient").asBoolean(false),
                error.path("type").asText(""), error.path("message").asText(""),
                error.path("error_user_msg").asText("")));
    }

    /** What to show the user: Meta's own sentence for users when it sent one, else its message. */
    String forUser() {
        return userMessage.isBlank() ? message : userMessage;
    }

    /** The container can never be published (media expired, upload failed): a new one is needed. */
    boolean needsNewContainer() {
        return subcode == MEDIA_EXPIRED || subcode == UNKNOWN_UPLOAD_ERROR;
    }

    /** Token expired, revoked or invalid (codes 190 and 102, platforms.md Facebook "Error semantics"). */
    boolean accessLost() {
        return code == 190 || code == 102;
    }

    /** Permission denied (10, 200–299): the token lacks a permission the app or account must grant. */
    boolean permissionMissing() {
        return code == 10 || (code >= 200 && code <= 299);
    }

    /** Throttling codes, "wait and retry" (4, 17, 32, 613, 341, 368); 4 with 2207051 is a restriction instead. */
    boolean throttled() {
        return subcode != RESTRICTED_ACTIVITY
                && (code == 4 || code == 17 || code == 32 || code == 613 || code == 341 || code == 368);
    }

    /** Meta's own "passing" faults: codes 1, 2 and their negative Instagram forms, and is_transient. */
    boolean serverSide() {
        return code == 1 || code == 2 || code == -1 || code == -2 || isTransient
                || subcode == MEDIA_DOWNLOAD_TIMEOUT || subcode == SERVER_ERROR || subcode == CREATE_MEDIA_FAILED;
    }
}
