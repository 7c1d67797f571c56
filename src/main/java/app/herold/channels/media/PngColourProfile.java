package app.herold.channels.media;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorModel;
import java.awt.image.ComponentColorModel;
import java.io.ByteArrayOutputStream;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import org.w3c.dom.Node;

/**
 * The colour profile of a PNG (its iCCP chunk). The JDK's PNG reader keeps it in the metadata and
 * labels the pixels sRGB; screenshots from recent phones are Display P3 and would look dull if
 * their values were taken as sRGB. Here the pixels get their own profile back, so the conversion
 * to sRGB that follows does the right thing.
 */
final class PngColourProfile {

    private static final System.Logger LOG = System.getLogger(PngColourProfile.class.getName());
    private static final String NATIVE_FORMAT = "javax_imageio_png_1.0";
    private static final int LARGEST_PROFILE = 4 << 20;

    private PngColourProfile() {
    }

    static BufferedImage applied(BufferedImage pixels, IIOMetadata metadata) {
        if (metadata == null || !(pixels.getColorModel() instanceof ComponentColorModel model)
                || model.getColorSpace().getType() != ColorSpace.TYPE_RGB) {
            return pixels;
        }
        try {
            byte[] compressed = profileChunk(metadata.getAsTree(NATIVE_FORMAT));
            if (compressed == null) {
                return pixels;
            }
            ICC_Profile profile = ICC_Profile.getInstance(inflate(compressed));
            if (profile.getColorSpaceType() != ColorSpace.TYPE_RGB) {
                return pixels;
            }
            ColorModel relabelled = new ComponentColorModel(new ICC_ColorSpace(profile), model.hasAlpha(),
                    model.isAlphaPremultiplied(), model.getTransparency(), model.getTransferType());
            if (!relabelled.isCompatibleRaster(pixels.getRaster())) {
                return pixels;
            }
            return new BufferedImage(relabelled, pixels.getRaster(), false, null);
        } catch (DataFormatException | RuntimeException e) {
            LOG.log(System.Logger.Level.DEBUG, "PNG colour profile unusable, pixels taken as sRGB", e);
            return pixels;
        }
    }

    private static byte[] profileChunk(Node root) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNextSibling()) {
            if ("iCCP".equals(child.getNodeName()) && child instanceof IIOMetadataNode node
                    && node.getUserObject() instanceof byte[] bytes) {
                return bytes;
            }
        }
        return null;
    }

    private static byte[] inflate(byte[] compressed) throws DataFormatException {
        Inflater inflater = new Inflater();
        try {
            inflater.setInput(compressed);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            while (!inflater.finished()) {
                int n = inflater.inflate(buffer);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    throw new DataFormatException("incomplete colour profile");
                }
                out.write(buffer, 0, n);
                if (out.size() > LARGEST_PROFILE) {
                    throw new DataFormatException("colour profile larger than " + LARGEST_PROFILE + " bytes");
                }
            }
            return out.toByteArray();
        } finally {
            inflater.end();
        }
    }
}
