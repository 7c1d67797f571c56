package app.herold.channels.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The cache folder of prepared pictures. A file is named by what it was made from (the source's
 * bytes, the rules, the focal point, the fit), so the same request finds it again, and a changed
 * photo or rule never meets a stale file.
 */
final class PreparedFiles {

    /** Part of every name: a change to how pictures are prepared must not reuse files made the old way. */
    private static final String RECIPE = "herold.media/1";

    private static final System.Logger LOG = System.getLogger(PreparedFiles.class.getName());

    private final Path folder;

    PreparedFiles(Path folder) {
        this.folder = folder;
    }

    static String sha256Of(Path file) throws IOException {
        MessageDigest digest = sha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    static String sha256Of(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    static String name(String sourceSha256, ImageRules rules, FocalPoint focus, FitMode fit) {
        String request = String.join("\n", RECIPE, sourceSha256,
                "accepted=" + rules.accepted(), "alwaysJpeg=" + rules.alwaysJpeg(),
                "maxFileBytes=" + rules.maxFileBytes(), "minWidth=" + rules.minWidth(),
                "maxWidth=" + rules.maxWidth(), "maxHeight=" + rules.maxHeight(), "maxPixels=" + rules.maxPixels(),
                "minAspect=" + rules.minAspect(), "maxAspect=" + rules.maxAspect(),
                "maxWidthPlusHeight=" + rules.maxWidthPlusHeight(),
                "focus=" + focus.x() + "," + focus.y(), "fit=" + fit);
        return sha256Of(request.getBytes(StandardCharsets.UTF_8));
    }

    Optional<PreparedImage> find(String name) {
        for (ImageFormat format : new ImageFormat[] {ImageFormat.JPEG, ImageFormat.PNG}) {
            Path file = folder.resolve(name + extension(format));
            if (Files.isRegularFile(file)) {
                try {
                    int[] size = sizeOf(file);
                    return Optional.of(new PreparedImage(file, format, size[0], size[1], Files.size(file), sha256Of(file)));
                } catch (IOException | RuntimeException e) {
                    LOG.log(System.Logger.Level.WARNING, () -> "unreadable prepared picture, made anew: " + file, e);
                }
            }
        }
        return Optional.empty();
    }

    /** Written beside its final name and moved there in one step, so a crash never leaves half a file under a valid name. */
    PreparedImage store(String name, ImageFormat format, byte[] bytes, int width, int height) {
        Path file = folder.resolve(name + extension(format));
        Path temporary = null;
        try {
            Files.createDirectories(folder);
            temporary = Files.createTempFile(folder, name, ".part");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return new PreparedImage(file, format, width, height, bytes.length, sha256Of(bytes));
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.CANNOT_SAVE);
        } finally {
            deleteQuietly(temporary);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException e) {
                LOG.log(System.Logger.Level.DEBUG, () -> "temporary file left behind: " + temporary, e);
            }
        }
    }

    private static String extension(ImageFormat format) {
        return format == ImageFormat.PNG ? ".png" : ".jpg";
    }

    private static int[] sizeOf(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw new IOException("not a picture");
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return new int[] {reader.getWidth(0), reader.getHeight(0)};
            } finally {
                reader.dispose();
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
