package app.herold.channels.facebook;

import static app.herold.channels.facebook.FacebookStandIn.APP_ID;
import static app.herold.channels.facebook.FacebookStandIn.APP_SECRET;
import static app.herold.channels.facebook.FacebookStandIn.SHORT_USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import app.herold.channels.common.PlatformHttp;
import app.herold.channels.facebook.FacebookStandIn.ManagedPage;
import app.herold.channels.facebook.FacebookTokenExchange.ExchangeFailed;
import app.herold.channels.facebook.FacebookTokenExchange.PageAccess;
import app.herold.domain.publishing.Problem;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** From the hour-long user token to the Page token that lasts, against the stand-in's Graph API. */
class FacebookTokenExchangeTest {

    private final FacebookStandIn.Time time = new FacebookStandIn.Time(Instant.parse("2026-12-01T09:00:00Z"));
    private final FacebookStandIn facebook = new FacebookStandIn(time);
    private final FacebookTokenExchange exchange =
            new FacebookTokenExchange(PlatformHttp.standard().withAnswerTimeout(Duration.ofSeconds(10)), time);

    @AfterEach
    void closeStandIn() {
        facebook.close();
    }

    @Test
    void theOnlyPageIsChosenAndItsTokenDoesNotExpire() throws ExchangeFailed {
        PageAccess access = exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, SHORT_USER_TOKEN, "");

        assertThat(access).isEqualTo(new PageAccess(FacebookStandIn.PAGE_ID, FacebookStandIn.PAGE_NAME,
                FacebookStandIn.PAGE_TOKEN, null));
        assertThat(access.toString()).doesNotContain(FacebookStandIn.PAGE_TOKEN);
        assertThat(facebook.server().received()).extracting(request -> request.path())
                .containsExactly("/v21.0/oauth/access_token", "/v21.0/me/accounts", "/v21.0/debug_token");
        assertThat(facebook.server().received().get(1).header("Authorization"))
                .isEqualTo("Bearer " + FacebookStandIn.LONG_USER_TOKEN);
    }

    @Test
    void anExpiringPageTokenCarriesItsExpiry() throws ExchangeFailed {
        Instant expiry = Instant.parse("2027-01-30T09:00:00Z");
        facebook.pageTokenExpiresAt(expiry);

        assertThat(exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, SHORT_USER_TOKEN, "").expiresAt())
                .isEqualTo(expiry);
    }

    @Test
    void ofSeveralPagesTheOneNamedIsChosenByNameOrId() throws ExchangeFailed {
        facebook.manages(List.of(new ManagedPage("111", "Freibad Meerane", "EAAB-freibad"),
                new ManagedPage(FacebookStandIn.PAGE_ID, FacebookStandIn.PAGE_NAME, FacebookStandIn.PAGE_TOKEN)));

        assertThat(exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, SHORT_USER_TOKEN, "stadt meerane").pageId())
                .isEqualTo(FacebookStandIn.PAGE_ID);
        assertThat(exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, SHORT_USER_TOKEN, "111").pageToken())
                .isEqualTo("EAAB-freibad");
    }

    @Test
    void ofSeveralPagesNoneIsGuessed() {
        facebook.manages(List.of(new ManagedPage("111", "Freibad Meerane", "EAAB-freibad"),
                new ManagedPage(FacebookStandIn.PAGE_ID, FacebookStandIn.PAGE_NAME, FacebookStandIn.PAGE_TOKEN)));

        assertThat(failure("")).isEqualTo(Problem.of("publish.facebook.choosePage", "Freibad Meerane, Stadt Meerane"));
        assertThat(failure("Tierpark")).isEqualTo(Problem.of("publish.facebook.pageNotFound", "Tierpark",
                "Freibad Meerane, Stadt Meerane"));
    }

    @Test
    void aUserWithoutPagesIsToldSo() {
        facebook.manages(List.of());

        assertThat(failure("")).isEqualTo(Problem.of("publish.facebook.noPages"));
    }

    @Test
    void aWrongAppSecretOrIdAndAnExpiredUserTokenAreToldApartWithoutShowingThem() {
        ExchangeFailed wrongSecret = catchThrowableOfType(ExchangeFailed.class,
                () -> exchange.exchange(facebook.baseUrl(), APP_ID, "not-the-secret", SHORT_USER_TOKEN, ""));
        ExchangeFailed wrongApp = catchThrowableOfType(ExchangeFailed.class,
                () -> exchange.exchange(facebook.baseUrl(), "42", APP_SECRET, SHORT_USER_TOKEN, ""));
        ExchangeFailed oldToken = catchThrowableOfType(ExchangeFailed.class,
                () -> exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, "EAAB-expired-user-token", ""));

        assertThat(wrongSecret.problem()).isEqualTo(Problem.of("publish.facebook.appInvalid"));
        assertThat(wrongApp.problem()).isEqualTo(Problem.of("publish.facebook.appInvalid"));
        assertThat(oldToken.problem()).isEqualTo(Problem.of("publish.facebook.userTokenInvalid"));
        for (ExchangeFailed failed : List.of(wrongSecret, wrongApp, oldToken)) {
            assertThat(failed.getMessage() + failed.problem().arguments())
                    .doesNotContain("not-the-secret", APP_SECRET, "EAAB-expired-user-token", SHORT_USER_TOKEN);
        }
    }

    @Test
    void missingInputIsNamedBeforeAnythingIsSent() {
        ExchangeFailed noSecret = catchThrowableOfType(ExchangeFailed.class,
                () -> exchange.exchange(facebook.baseUrl(), APP_ID, " ", SHORT_USER_TOKEN, ""));

        assertThat(noSecret.problem()).isEqualTo(Problem.missingSecret("Facebook", "app-secret"));
        assertThat(facebook.server().received()).isEmpty();
    }

    @Test
    void withoutNetworkTheExchangeSaysOffline() {
        facebook.server().down();

        assertThat(failure("")).isEqualTo(Problem.of("publish.offline", "Facebook"));
    }

    @Test
    void aFacebookFaultIsAPassingServerError() {
        facebook.server().refuseNext(request -> request.path().endsWith("/me/accounts"), FacebookStandIn.unexpectedError());

        assertThat(failure("")).isEqualTo(Problem.of("publish.serverError", "Facebook", 500));
    }

    private Problem failure(String wantedPage) {
        return catchThrowableOfType(ExchangeFailed.class,
                () -> exchange.exchange(facebook.baseUrl(), APP_ID, APP_SECRET, SHORT_USER_TOKEN, wantedPage)).problem();
    }
}
