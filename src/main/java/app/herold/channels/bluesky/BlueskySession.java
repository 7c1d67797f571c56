package app.herold.channels.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Optional;

/**
 * A signed-in session: the access token for calls (valid about two hours), the refresh token that renews
 * it (about 90 days), the account's DID, its handle, and the address of the account's own server (PDS).
 *
 * @param service where the account's repository lives: calls that write or read records go there, as the
 *     AT Protocol's own client does after signing in, so that a record just written is found at once
 */
record BlueskySession(String accessJwt, String refreshJwt, String did, String handle, String service) {

    /**
     * The session in a createSession or refreshSession answer, or empty when one of its tokens is missing.
     *
     * @param entryway where the session was made: the service when the DID document names no usable one
     */
    static Optional<BlueskySession> from(JsonNode answer, String entryway) {
        String access = answer.path("accessJwt").asText("");
        String refresh = answer.path("refreshJwt").asText("");
        String did = answer.path("did").asText("");
        if (access.isBlank() || refresh.isBlank() || did.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(new BlueskySession(access, refresh, did, answer.path("handle").asText(""),
                serviceOf(answer.path("didDoc"), entryway)));
    }

    /**
     * The account's PDS as its DID document names it ({@code #atproto_pds}). Only an https address is
     * taken, or the entryway itself: the session's tokens are sent there, and a document should not be able
     * to steer them onto plain HTTP.
     */
    private static String serviceOf(JsonNode didDocument, String entryway) {
        for (JsonNode service : didDocument.path("service")) {
            if (service.path("id").asText("").endsWith("#atproto_pds")) {
                String endpoint = service.path("serviceEndpoint").asText("");
                if (isHttps(endpoint) || sameAddress(endpoint, entryway)) {
                    return endpoint;
                }
            }
        }
        return entryway;
    }

    private static boolean isHttps(String address) {
        try {
            URI uri = URI.create(address);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (IllegalArgumentException notAnAddress) {
            return false;
        }
    }

    private static boolean sameAddress(String one, String other) {
        return trimmed(one).equalsIgnoreCase(trimmed(other));
    }

    private static String trimmed(String address) {
        return address.endsWith("/") ? address.substring(0, address.length() - 1) : address;
    }

    @Override
    public String toString() {
        return "BlueskySession[did=" + did + ", handle=" + handle + ", service=" + service + "]";
    }
}
