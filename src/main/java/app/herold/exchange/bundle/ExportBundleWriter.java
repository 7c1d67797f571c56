package app.herold.exchange.bundle;

import app.herold.domain.UserFacingException;
import app.herold.exchange.WriteFailures;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipOutputStream;

/**
 * Writes the ready-to-post bundle for one post on one channel: a folder, or one ZIP file, that the
 * officer posts from by hand. See {@link BundleContents} for what is inside.
 */
public final class ExportBundleWriter {

    private static final System.Logger LOG = System.getLogger(ExportBundleWriter.class.getName());
    /** Both parts become a folder name, so they must not be able to climb out of the out directory. */
    private static final Pattern FILE_NAME_PART = Pattern.compile("[A-Za-z0-9_-]+");

    /**
     * Writes the bundle into a new folder (or {@code <folder>.zip} when {@code zip}) inside
     * {@code outDirectory} and returns its path. The name is {@code <yyyy-MM-dd>-post-<postId>-<channel>}
     * from the request's creation date, with "-2", "-3"... appended when taken; nothing is overwritten.
     *
     * @throws UserFacingException "error.imageMissing" when an image no longer exists,
     *         "error.export.write" when the bundle cannot be written
     */
    public Path write(BundleRequest request, Path outDirectory, boolean zip) {
        requireFileNamePart(request.postId(), "postId");
        requireFileNamePart(request.channel(), "channel");
        for (BundleImage image : request.images()) {
            if (Files.notExists(image.source())) {
                throw new UserFacingException("error.imageMissing", image.source().toString());
            }
        }
        String folderName = freeName(outDirectory, baseName(request), zip ? ".zip" : "");
        Path target = outDirectory.resolve(zip ? folderName + ".zip" : folderName);
        // Written beside the target and renamed at the end, so an interrupted export never looks
        // like a finished bundle to the officer or to a script watching the folder.
        Path temporary = outDirectory.resolve(".herold-export-" + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            if (zip) {
                writeZip(request, temporary, folderName);
            } else {
                writeFolder(request, temporary);
            }
            // Without REPLACE_EXISTING the move refuses a name taken meanwhile instead of replacing it.
            Files.move(temporary, target);
            moved = true;
            return target;
        } catch (IOException e) {
            throw WriteFailures.of(e, target);
        } finally {
            if (!moved) {
                deleteQuietly(temporary);
            }
        }
    }

    private static void writeFolder(BundleRequest request, Path folder) throws IOException {
        Files.createDirectory(folder);
        BundleContents.write(request, BundleSink.folder(folder));
    }

    private static void writeZip(BundleRequest request, Path file, String folderName) throws IOException {
        try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
             ZipOutputStream zip = new ZipOutputStream(new BufferedOutputStream(out))) {
            BundleContents.write(request, BundleSink.zip(zip, folderName));
        }
    }

    private static String baseName(BundleRequest request) {
        return DateTimeFormatter.ISO_LOCAL_DATE.format(request.createdAt().toLocalDate())
                + "-post-" + request.postId() + "-" + request.channel();
    }

    /** The folder name for the bundle; a ZIP's entries carry it too, so it is chosen before writing. */
    private static String freeName(Path outDirectory, String baseName, String extension) {
        String name = baseName;
        for (int number = 2; Files.exists(outDirectory.resolve(name + extension)); number++) {
            name = baseName + "-" + number;
        }
        return name;
    }

    private static void requireFileNamePart(String value, String what) {
        if (!FILE_NAME_PART.matcher(value).matches()) {
            throw new IllegalArgumentException(what + " must be letters, digits, '-' or '_', was \"" + value + "\"");
        }
    }

    private static void deleteQuietly(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(path)) {
            for (Path each : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(each);
            }
        } catch (IOException e) {
            // The export has already failed and that is what the user is told; a leftover hidden
            // temporary is worth a line in the log, not a second error.
            LOG.log(Level.WARNING, "Could not remove the unfinished export " + path, e);
        }
    }
}
