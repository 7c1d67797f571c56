package app.herold.storage;

import app.herold.domain.DiskFull;
import app.herold.domain.UserFacingException;
import app.herold.domain.post.MediaLibrary;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Images in the data directory's media folder, named by the SHA-256 of their bytes. The copy is
 * written to a temporary file and moved into place, so a crash never leaves half an image under
 * a valid name.
 */
final class FileMediaLibrary implements MediaLibrary {

    private final Path folder;
    private final Disk.FileWriter files;

    FileMediaLibrary(Path folder) {
        this(folder, Disk.REAL.files());
    }

    FileMediaLibrary(Path folder, Disk.FileWriter files) {
        this.folder = folder;
        this.files = files;
    }

    @Override
    public String importImage(Path source) throws IOException {
        String extension = ImageFormat.detect(source)
                .orElseThrow(() -> new UserFacingException("error.notAnImage", source.getFileName().toString()));
        try {
            return copy(source, extension);
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "error.imageMissing", source.toString());
        } catch (IOException e) {
            // Said here, where the file is known: the editor shows it beside the post, which stays as it was.
            if (DiskFull.causedBy(e)) {
                throw new UserFacingException(e, "error.image.diskFull", source.getFileName().toString());
            }
            if (e instanceof FileSystemException) {
                throw new UserFacingException(e, "error.image.cannotCopy", source.getFileName().toString(),
                        folder.toString());
            }
            throw e;
        }
    }

    private String copy(Path source, String extension) throws IOException {
        Files.createDirectories(folder);
        Path temporary = Files.createTempFile(folder, "import-", ".part");
        try {
            MessageDigest sha256 = sha256();
            try (InputStream in = new DigestInputStream(Files.newInputStream(source), sha256);
                 OutputStream out = files.open(temporary)) {
                in.transferTo(out);
            }
            String name = HexFormat.of().formatHex(sha256.digest()) + "." + extension;
            Path target = folder.resolve(name);
            if (Files.exists(target)) {
                return name;
            }
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target);
            } catch (FileAlreadyExistsException e) {
                // Another import of the same picture won the race; its bytes are ours.
            }
            return name;
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    @Override
    public boolean accepts(Path source) throws IOException {
        return ImageFormat.detect(source).isPresent();
    }

    @Override
    public Path pathOf(String mediaFile) {
        Path path = folder.resolve(mediaFile).normalize();
        if (!path.getParent().equals(folder.normalize())) {
            throw new IllegalArgumentException("not a media file name: " + mediaFile);
        }
        return path;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Recognizes the image formats Herold accepts by their first bytes, not by the file name. */
    static final class ImageFormat {

        private ImageFormat() {
        }

        static java.util.Optional<String> detect(Path file) throws IOException {
            byte[] head = new byte[12];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            } catch (NoSuchFileException e) {
                throw new UserFacingException(e, "error.imageMissing", file.toString());
            }
            if (read >= 3 && (head[0] & 0xff) == 0xff && (head[1] & 0xff) == 0xd8 && (head[2] & 0xff) == 0xff) {
                return java.util.Optional.of("jpg");
            }
            if (read >= 8 && (head[0] & 0xff) == 0x89 && head[1] == 'P' && head[2] == 'N' && head[3] == 'G') {
                return java.util.Optional.of("png");
            }
            if (read >= 6 && head[0] == 'G' && head[1] == 'I' && head[2] == 'F' && head[3] == '8') {
                return java.util.Optional.of("gif");
            }
            if (read >= 12 && head[0] == 'R' && head[1] == 'I' && head[2] == 'F' && head[3] == 'F'
                    && head[8] == 'W' && head[9] == 'E' && head[10] == 'B' && head[11] == 'P') {
                return java.util.Optional.of("webp");
            }
            return java.util.Optional.empty();
        }
    }
}
