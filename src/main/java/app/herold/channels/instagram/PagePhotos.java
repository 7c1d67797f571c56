package app.herold.channels.instagram;

import app.herold.channels.common.Multipart;
import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * The "facebook-page" way to a public picture: each picture is uploaded to the town's Facebook Page as
 * an unpublished photo ({@code POST /me/photos} with {@code published=false} and the file as multipart
 * {@code source}, platforms.md Facebook "Photos"; local upload is allowed there, unlike Instagram), and
 * Instagram fetches the largest size Facebook keeps of it. An unpublished photo is seen by nobody, so a
 * lost answer here is tried again freely.
 */
final class PagePhotos {

    private final PlatformHttp http;
    private final GraphFailures failures;

    PagePhotos(PlatformHttp http, Clock clock) {
        this.http = http;
        this.failures = new GraphFailures("Facebook", clock);
    }

    /** The Page access token, which makes {@code /me} the Page. */
    static String token(Credentials credentials, String accountName) throws StepFailed {
        try {
            return credentials.require(PublicPictures.PAGE_TOKEN);
        } catch (Credentials.MissingSecretException missing) {
            throw new StepFailed(new PublishOutcome.AccessLost(
                    Problem.missingSecret(accountName, PublicPictures.PAGE_TOKEN)));
        }
    }

    /**
     * The public address of each picture, in order; each photo is noted as {@code page-photo-1}, … as soon
     * as Facebook names it.
     */
    List<String> publish(List<Picture> pictures, String base, String pageToken, Journal journal) throws StepFailed {
        GraphApi page = new GraphApi(http, base, pageToken);
        List<String> addresses = new ArrayList<>();
        for (int i = 0; i < pictures.size(); i++) {
            String photoId = uploadUnpublished(page, pictures.get(i));
            journal.note("page-photo-" + (i + 1), photoId);
            addresses.add(largestImage(page, photoId));
        }
        return addresses;
    }

    private String uploadUnpublished(GraphApi page, Picture picture) throws StepFailed {
        Multipart body = new Multipart().field("published", "false");
        try {
            body.file("source", "picture.jpg", "image/jpeg", picture.file());
        } catch (UncheckedIOException unreadable) {
            throw new StepFailed(new PublishOutcome.Refused(
                    Problem.of("publish.instagram.pictureMissing", picture.file().getFileName())));
        }
        PlatformHttp.Answer answer = failures.successOf(() -> page.post("/me/photos", body),
                GraphFailures.Call.PREPARE);
        String id = answer.json().path("id").asText("");
        if (id.isEmpty()) {
            throw new StepFailed(failures.unexpected(answer, GraphFailures.Call.PREPARE));
        }
        return id;
    }

    /** Facebook keeps each photo in several sizes ({@code images}); the largest is the one to fetch. */
    private String largestImage(GraphApi page, String photoId) throws StepFailed {
        PlatformHttp.Answer answer = failures.successOf(() -> page.get("/" + photoId, "fields", "images"),
                GraphFailures.Call.PREPARE);
        String best = "";
        long bestArea = -1;
        for (JsonNode image : answer.json().path("images")) {
            long area = image.path("width").asLong(0) * image.path("height").asLong(0);
            if (area > bestArea && !image.path("source").asText("").isEmpty()) {
                best = image.path("source").asText();
                bestArea = area;
            }
        }
        if (best.isEmpty()) {
            throw new StepFailed(failures.unexpected(answer, GraphFailures.Call.PREPARE));
        }
        return best;
    }

}
