package app.herold.exchange.qr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import app.herold.i18n.Messages;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** The code on the poster is read back the way a phone would: decoded from the written file. */
class QrCodeTest {

    private static final String CHANNEL_LINK = "https://whatsapp.com/channel/0029VaExampleMeeraneStadt";
    private static final int QUIET_ZONE = 4;
    private static final Pattern RUN = Pattern.compile("M(\\d+) (\\d+)h(\\d+)v1h-(\\d+)z");

    @TempDir
    Path folder;

    @Test
    void aPosterCodeScansBackToTheChannelLink() throws Exception {
        Path png = folder.resolve("plakat.png");

        QrCode.of(CHANNEL_LINK).writePng(png, 8);

        assertThat(decode(ImageIO.read(png.toFile()))).isEqualTo(CHANNEL_LINK);
    }

    @Test
    void thePosterCodeHasAWhiteMarginOfFourModules() throws Exception {
        QrCode code = QrCode.of(CHANNEL_LINK);
        Path png = folder.resolve("plakat.png");

        code.writePng(png, 5);

        BufferedImage image = ImageIO.read(png.toFile());
        int side = (code.modules() + 2 * QUIET_ZONE) * 5;
        assertThat(image.getWidth()).isEqualTo(side);
        assertThat(image.getHeight()).isEqualTo(side);
        for (int i = 0; i < side; i++) {
            assertThat(isBlack(image, i, QUIET_ZONE * 5 - 1)).as("row above the code, x=%d", i).isFalse();
            assertThat(isBlack(image, QUIET_ZONE * 5 - 1, i)).as("column left of the code, y=%d", i).isFalse();
        }
        // Every QR code starts with the dark corner of a finder pattern.
        assertThat(isBlack(image, QUIET_ZONE * 5, QUIET_ZONE * 5)).isTrue();
    }

    @Test
    void theWebsiteCodeShowsTheSameModulesAndScansBackToTheChannelLink() throws Exception {
        QrCode code = QrCode.of(CHANNEL_LINK);
        Path svg = folder.resolve("website.svg");

        code.writeSvg(svg);

        boolean[][] dark = rasterise(svg, code.modules() + 2 * QUIET_ZONE);
        for (int y = 0; y < dark.length; y++) {
            for (int x = 0; x < dark.length; x++) {
                boolean inCode = x >= QUIET_ZONE && y >= QUIET_ZONE
                        && x < QUIET_ZONE + code.modules() && y < QUIET_ZONE + code.modules();
                boolean expected = inCode && code.isDark(x - QUIET_ZONE, y - QUIET_ZONE);
                assertThat(dark[y][x]).as("module %d,%d", x, y).isEqualTo(expected);
            }
        }
        assertThat(decode(toImage(dark, 4))).isEqualTo(CHANNEL_LINK);
    }

    @Test
    void umlautsInALinkSurviveThePosterAndTheWebsite() throws Exception {
        String link = "https://meerane.de/veranstaltungen?ort=Rathausstraße&titel=Bürgerfest&x=<ü>";
        QrCode code = QrCode.of(link);
        Path png = folder.resolve("bürgerfest.PNG");
        Path svg = folder.resolve("bürgerfest.SVG");

        code.write(png);
        code.write(svg);

        assertThat(decode(ImageIO.read(png.toFile()))).isEqualTo(link);
        assertThat(decode(toImage(rasterise(svg, code.modules() + 2 * QUIET_ZONE), 4))).isEqualTo(link);
        assertThat(parse(svg).getElementsByTagName("title").item(0).getTextContent()).isEqualTo(link);
    }

    @Test
    void aGifTargetIsRefusedAndNothingIsWritten() {
        Path gif = folder.resolve("plakat.gif");

        assertThatThrownBy(() -> QrCode.of(CHANNEL_LINK).write(gif))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.qr.format");
                    assertThat(e.arguments()).containsExactly("plakat.gif");
                    assertThat(Messages.forLanguage("de").format(e.messageKey(), e.arguments()))
                            .startsWith("plakat.gif ist weder eine PNG- noch eine SVG-Datei");
                });
        assertThat(gif).doesNotExist();
    }

    @Test
    void anEmptyOrOverlongLinkIsRefusedWithASentenceForTheUser() {
        String tooLong = "https://meerane.de/?" + "x".repeat(3000);

        for (String content : new String[] {"", "   ", tooLong}) {
            assertThatThrownBy(() -> QrCode.of(content))
                    .isInstanceOfSatisfying(UserFacingException.class,
                            e -> assertThat(e.messageKey()).isEqualTo("error.qr.content"));
        }
    }

    @Test
    void aFolderThatIsNotThereIsReportedWithThePath() {
        Path png = folder.resolve("gibt-es-nicht").resolve("plakat.png");

        assertThatThrownBy(() -> QrCode.of(CHANNEL_LINK).write(png))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("error.export.write");
                    assertThat(e.arguments()).containsExactly(png.toString());
                });
    }

    private static String decode(BufferedImage image) throws Exception {
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        RGBLuminanceSource source = new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels);
        return new QRCodeReader().decode(new BinaryBitmap(new HybridBinarizer(source)),
                Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }

    private static boolean isBlack(BufferedImage image, int x, int y) {
        return (image.getRGB(x, y) & 0xFFFFFF) == 0;
    }

    /** The SVG is only rectangles, so filling each run into a grid is exactly what a browser draws. */
    private static boolean[][] rasterise(Path svg, int expectedSide) throws Exception {
        Document document = parse(svg);
        Element root = document.getDocumentElement();
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 " + expectedSide + " " + expectedSide);
        assertThat(root.getAttribute("shape-rendering")).isEqualTo("crispEdges");
        Element background = (Element) document.getElementsByTagName("rect").item(0);
        assertThat(background.getAttribute("fill")).isEqualTo("#ffffff");
        assertThat(background.getAttribute("width")).isEqualTo(String.valueOf(expectedSide));
        assertThat(document.getElementsByTagName("path").getLength()).isEqualTo(1);
        String path = ((Element) document.getElementsByTagName("path").item(0)).getAttribute("d");

        boolean[][] dark = new boolean[expectedSide][expectedSide];
        Matcher run = RUN.matcher(path);
        int end = 0;
        while (run.find()) {
            assertThat(run.start()).as("nothing but runs in the path").isEqualTo(end);
            end = run.end();
            int x = Integer.parseInt(run.group(1));
            int y = Integer.parseInt(run.group(2));
            int length = Integer.parseInt(run.group(3));
            assertThat(run.group(4)).isEqualTo(run.group(3));
            for (int i = x; i < x + length; i++) {
                dark[y][i] = true;
            }
        }
        assertThat(end).as("nothing but runs in the path").isEqualTo(path.length());
        return dark;
    }

    private static Document parse(Path svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(svg.toFile());
    }

    private static BufferedImage toImage(boolean[][] dark, int pixelsPerModule) {
        int side = dark.length * pixelsPerModule;
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < side; y++) {
            for (int x = 0; x < side; x++) {
                image.setRGB(x, y, dark[y / pixelsPerModule][x / pixelsPerModule] ? 0x000000 : 0xFFFFFF);
            }
        }
        return image;
    }
}
