package app.herold.channels.media;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.ColorModel;
import java.awt.image.IndexColorModel;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/** The pixel work between decoding and encoding, on 8-bit sRGB pixels in one of two layouts. */
final class Pixels {

    private Pixels() {
    }

    /**
     * An 8-bit sRGB copy: opaque (transparency laid onto white) unless {@code keepAlpha}, then
     * premultiplied, because scaling straight alpha bleeds the colour of invisible pixels into the edges.
     */
    static BufferedImage workingCopy(BufferedImage decoded, boolean keepAlpha) {
        ColorModel model = decoded.getColorModel();
        boolean alpha = keepAlpha && model.hasAlpha();
        int type = alpha ? BufferedImage.TYPE_INT_ARGB_PRE : BufferedImage.TYPE_INT_RGB;
        BufferedImage source = decoded;
        if (model.getColorSpace().getType() == ColorSpace.TYPE_GRAY && !(model instanceof IndexColorModel)) {
            source = grayAsRgb(decoded);
        } else if (!model.getColorSpace().isCS_sRGB()) {
            BufferedImage converted = new BufferedImage(decoded.getWidth(), decoded.getHeight(),
                    model.hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
            source = new ColorConvertOp(null).filter(decoded, converted);
        }
        if (source.getType() == type) {
            return source;
        }
        BufferedImage copy = new BufferedImage(decoded.getWidth(), decoded.getHeight(), type);
        Graphics2D g = copy.createGraphics();
        try {
            if (!alpha) {
                g.setColor(Color.WHITE);
                g.fillRect(0, 0, copy.getWidth(), copy.getHeight());
            }
            g.drawImage(source, 0, 0, null);
        } finally {
            g.dispose();
        }
        return copy;
    }

    /**
     * The kept part of the upright picture, scaled to the framing's size and laid on a white canvas.
     * With {@code keepAlpha} the bars are white and the picture's own transparency stays.
     */
    static BufferedImage framed(BufferedImage upright, Framing framing, boolean keepAlpha) {
        int x = (int) Math.round(framing.cropX() * upright.getWidth());
        int y = (int) Math.round(framing.cropY() * upright.getHeight());
        int w = Math.max(1, Math.min(upright.getWidth() - x, (int) Math.round(framing.cropWidth() * upright.getWidth())));
        int h = Math.max(1, Math.min(upright.getHeight() - y, (int) Math.round(framing.cropHeight() * upright.getHeight())));
        int[] content = framing.content();
        BufferedImage scaled = resized(upright.getSubimage(x, y, w, h), content[2], content[3]);
        BufferedImage canvas = new BufferedImage(framing.width(), framing.height(),
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, canvas.getWidth(), canvas.getHeight());
            g.setComposite(keepAlpha ? AlphaComposite.Src : AlphaComposite.SrcOver);
            g.drawImage(scaled, content[0], content[1], null);
        } finally {
            g.dispose();
        }
        return canvas;
    }

    /** The picture laid onto white, for a format without transparency. */
    static BufferedImage onWhite(BufferedImage picture) {
        if (!picture.getColorModel().hasAlpha()) {
            return picture;
        }
        BufferedImage opaque = new BufferedImage(picture.getWidth(), picture.getHeight(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = opaque.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, opaque.getWidth(), opaque.getHeight());
            g.drawImage(picture, 0, 0, null);
        } finally {
            g.dispose();
        }
        return opaque;
    }

    /**
     * Halving steps with bilinear filtering average every source pixel; one big bicubic or
     * nearest-neighbour step would skip most of them and leave jagged edges and moiré. The last
     * step, by less than half, is bicubic.
     */
    static BufferedImage resized(BufferedImage picture, int width, int height) {
        BufferedImage current = picture;
        int w = picture.getWidth();
        int h = picture.getHeight();
        if (w == width && h == height) {
            return picture;
        }
        while (w / 2 >= width && h / 2 >= height) {
            w /= 2;
            h /= 2;
            current = drawn(current, w, h, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        }
        return w == width && h == height ? current : drawn(current, width, height, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    private static BufferedImage drawn(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage target = new BufferedImage(width, height, source.getType());
        Graphics2D g = target.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(source, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }

    /**
     * Grey values taken as they are stored. Java2D draws grey with transparency (a custom image
     * type) as linear light and brightens it, mid grey 128 to 188; PNG grey is meant like sRGB.
     */
    private static BufferedImage grayAsRgb(BufferedImage gray) {
        Raster raster = gray.getRaster();
        ColorModel model = gray.getColorModel();
        boolean alpha = model.hasAlpha();
        int bands = raster.getNumBands();
        int greyMax = (1 << model.getComponentSize(0)) - 1;
        int alphaMax = alpha ? (1 << model.getComponentSize(bands - 1)) - 1 : 1;
        int width = gray.getWidth();
        BufferedImage rgb = new BufferedImage(width, gray.getHeight(),
                alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        WritableRaster target = rgb.getRaster();
        int[] samples = new int[width * bands];
        int[] row = new int[width];
        for (int y = 0; y < gray.getHeight(); y++) {
            raster.getPixels(raster.getMinX(), raster.getMinY() + y, width, 1, samples);
            for (int x = 0; x < width; x++) {
                int v = (samples[x * bands] * 255 + greyMax / 2) / greyMax;
                int a = alpha ? (samples[x * bands + bands - 1] * 255 + alphaMax / 2) / alphaMax : 255;
                row[x] = a << 24 | v << 16 | v << 8 | v;
            }
            target.setDataElements(0, y, width, 1, row);
        }
        return rgb;
    }
}
