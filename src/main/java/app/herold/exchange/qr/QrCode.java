package app.herold.exchange.qr;

import app.herold.domain.UserFacingException;
import app.herold.exchange.WriteFailures;
import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * A channel's join link as a QR code, for posters (PNG) and the town's website or print shop (SVG).
 * Unverified WhatsApp channels can only be joined by link, so the code is how people on the street
 * find the channel.
 */
public final class QrCode {

    /** The white margin the QR specification asks for; scanners struggle to find a code without it. */
    private static final int QUIET_ZONE = 4;

    /**
     * About 7 cm at 300 dpi for a typical channel link: enough for an A4 poster. Larger prints
     * should use the SVG, which scales without blur.
     */
    private static final int DEFAULT_PIXELS_PER_MODULE = 20;

    private final String content;
    private final BitMatrix matrix;

    private QrCode(String content, BitMatrix matrix) {
        this.content = content;
        this.matrix = matrix;
    }

    /** Error correction M: a code on a poster still scans with a smudge or a staple through it. */
    public static QrCode of(String content) {
        if (content == null || content.isBlank()) {
            throw new UserFacingException("error.qr.content");
        }
        Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
        hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
        hints.put(EncodeHintType.MARGIN, 0);
        // The UTF-8 hint adds an ECI header, which some older scanner apps show as stray characters;
        // plain ASCII links read the same without it.
        if (!StandardCharsets.US_ASCII.newEncoder().canEncode(content)) {
            hints.put(EncodeHintType.CHARACTER_SET, StandardCharsets.UTF_8.name());
        }
        try {
            return new QrCode(content, new QRCodeWriter().encode(content, BarcodeFormat.QR_CODE, 0, 0, hints));
        } catch (WriterException | IllegalArgumentException e) {
            throw new UserFacingException(e, "error.qr.content");
        }
    }

    public int modules() {
        return matrix.getWidth();
    }

    public boolean isDark(int x, int y) {
        Objects.checkIndex(x, modules());
        Objects.checkIndex(y, modules());
        return matrix.get(x, y);
    }

    /** Chooses PNG or SVG by the file's extension, as the save dialog leaves it. */
    public void write(Path file) {
        String name = file.getFileName().toString();
        String lowerCase = name.toLowerCase(Locale.ROOT);
        if (lowerCase.endsWith(".png")) {
            writePng(file, DEFAULT_PIXELS_PER_MODULE);
        } else if (lowerCase.endsWith(".svg")) {
            writeSvg(file);
        } else {
            throw new UserFacingException("error.qr.format", name);
        }
    }

    public void writePng(Path file, int pixelsPerModule) {
        if (pixelsPerModule < 1) {
            throw new IllegalArgumentException("pixelsPerModule must be at least 1, was " + pixelsPerModule);
        }
        int side = (modules() + 2 * QUIET_ZONE) * pixelsPerModule;
        // One bit per pixel: the code is only black and white, and printers get crisp edges.
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_BYTE_BINARY);
        Graphics2D graphics = image.createGraphics();
        try {
            graphics.setColor(Color.WHITE);
            graphics.fillRect(0, 0, side, side);
            graphics.setColor(Color.BLACK);
            for (int y = 0; y < modules(); y++) {
                for (int x = 0; x < modules(); x++) {
                    if (matrix.get(x, y)) {
                        graphics.fillRect((x + QUIET_ZONE) * pixelsPerModule, (y + QUIET_ZONE) * pixelsPerModule,
                                pixelsPerModule, pixelsPerModule);
                    }
                }
            }
        } finally {
            graphics.dispose();
        }
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            if (!ImageIO.write(image, "png", out)) {
                throw new IOException("no PNG writer available");
            }
        } catch (IOException e) {
            throw WriteFailures.of(e, file);
        }
    }

    public void writeSvg(Path file) {
        try {
            Files.writeString(file, svg(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw WriteFailures.of(e, file);
        }
    }

    private String svg() {
        int side = modules() + 2 * QUIET_ZONE;
        StringBuilder svg = new StringBuilder(4096)
                .append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(side).append(' ').append(side)
                .append("\" shape-rendering=\"crispEdges\" role=\"img\">\n")
                // Screen readers on the town's website announce the title, so the link stays reachable.
                .append("<title>").append(escapeXml(content)).append("</title>\n")
                .append("<rect width=\"").append(side).append("\" height=\"").append(side).append("\" fill=\"#ffffff\"/>\n")
                .append("<path fill=\"#000000\" d=\"");
        appendDarkRuns(svg);
        return svg.append("\"/>\n</svg>\n").toString();
    }

    /** One rectangle per horizontal run of dark modules keeps the file small and free of hairline seams. */
    private void appendDarkRuns(StringBuilder path) {
        for (int y = 0; y < modules(); y++) {
            int x = 0;
            while (x < modules()) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < modules() && matrix.get(x, y)) {
                    x++;
                }
                int run = x - start;
                path.append('M').append(start + QUIET_ZONE).append(' ').append(y + QUIET_ZONE)
                        .append('h').append(run).append("v1h-").append(run).append('z');
            }
        }
    }

    private static String escapeXml(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    // XML 1.0 has no way to write other control characters; a title without them reads the same.
                    if (c >= ' ' || c == '\t' || c == '\n' || c == '\r') {
                        escaped.append(c);
                    }
                }
            }
        }
        return escaped.toString();
    }
}
