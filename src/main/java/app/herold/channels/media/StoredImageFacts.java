package app.herold.channels.media;

import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.ImageFacts;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.UserFacingException;
import java.nio.file.Path;
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

    @Override
    public void checkAttachable(Path file) {
        checkFile(file);
    }

    /**
     * Decodes the file once and refuses it, naming it, when it is no picture, broken or too large. A
     * format the channels are not fed from (GIF) is left to the library, which keeps such pictures.
     */
    public static void checkFile(Path file) {
        String name = file.getFileName().toString();
        if (!java.nio.file.Files.exists(file)) {
            throw new UserFacingException("error.imageMissing", file.toString());
        }
        try {
            ImagePipeline.checkFile(file);
        } catch (ImageProblem problem) {
            switch (problem.messageKey()) {
                case ImageProblem.UNSUPPORTED_FORMAT -> {
                    return;
                }
                case ImageProblem.NOT_AN_IMAGE -> throw new UserFacingException(problem, "error.attach.notAnImage", name);
                case ImageProblem.DAMAGED -> throw new UserFacingException(problem, "error.attach.damaged", name);
                case ImageProblem.TOO_LARGE -> {
                    Object[] megapixels = problem.arguments();
                    throw new UserFacingException(problem, "error.attach.tooLarge", name, megapixels[0], megapixels[1]);
                }
                default -> throw new UserFacingException(problem, "error.attach.unreadable", name);
            }
        }
    }
}
