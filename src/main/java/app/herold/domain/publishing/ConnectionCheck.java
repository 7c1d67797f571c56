package app.herold.domain.publishing;

import java.time.Instant;

/**
 * What "Verbindung testen" found: the name the platform knows the account by, and when its access
 * ends; or the problem.
 *
 * @param accountLabel e.g. "@stadt@social.example" or the Page's name
 * @param accessExpiresAt when the token stops working, or null when it does not expire
 */
public record ConnectionCheck(boolean ok, String accountLabel, Instant accessExpiresAt, Problem problem) {

    public static ConnectionCheck ok(String accountLabel, Instant accessExpiresAt) {
        return new ConnectionCheck(true, accountLabel, accessExpiresAt, null);
    }

    public static ConnectionCheck failed(Problem problem) {
        return new ConnectionCheck(false, "", null, problem);
    }
}
