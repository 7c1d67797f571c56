package app.herold.testing;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Files a user might add by mistake or receive broken, made in a test's folder. */
public final class BadInputFiles {

    /** 8,660 x 5,774: what a 50-megapixel camera (Canon EOS 5DS, Sony A7R) writes. */
    public static final int FIFTY_MP_WIDTH = 8_660;
    public static final int FIFTY_MP_HEIGHT = 5_774;

    /** Encoding 50 megapixels takes seconds; one copy serves every test of the run. */
    private static Path fiftyMegapixels;

    private BadInputFiles() {
    }

    private static final String SENTENCES = "Die SPD und die CDU laden alle Bürgerinnen 👩‍👩‍👧 und Bürger zum "
            + "**Weihnachtsmarkt** ein. #Advent https://www.meerane.de @stadt@social.example\n";

    /**
     * 1,048,576 characters (a megabyte as an editor counts), of the kind that keeps the checks busy: party
     * names, emoji, formatting, hashtags, links and mentions in every line.
     */
    public static String megabyteOfText() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1_048_576) {
            text.append(SENTENCES);
        }
        text.setLength(1_048_576);
        return text.toString();
    }

    /** A small photo that is fine. */
    public static Path goodJpeg(Path folder, String name) {
        // Coloured by name: two photos must not be the same file to the library, which keeps each content once.
        return write(folder.resolve(name), picture(1200, 800, new Color(name.hashCode() & 0xffffff)));
    }

    /** A photo cut off after 60 % of its bytes, as a copy interrupted by pulling the card or the cable. */
    public static Path truncatedJpeg(Path folder, String name) {
        try {
            Path whole = goodJpeg(folder, "ganz-" + name);
            byte[] bytes = Files.readAllBytes(whole);
            Files.delete(whole);
            return Files.write(folder.resolve(name), Arrays.copyOf(bytes, bytes.length * 6 / 10));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF (an invitation from another office) renamed to .jpg. */
    public static Path pdfNamedJpg(Path folder, String name) {
        String pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n";
        return text(folder.resolve(name), pdf);
    }

    public static Path text(Path file, String content) {
        try {
            return Files.writeString(file, content, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 50-megapixel JPEG (about 4 MB, smooth colours) copied to {@code folder}. */
    public static synchronized Path fiftyMegapixelJpeg(Path folder, String name) {
        try {
            if (fiftyMegapixels == null || !Files.exists(fiftyMegapixels)) {
                Path made = Files.createTempFile("herold-50mp-", ".jpg");
                made.toFile().deleteOnExit();
                write(made, picture(FIFTY_MP_WIDTH, FIFTY_MP_HEIGHT, Color.BLUE));
                fiftyMegapixels = made;
            }
            return Files.copy(fiftyMegapixels, folder.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage picture(int width, int height, Color accent) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D graphics = image.createGraphics();
        graphics.setPaint(new GradientPaint(0, 0, new Color(40, 120, 200), width, height, accent));
        graphics.fillRect(0, 0, width, height);
        graphics.dispose();
        return image;
    }

    private static Path write(Path file, BufferedImage image) {
        try {
            if (!ImageIO.write(image, "jpg", file.toFile())) {
                throw new IOException("no JPEG writer");
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
