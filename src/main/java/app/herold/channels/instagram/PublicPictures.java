package app.herold.channels.instagram;

import app.herold.channels.common.PlatformHttp;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.Picture;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Puts a post's pictures where Meta can fetch them. Instagram takes no upload from the laptop: "We cURL
 * media used in publishing attempts, so the media must be hosted on a publicly accessible server at the
 * time of the attempt" (platforms.md, Instagram "Media rules"). The officer chooses in the settings how:
 * <ul>
 *   <li>{@value #WEB_FOLDER_ROUTE}: the picture is copied into a folder of the town's web server (a mounted
 *       share or a synced folder, option {@value #WEB_FOLDER}) and fetched from {@value #WEB_FOLDER_URL}
 *       plus its name. The name is made from the picture's SHA-256, so nobody guesses the addresses of
 *       pictures not yet posted, and it is US-ASCII, as Meta requires of media URLs.</li>
 *   <li>{@value #FACEBOOK_PAGE_ROUTE}: the picture is uploaded to the town's Facebook Page as an
 *       unpublished photo (seen by nobody) with the secret {@value #PAGE_TOKEN}, and Instagram fetches it
 *       from Facebook's servers.</li>
 * </ul>
 */
final class PublicPictures {

    static final String ROUTE = "picture-route";
    static final String WEB_FOLDER_ROUTE = "web-folder";
    static final String FACEBOOK_PAGE_ROUTE = "facebook-page";
    /** The local folder whose files the town's web server serves. */
    static final String WEB_FOLDER = "web-folder";
    /** The public address of that folder, e.g. {@code https://www.meerane.de/herold/}. */
    static final String WEB_FOLDER_URL = "web-folder-url";
    /** Another Graph host for the Page upload than the one {@link #pageBase} picks. */
    static final String FACEBOOK_BASE_URL = "facebook-base-url";
    static final String PAGE_TOKEN = "page-access-token";
    private static final String INSTAGRAM_LOGIN_HOST = "graph.instagram.com";
    /** How long a 404 right after copying is given: a synced folder reaches the web server with some delay. */
    static final Duration SYNC_WAIT = Duration.ofMinutes(1);

    private final PlatformHttp http;
    private final PagePhotos pagePhotos;

    PublicPictures(PlatformHttp http, Clock clock) {
        this.http = http;
        this.pagePhotos = new PagePhotos(http, clock);
    }

    /**
     * The public address of each picture, in order. Page photos are noted in the journal as
     * {@code page-photo-1}, {@code page-photo-2}, … as soon as Facebook names them.
     *
     * @param graphBase the account's Graph API base, the Page upload's host unless {@value #FACEBOOK_BASE_URL} is set
     */
    List<String> publish(List<Picture> pictures, Map<String, String> options, Credentials credentials,
                         String graphBase, String accountName, Journal journal) throws StepFailed {
        String route = option(options, ROUTE);
        if (WEB_FOLDER_ROUTE.equals(route)) {
            return viaWebFolder(pictures, options, graphBase);
        }
        if (FACEBOOK_PAGE_ROUTE.equals(route)) {
            String pageToken = PagePhotos.token(credentials, accountName);
            return pagePhotos.publish(pictures, pageBase(options, graphBase), pageToken, journal);
        }
        throw new StepFailed(new PublishOutcome.Refused(Problem.of("publish.instagram.choosePictureRoute")));
    }

    /** What keeps the chosen route from working, found without posting anything: for "Verbindung testen". */
    Optional<Problem> settingsProblem(Map<String, String> options, Credentials credentials, String accountName) {
        String route = option(options, ROUTE);
        try {
            if (WEB_FOLDER_ROUTE.equals(route)) {
                webFolder(options);
                webFolderUrl(options);
                return Optional.empty();
            }
            if (FACEBOOK_PAGE_ROUTE.equals(route)) {
                PagePhotos.token(credentials, accountName);
                return Optional.empty();
            }
        } catch (StepFailed failed) {
            return Optional.of(failed.problem());
        }
        return Optional.of(Problem.of("publish.instagram.choosePictureRoute"));
    }

    /**
     * Where the Page photos go: {@value #FACEBOOK_BASE_URL} when set, else the account's own Graph host, except
     * that graph.instagram.com (Instagram Login) holds no Pages, so there its twin on graph.facebook.com is used.
     */
    static String pageBase(Map<String, String> options, String graphBase) {
        String entered = option(options, FACEBOOK_BASE_URL);
        if (!entered.isEmpty()) {
            return entered;
        }
        return INSTAGRAM_LOGIN_HOST.equals(URI.create(graphBase).getHost())
                ? graphBase.replaceFirst(INSTAGRAM_LOGIN_HOST, InstagramAccounts.FACEBOOK_LOGIN_HOST)
                : graphBase;
    }

    /** The name a picture gets in the web folder: {@code herold-} and 32 hex digits of its SHA-256. */
    static String publicName(Path picture) throws IOException {
        return "herold-" + Sha256.of(picture).substring(0, 32) + ".jpg";
    }

    private List<String> viaWebFolder(List<Picture> pictures, Map<String, String> options, String graphBase)
            throws StepFailed {
        Path folder = webFolder(options);
        String prefix = webFolderUrl(options);
        List<String> addresses = new ArrayList<>();
        for (Picture picture : pictures) {
            String name = copyInto(folder, picture.file());
            addresses.add(prefix + name);
        }
        for (String address : addresses) {
            requireReachable(address, graphBase);
        }
        return addresses;
    }

    private static Path webFolder(Map<String, String> options) throws StepFailed {
        String folder = option(options, WEB_FOLDER);
        if (folder.isEmpty() || option(options, WEB_FOLDER_URL).isEmpty()) {
            throw refused("publish.instagram.webFolderNotSet");
        }
        Path path = Path.of(folder);
        if (!Files.isDirectory(path) || !Files.isWritable(path)) {
            throw refused("publish.instagram.webFolderMissing", folder);
        }
        return path;
    }

    /** The folder's address with one trailing slash; http(s) and US-ASCII only, or Meta's fetch fails. */
    private static String webFolderUrl(Map<String, String> options) throws StepFailed {
        String url = option(options, WEB_FOLDER_URL);
        if (url.isEmpty() || option(options, WEB_FOLDER).isEmpty()) {
            throw refused("publish.instagram.webFolderNotSet");
        }
        String scheme = url.toLowerCase(Locale.ROOT);
        boolean ascii = StandardCharsets.US_ASCII.newEncoder().canEncode(url);
        if (!ascii || !(scheme.startsWith("https://") || scheme.startsWith("http://")) || url.contains(" ")) {
            throw refused("publish.instagram.webFolderUrlInvalid", url);
        }
        return url.endsWith("/") ? url : url + "/";
    }

    /**
     * Copies the picture in under its public name, unless it is there already. The copy is written under
     * a temporary name and then renamed, so a sync tool never sends half a picture to the web server.
     */
    private static String copyInto(Path folder, Path picture) throws StepFailed {
        String name;
        try {
            name = publicName(picture);
        } catch (IOException e) {
            throw refused("publish.instagram.pictureMissing", picture.getFileName());
        }
        Path target = folder.resolve(name);
        try {
            if (Files.isRegularFile(target) && Files.size(target) == Files.size(picture)) {
                return name;
            }
            Path partial = folder.resolve("." + name + ".part");
            Files.copy(picture, partial, StandardCopyOption.REPLACE_EXISTING);
            try {
                Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException notOnThisShare) {
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            }
            return name;
        } catch (IOException e) {
            throw new StepFailed(new PublishOutcome.Retry(
                    Problem.of("publish.instagram.webFolderWriteFailed", folder), null));
        }
    }

    /**
     * Asks the web server for the picture as Meta will, before a container is made: a container whose
     * picture cannot be fetched fails at Meta with an error that says less.
     */
    private void requireReachable(String address, String graphBase) throws StepFailed {
        URI uri = URI.create(address);
        PlatformHttp.Answer answer;
        try {
            answer = http.send(HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody()));
            if (answer.status() == 405 || answer.status() == 501) {
                answer = http.send(HttpRequest.newBuilder(uri).GET());
            }
        } catch (PlatformHttp.NotSent e) {
            throw new StepFailed(unreachable(uri, graphBase));
        } catch (PlatformHttp.Lost e) {
            throw new StepFailed(new PublishOutcome.Retry(
                    Problem.of("publish.instagram.pictureServerSilent", uri.getHost()), null));
        }
        String type = answer.headers().firstValue("Content-Type").orElse("image/jpeg");
        if (answer.ok() && type.toLowerCase(Locale.ROOT).startsWith("image/")) {
            return;
        }
        if (answer.status() == 404) {
            // Right after copying, a synced folder may not have reached the web server yet.
            throw new StepFailed(new PublishOutcome.Retry(
                    Problem.of("publish.instagram.pictureNotOnlineYet", address), SYNC_WAIT));
        }
        if (answer.status() >= 500) {
            throw new StepFailed(new PublishOutcome.Retry(
                    Problem.of("publish.serverError", uri.getHost(), answer.status()), null));
        }
        throw refused("publish.instagram.pictureNotPublic", address, answer.ok() ? type : answer.status());
    }

    /**
     * The web server cannot be reached: either the laptop is offline (then Instagram cannot be reached
     * either, and the post waits for the network) or the address is wrong or the server is down for
     * the internet (then the officer must look).
     */
    private PublishOutcome unreachable(URI picture, String graphBase) {
        try {
            http.send(HttpRequest.newBuilder(URI.create(graphBase)).GET());
            return new PublishOutcome.Refused(
                    Problem.of("publish.instagram.pictureHostUnreachable", picture.getHost()));
        } catch (PlatformHttp.NotSent offline) {
            return new PublishOutcome.Offline(Problem.of("publish.offline", "Instagram"));
        } catch (PlatformHttp.Lost slow) {
            return new PublishOutcome.Retry(
                    Problem.of("publish.instagram.pictureServerSilent", picture.getHost()), null);
        }
    }

    private static String option(Map<String, String> options, String name) {
        String value = options.get(name);
        return value == null ? "" : value.strip();
    }

    private static StepFailed refused(String key, Object... arguments) {
        return new StepFailed(new PublishOutcome.Refused(Problem.of(key, arguments)));
    }
}
