package app.herold.exchange.bundle;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Where the files of a bundle go: a folder or the entries of a ZIP file. Each file's SHA-256 is
 * taken from the very bytes written, so the manifest matches the bundle and not merely the source.
 */
abstract class BundleSink {

    @FunctionalInterface
    interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Writes one file and returns the lower-case hex SHA-256 of its bytes. */
    final String put(String name, Content content) throws IOException {
        MessageDigest digest = sha256();
        try (OutputStream out = new DigestOutputStream(open(name), digest)) {
            content.writeTo(out);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /** A stream for one file; closing it finishes that file only. */
    abstract OutputStream open(String name) throws IOException;

    static BundleSink folder(Path folder) {
        return new BundleSink() {
            @Override
            OutputStream open(String name) throws IOException {
                return Files.newOutputStream(folder.resolve(name), StandardOpenOption.CREATE_NEW,
                        StandardOpenOption.WRITE);
            }
        };
    }

    /** Entries go under {@code folderName}, so unpacking the ZIP gives the same folder as a folder export. */
    static BundleSink zip(ZipOutputStream zip, String folderName) {
        return new BundleSink() {
            @Override
            OutputStream open(String name) throws IOException {
                zip.putNextEntry(new ZipEntry(folderName + "/" + name));
                return new FilterOutputStream(zip) {
                    @Override
                    public void write(byte[] bytes, int offset, int length) throws IOException {
                        out.write(bytes, offset, length);
                    }

                    @Override
                    public void close() throws IOException {
                        zip.closeEntry();
                    }
                };
            }
        };
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
