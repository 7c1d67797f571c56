package app.herold.domain.channel;

import java.nio.file.Path;

/** Writes a link as a QR code for posters (PNG) or the web (SVG), chosen by the file's extension. */
@FunctionalInterface
public interface QrCodes {

    void write(String link, Path file);
}
