package app.herold.channels.media;

import java.nio.file.Path;

/** A file ready for one channel; {@code sha256} is of the file's bytes, as a channel would receive them. */
public record PreparedImage(Path file, ImageFormat format, int width, int height, long bytes, String sha256) {
}
