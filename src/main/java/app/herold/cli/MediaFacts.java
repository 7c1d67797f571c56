package app.herold.cli;

import app.herold.channels.media.ImageInfo;
import app.herold.channels.media.ImagePipeline;
import app.herold.domain.channel.DraftImage;
import java.nio.file.Path;
import java.util.Locale;

/** What the channel checks need to know of a stored image, read from its file's header. */
final class MediaFacts {

    private MediaFacts() {
    }

    static DraftImage describe(Path file, String altText) {
        ImageInfo info = ImagePipeline.inspectFile(file);
        return new DraftImage(file.getFileName().toString(), info.format().name().toLowerCase(Locale.ROOT), info.width(),
                info.height(), info.bytes(), altText);
    }
}
