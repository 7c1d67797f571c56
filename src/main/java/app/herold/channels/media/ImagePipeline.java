package app.herold.channels.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import javax.imageio.IIOImage;

/**
 * Prepares a photo for one channel: upright, sRGB, in the channel's shape and size, without any
 * metadata, and under its file size. Slow work (decoding, scaling, encoding), so callers run it off
 * the UI thread; an instance holds no state besides its folder and may be shared between threads.
 */
public final class ImagePipeline {

    /** From best to worst; below 0.5 JPEG blocks show, and a smaller picture looks better than a blocky one. */
    private static final float[] JPEG_QUALITIES = {0.92f, 0.85f, 0.78f, 0.71f, 0.64f, 0.57f, 0.5f};

    private final PreparedFiles cache;

    /** Prepared files are written to {@code cacheDirectory}, which is created when first needed. */
    public ImagePipeline(Path cacheDirectory) {
        this.cache = new PreparedFiles(Objects.requireNonNull(cacheDirectory, "cacheDirectory"));
    }

    /** Format and size as shown (after the EXIF orientation), read from the file's header without decoding it. */
    public ImageInfo inspect(Path source) {
        return inspectFile(source);
    }

    /** {@link #inspect} for callers that prepare nothing and so need no cache folder. */
    public static ImageInfo inspectFile(Path source) {
        PictureReader.Header header = PictureReader.header(source);
        return new ImageInfo(header.format(), header.width(), header.height(), header.orientation(), sizeOf(source));
    }

    /**
     * {@link #inspectFile}, after decoding every pixel once (every n-th, for a big photo, so memory stays
     * small): a truncated or broken file is found when it is added, not when it is exported days later.
     *
     * @throws ImageProblem if the file is not a usable picture
     */
    public static ImageInfo checkFile(Path source) {
        PictureReader.Header header = PictureReader.header(source);
        int subsampling = 1;
        while (((long) header.storedWidth() / subsampling) * (header.storedHeight() / subsampling) > CHECK_PIXELS) {
            subsampling++;
        }
        PictureReader.decode(source, header, subsampling);
        return new ImageInfo(header.format(), header.width(), header.height(), header.orientation(), sizeOf(source));
    }

    /** Pixels decoded at most when checking a picture: enough to read every byte, about 16 MB of memory. */
    private static final long CHECK_PIXELS = 4_000_000L;

    /**
     * The picture as the channel takes it. Preparing the same source with the same rules, focus and
     * fit again returns the file made the first time.
     *
     * @throws ImageProblem if the file is not a usable picture or the result cannot be saved
     */
    public PreparedImage prepare(Path source, ImageRules rules, FocalPoint focus, FitMode fit, Progress progress) {
        Objects.requireNonNull(rules, "rules");
        Objects.requireNonNull(focus, "focus");
        Objects.requireNonNull(fit, "fit");
        Objects.requireNonNull(progress, "progress");
        progress.report(0);
        // The header first: a file that is no usable picture is refused before all its bytes are hashed.
        PictureReader.Header header = PictureReader.header(source);
        String name = PreparedFiles.name(sourceSha256(source), rules, focus, fit);
        PreparedImage known = cache.find(name).orElse(null);
        if (known != null) {
            progress.report(1);
            return known;
        }
        progress.report(0.05);
        Framing framing = Framing.plan(header.width(), header.height(), rules, focus, fit);
        boolean mayStayPng = header.format() == ImageFormat.PNG && rules.accepted().contains(ImageFormat.PNG)
                && !rules.alwaysJpeg();
        progress.report(0.1);
        BufferedImage upright = uprightInSrgb(source, header, framing, mayStayPng, progress);
        progress.report(0.6);
        return encodedWithinLimit(name, upright, framing, rules, mayStayPng, progress);
    }

    /** In a method of its own so the decoded copy is garbage as soon as the upright one exists. */
    private static BufferedImage uprightInSrgb(Path source, PictureReader.Header header, Framing framing,
                                               boolean keepAlpha, Progress progress) {
        IIOImage decoded = PictureReader.decode(source, header,
                PictureReader.subsampling(framing.scaleFrom(header.width()), header));
        progress.report(0.5);
        BufferedImage pixels = PngColourProfile.applied((BufferedImage) decoded.getRenderedImage(), decoded.getMetadata());
        return ExifOrientation.upright(Pixels.workingCopy(pixels, keepAlpha), header.orientation());
    }

    private PreparedImage encodedWithinLimit(String name, BufferedImage upright, Framing framing, ImageRules rules,
                                             boolean mayStayPng, Progress progress) {
        boolean png = mayStayPng;
        int attempts = 0;
        Framing current = framing;
        float[] qualities = JPEG_QUALITIES;
        try {
            while (true) {
                BufferedImage picture = Pixels.framed(upright, current, png && upright.getColorModel().hasAlpha());
                if (png) {
                    byte[] bytes = Encoder.png(picture);
                    progress.report(encodingProgress(++attempts));
                    if (fits(bytes, rules)) {
                        return stored(name, ImageFormat.PNG, bytes, picture, progress);
                    }
                    png = false;
                    picture = Pixels.onWhite(picture);
                }
                for (float quality : qualities) {
                    byte[] bytes = Encoder.jpeg(picture, quality);
                    progress.report(encodingProgress(++attempts));
                    if (fits(bytes, rules)) {
                        return stored(name, ImageFormat.JPEG, bytes, picture, progress);
                    }
                }
                // The quality is at its floor; from here on only the size gives way.
                qualities = new float[] {JPEG_QUALITIES[JPEG_QUALITIES.length - 1]};
                current = current.smaller(rules)
                        .orElseThrow(() -> new ImageProblem(ImageProblem.CANNOT_SHRINK, rules.maxFileBytes() / 1000));
            }
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.CANNOT_SAVE);
        }
    }

    private PreparedImage stored(String name, ImageFormat format, byte[] bytes, BufferedImage picture, Progress progress) {
        PreparedImage prepared = cache.store(name, format, bytes, picture.getWidth(), picture.getHeight());
        progress.report(1);
        return prepared;
    }

    /** Creeps from 0.6 towards 0.95: how many encodings a file needs is known only when one fits. */
    private static double encodingProgress(int attempts) {
        return 0.95 - 0.35 / (attempts + 1);
    }

    private static boolean fits(byte[] bytes, ImageRules rules) {
        return !Framing.limited(rules.maxFileBytes()) || bytes.length <= rules.maxFileBytes();
    }

    private static String sourceSha256(Path source) {
        try {
            return PreparedFiles.sha256Of(source);
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.UNREADABLE, String.valueOf(source.getFileName()));
        }
    }

    private static long sizeOf(Path source) {
        try {
            return Files.size(source);
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.UNREADABLE, String.valueOf(source.getFileName()));
        }
    }
}
