package app.herold.channels.instagram;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.net.URI;
import java.net.http.HttpHeaders;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The Instagram error table of platforms.md, call by call: only media_publish can leave a post unknown. */
class GraphFailuresTest {

    private final GraphFailures failures = new GraphFailures("Instagram",
            Clock.fixed(Instant.parse("2026-11-29T09:00:00Z"), ZoneOffset.UTC));

    @ParameterizedTest(name = "HTTP {0}, code {1}/{2} on {4} → {5} {6}")
    @CsvSource({
        "400, 190, 463, false, PUBLISH, AccessLost, publish.accessExpired",
        "400, 102, 0, false, PREPARE, AccessLost, publish.accessExpired",
        "403, 10, 0, false, PREPARE, AccessLost, publish.instagram.permissionMissing",
        "400, 200, 0, false, PUBLISH, AccessLost, publish.instagram.permissionMissing",
        "400, 4, 2207051, false, PREPARE, Refused, publish.instagram.restricted",
        "400, 4, 2207051, false, PUBLISH, Unknown, publish.instagram.restricted",
        "400, 9, 2207042, false, PUBLISH, Retry, publish.instagram.publishingLimit",
        "400, 9007, 2207027, false, PUBLISH, Retry, publish.instagram.stillProcessing",
        "400, -2, 2207020, false, PUBLISH, Retry, publish.instagram.containerFailed",
        "400, -2, 2207003, true, PREPARE, Retry, publish.serverError",
        "400, -1, 2207001, false, PUBLISH, Unknown, publish.serverError",
        "400, -1, 2207032, false, PREPARE, Retry, publish.serverError",
        "500, 1, 0, true, PUBLISH, Unknown, publish.serverError",
        "500, 2, 0, true, PREPARE, Retry, publish.serverError",
        "400, 36000, 2207004, false, PREPARE, Refused, publish.instagram.pictureTooLarge",
        "400, 4, 0, false, PUBLISH, Retry, publish.rateLimited",
        "400, 17, 0, false, PREPARE, Retry, publish.rateLimited",
        "400, 100, 0, false, PUBLISH, Refused, publish.refused",
    })
    void graphErrorsAreSortedByWhatTheCallCouldHaveDone(int status, int code, int subcode, boolean isTransient,
                                                         GraphFailures.Call call, String outcome, String key) {
        PublishOutcome sorted = failures.failure(answer(status,
                InstagramStandIn.error(code, subcode, "message", "", isTransient)), call);

        assertThat(sorted.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(new StepFailed(sorted).problem().key()).isEqualTo(key);
    }

    @ParameterizedTest(name = "HTTP {0} without an error body on {1} → {2} {3}")
    @CsvSource({
        "502, PUBLISH, Unknown, publish.serverError",
        "502, PREPARE, Retry, publish.serverError",
        "404, PUBLISH, Unknown, publish.unexpectedAnswer",
        "404, READ, Retry, publish.unexpectedAnswer",
        "401, PUBLISH, AccessLost, publish.accessExpired",
    })
    void answersWithoutAGraphErrorGoByTheirStatus(int status, GraphFailures.Call call, String outcome, String key) {
        PublishOutcome sorted = failures.failure(answer(status, "<html>Bad Gateway</html>"), call);

        assertThat(sorted.getClass().getSimpleName()).isEqualTo(outcome);
        assertThat(new StepFailed(sorted).problem().key()).isEqualTo(key);
    }

    @Test
    void theUserReadsMetasOwnSentenceWhenThereIsOne() {
        PublishOutcome sorted = failures.failure(answer(400, InstagramStandIn.error(100, 0, "Invalid parameter",
                "Das Bild hat ein ungültiges Seitenverhältnis.", false)), GraphFailures.Call.PREPARE);

        assertThat(sorted).isEqualTo(new PublishOutcome.Refused(Problem.of("publish.refused", "Instagram",
                "Das Bild hat ein ungültiges Seitenverhältnis.")));
    }

    @Test
    void aLostAnswerIsUnknownOnlyWhenItCouldHaveMadeThePost() {
        PlatformHttp.Lost lost = new PlatformHttp.Lost(URI.create("https://graph.facebook.com/v21.0/1/media"),
                new java.net.http.HttpTimeoutException("request timed out"));

        assertThat(failures.transport(lost, GraphFailures.Call.PUBLISH))
                .isEqualTo(new PublishOutcome.Unknown(Problem.of("publish.noAnswer", "Instagram")));
        assertThat(failures.transport(lost, GraphFailures.Call.PREPARE))
                .isEqualTo(new PublishOutcome.Retry(
                        Problem.of("publish.instagram.preparationNoAnswer", "Instagram"), null));
    }

    @Test
    void aContainerThatCannotBeReadAnyMoreIsForTheOfficerToLookAt() {
        CheckOutcome gone = failures.checkFailure(answer(400, InstagramStandIn.error(100, 33,
                "Unsupported get request.", "", false)));
        CheckOutcome busy = failures.checkFailure(answer(500, InstagramStandIn.error(2, 0, "Service unavailable", "",
                true)));

        assertThat(gone).isEqualTo(new CheckOutcome.AskUser(Problem.of("publish.askUser", "Instagram")));
        assertThat(busy).isEqualTo(new CheckOutcome.CannotTell(Problem.of("publish.serverError", "Instagram", 500)));
    }

    private static PlatformHttp.Answer answer(int status, String body) {
        return new PlatformHttp.Answer(status, HttpHeaders.of(Map.of(), (name, value) -> true), body);
    }
}
