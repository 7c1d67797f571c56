package app.herold.channels.media;

import com.twelvemonkeys.imageio.metadata.Directory;
import com.twelvemonkeys.imageio.metadata.Entry;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEG;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegment;
import com.twelvemonkeys.imageio.metadata.jpeg.JPEGSegmentUtil;
import com.twelvemonkeys.imageio.metadata.tiff.TIFF;
import com.twelvemonkeys.imageio.metadata.tiff.TIFFReader;
import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * The EXIF orientation tag: phones store the sensor's pixels as they come and note in this tag how
 * to turn them, so a portrait photo is stored lying on its side. Channels show the stored pixels,
 * which is why the pipeline turns them itself and then drops the tag with the rest of the metadata.
 */
final class ExifOrientation {

    static final int UPRIGHT = 1;

    private static final System.Logger LOG = System.getLogger(ExifOrientation.class.getName());
    private static final byte[] EXIF_PREFIX = {'E', 'x', 'i', 'f', 0, 0};
    private static final int LONGEST_CHUNK_READ = 1 << 20;

    private ExifOrientation() {
    }

    /** The tag's value 1..8, or {@link #UPRIGHT} where there is none or it cannot be read: a broken tag must not cost the photo. */
    static int read(ImageInputStream in, ImageFormat format) {
        ByteOrder readersOrder = in.getByteOrder();
        try {
            byte[] exif = switch (format) {
                case JPEG -> fromJpeg(in);
                case PNG -> fromChunks(in, 8, "eXIf", ByteOrder.BIG_ENDIAN, false);
                case WEBP -> fromChunks(in, 12, "EXIF", ByteOrder.LITTLE_ENDIAN, true);
            };
            return exif == null ? UPRIGHT : fromTiff(exif);
        } catch (IOException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "EXIF orientation unreadable, taken as upright", e);
            return UPRIGHT;
        } finally {
            in.setByteOrder(readersOrder);
        }
    }

    static boolean swapsSides(int orientation) {
        return orientation >= 5 && orientation <= 8;
    }

    /** The picture turned and mirrored as the tag says; exact pixel moves, no resampling. */
    static BufferedImage upright(BufferedImage stored, int orientation) {
        if (orientation <= UPRIGHT || orientation > 8) {
            return stored;
        }
        int w = stored.getWidth();
        int h = stored.getHeight();
        AffineTransform transform = switch (orientation) {
            case 2 -> new AffineTransform(-1, 0, 0, 1, w, 0);
            case 3 -> new AffineTransform(-1, 0, 0, -1, w, h);
            case 4 -> new AffineTransform(1, 0, 0, -1, 0, h);
            case 5 -> new AffineTransform(0, 1, 1, 0, 0, 0);
            case 6 -> new AffineTransform(0, 1, -1, 0, h, 0);
            case 7 -> new AffineTransform(0, -1, -1, 0, h, w);
            default -> new AffineTransform(0, -1, 1, 0, 0, w);
        };
        boolean swap = swapsSides(orientation);
        BufferedImage upright = new BufferedImage(swap ? h : w, swap ? w : h, stored.getType());
        Graphics2D g = upright.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.drawImage(stored, transform, null);
        } finally {
            g.dispose();
        }
        return upright;
    }

    private static byte[] fromJpeg(ImageInputStream in) throws IOException {
        in.seek(0);
        List<JPEGSegment> segments = JPEGSegmentUtil.readSegments(in, JPEG.APP1, "Exif");
        if (segments.isEmpty()) {
            return null;
        }
        byte[] data = segments.get(0).data().readAllBytes();
        // The identifier "Exif" is followed by two zero bytes; the segment reader drops only the first.
        return data.length > 0 && data[0] == 0 ? Arrays.copyOfRange(data, 1, data.length) : data;
    }

    /** PNG and WebP both store EXIF as a chunk: a four-letter type and a length, PNG's big-endian with a CRC after, WebP's little-endian padded to even. */
    private static byte[] fromChunks(ImageInputStream in, int headerLength, String wanted, ByteOrder order, boolean riff)
            throws IOException {
        in.setByteOrder(order);
        in.seek(headerLength);
        byte[] type = new byte[4];
        while (true) {
            long length;
            if (riff) {
                if (in.read(type) < 4) {
                    return null;
                }
                length = in.readUnsignedInt();
            } else {
                length = in.readUnsignedInt();
                in.readFully(type);
            }
            String name = new String(type, StandardCharsets.US_ASCII);
            if (name.equals(wanted)) {
                if (length > LONGEST_CHUNK_READ) {
                    return null;
                }
                byte[] data = new byte[(int) length];
                in.readFully(data);
                return data;
            }
            // Writers put eXIf before the pixel data; stopping there spares reading through the whole file.
            if (name.equals("IEND") || name.equals("IDAT")) {
                return null;
            }
            in.skipBytes(riff ? length + (length & 1) : length + 4);
        }
    }

    private static int fromTiff(byte[] exif) throws IOException {
        int start = startsWith(exif, EXIF_PREFIX) ? EXIF_PREFIX.length : 0;
        try (ImageInputStream tiff = new MemoryCacheImageInputStream(
                new ByteArrayInputStream(exif, start, exif.length - start))) {
            Directory directory = new TIFFReader().read(tiff);
            Entry entry = directory.getEntryById(TIFF.TAG_ORIENTATION);
            if (entry != null && entry.getValue() instanceof Number value && value.intValue() >= 1 && value.intValue() <= 8) {
                return value.intValue();
            }
            return UPRIGHT;
        }
    }

    private static boolean startsWith(byte[] data, byte[] prefix) {
        return data.length >= prefix.length && Arrays.equals(data, 0, prefix.length, prefix, 0, prefix.length);
    }
}
