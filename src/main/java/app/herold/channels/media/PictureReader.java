package app.herold.channels.media;

import java.awt.image.BufferedImage;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Optional;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.event.IIOReadWarningListener;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;

/** Opens a picture file: what it is and how big, before any pixel is decoded, and then its pixels at a chosen subsampling. */
final class PictureReader {

    /** 100 megapixels: a 50-megapixel camera fits with room, and decoding stays within a laptop's memory. */
    static final long MOST_PIXELS = 100_000_000L;
    /** Pixels decoded at once when subsampling may reduce them: about 100 MB as 32-bit pixels. */
    private static final long DECODE_BUDGET_PIXELS = 24_000_000L;

    private static final System.Logger LOG = System.getLogger(PictureReader.class.getName());

    static {
        // The service loader finds the TwelveMonkeys plug-ins only if ImageIO was first used from a class
        // loader that sees their jars; a second scan repairs a registry started elsewhere.
        if (!ImageIO.getImageReadersByFormatName("webp").hasNext()) {
            ImageIO.scanForPlugins();
        }
    }

    /** A picture as stored, with the orientation it is shown in. */
    record Header(ImageFormat format, int storedWidth, int storedHeight, int orientation) {

        int width() {
            return ExifOrientation.swapsSides(orientation) ? storedHeight : storedWidth;
        }

        int height() {
            return ExifOrientation.swapsSides(orientation) ? storedWidth : storedHeight;
        }
    }

    private PictureReader() {
    }

    static Header header(Path file) {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(in, file);
            try {
                ImageFormat format = formatOf(reader).orElseThrow();
                // Before the reader takes the stream: the PNG reader discards what it has read past.
                int orientation = ExifOrientation.read(in, format);
                in.seek(0);
                int width;
                int height;
                try {
                    reader.setInput(in, true, true);
                    width = reader.getWidth(0);
                    height = reader.getHeight(0);
                } catch (IOException | RuntimeException e) {
                    throw new ImageProblem(e, ImageProblem.DAMAGED);
                }
                if (width <= 0 || height <= 0) {
                    throw new ImageProblem(ImageProblem.DAMAGED);
                }
                long pixels = (long) width * height;
                if (pixels > MOST_PIXELS) {
                    throw new ImageProblem(ImageProblem.TOO_LARGE, Math.round(pixels / 1e6), MOST_PIXELS / 1_000_000);
                }
                return new Header(format, width, height, orientation);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.UNREADABLE, file.getFileName().toString());
        }
    }

    /**
     * 1, unless the whole picture would take more memory than the budget: then the smallest factor
     * that fits it, but never one that leaves fewer pixels than the output needs. Taking every n-th
     * pixel skips the others and lets fine patterns alias, so it is kept for the big photos only.
     */
    static int subsampling(double scale, Header header) {
        int coarsest = Math.max(1, (int) Math.floor(1 / scale));
        int factor = 1;
        while (factor < coarsest && decodedPixels(header, factor) > DECODE_BUDGET_PIXELS) {
            factor++;
        }
        return factor;
    }

    /** The pixels as stored (not yet turned upright), every {@code subsampling}-th in each direction. */
    static IIOImage decode(Path file, Header header, int subsampling) {
        try (ImageInputStream in = open(file)) {
            ImageReader reader = readerFor(in, file);
            DamageWatch damage = new DamageWatch();
            try {
                reader.setInput(in, true, header.format() != ImageFormat.PNG);
                reader.addIIOReadWarningListener(damage);
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceSubsampling(subsampling, subsampling, 0, 0);
                BufferedImage pixels = reader.read(0, param);
                // The PNG reader leaves an embedded colour profile in the metadata; JPEG and WebP apply theirs.
                IIOImage image = new IIOImage(pixels, null,
                        header.format() == ImageFormat.PNG ? reader.getImageMetadata(0) : null);
                if (damage.damaged) {
                    throw new ImageProblem(ImageProblem.DAMAGED);
                }
                return image;
            } catch (IOException | RuntimeException e) {
                if (e instanceof ImageProblem problem) {
                    throw problem;
                }
                throw new ImageProblem(e, ImageProblem.DAMAGED);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new ImageProblem(e, ImageProblem.UNREADABLE, file.getFileName().toString());
        }
    }

    private static long decodedPixels(Header header, int factor) {
        return ((long) header.storedWidth() + factor - 1) / factor * (((long) header.storedHeight() + factor - 1) / factor);
    }

    private static ImageInputStream open(Path file) throws IOException {
        try {
            return new FileImageInputStream(file.toFile());
        } catch (FileNotFoundException e) {
            throw new IOException(e);
        }
    }

    /** A reader chosen by the file's first bytes, never by its name, so a text file called photo.jpg is caught. */
    private static ImageReader readerFor(ImageInputStream in, Path file) {
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        String otherFormat = null;
        while (readers.hasNext()) {
            ImageReader reader = readers.next();
            if (formatOf(reader).isPresent()) {
                return reader;
            }
            if (otherFormat == null) {
                otherFormat = formatName(reader);
            }
            reader.dispose();
        }
        if (otherFormat != null) {
            throw new ImageProblem(ImageProblem.UNSUPPORTED_FORMAT, otherFormat.toUpperCase(Locale.ROOT));
        }
        LOG.log(System.Logger.Level.DEBUG, () -> "no image reader recognises " + file);
        throw new ImageProblem(ImageProblem.NOT_AN_IMAGE);
    }

    private static Optional<ImageFormat> formatOf(ImageReader reader) {
        return switch (formatName(reader).toLowerCase(Locale.ROOT)) {
            case "jpeg", "jpg" -> Optional.of(ImageFormat.JPEG);
            case "png" -> Optional.of(ImageFormat.PNG);
            case "webp" -> Optional.of(ImageFormat.WEBP);
            default -> Optional.empty();
        };
    }

    private static String formatName(ImageReader reader) {
        try {
            return reader.getFormatName();
        } catch (IOException e) {
            return "?";
        }
    }

    /**
     * The JPEG decoder does not fail on a cut-off file: it warns and paints the missing part grey.
     * Those warnings mark the picture as damaged; harmless ones (stray bytes between markers, a
     * missing colour profile) are only logged, as phones and cameras write such files every day.
     */
    private static final class DamageWatch implements IIOReadWarningListener {

        private boolean damaged;

        @Override
        public void warningOccurred(ImageReader source, String warning) {
            String text = warning == null ? "" : warning.toLowerCase(Locale.ROOT);
            if (text.contains("premature end") || text.contains("truncated") || text.contains("missing eoi")) {
                damaged = true;
            } else {
                LOG.log(System.Logger.Level.DEBUG, () -> "image reader warning: " + warning);
            }
        }
    }
}
