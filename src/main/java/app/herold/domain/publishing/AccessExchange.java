package app.herold.domain.publishing;

import java.time.Instant;

/**
 * Turns a short-lived Facebook user token into a Page token that lasts, with the town's own Meta app id
 * and secret (platforms.md: the exchange needs the app secret, so each town registers its own app). The
 * window calls it from Settings › Kanalkonten, off the UI thread.
 */
@FunctionalInterface
public interface AccessExchange {

    /** A Page and its lasting token; {@code expiresAt} null when it does not expire. */
    record PageAccess(String pageId, String pageName, String pageToken, Instant expiresAt) {
        @Override
        public String toString() {
            return "PageAccess[" + pageId + ", " + pageName + ", token hidden, " + expiresAt + "]";
        }
    }

    /** Why the exchange did not work, as one sentence to show. */
    final class ExchangeFailed extends RuntimeException {
        private final transient Problem problem;

        public ExchangeFailed(Problem problem) {
            super(problem.key());
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    /**
     * @param baseUrl the account's Graph address, or empty for Facebook's own
     * @param wantedPage the Page's id or name; empty when the user manages only one
     */
    PageAccess exchange(String baseUrl, String appId, String appSecret, String shortLivedUserToken, String wantedPage);
}
