package app.herold.channels.media;

import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.ImageFacts;
import app.herold.domain.post.MediaLibrary;
import java.util.Locale;

/**
 * What the channel checks need of a picture in the data directory, read from its header only
 * (format, size as displayed after the photo's orientation, bytes), so checking while typing stays quick.
 */
public final class StoredImageFacts implements ImageFacts {

    private final MediaLibrary media;

    public StoredImageFacts(MediaLibrary media) {
        this.media = media;
    }

    @Override
    public DraftImage describe(String mediaFile, String altText) {
        ImageInfo info = ImagePipeline.inspectFile(media.pathOf(mediaFile));
        return new DraftImage(mediaFile, info.format().name().toLowerCase(Locale.ROOT), info.width(), info.height(),
                info.bytes(), altText);
    }
}
