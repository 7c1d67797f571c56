package app.herold.channels.media;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImagePipelineTest {

    private static final ImageRules INSTAGRAM = new ImageRules(Set.of(ImageFormat.JPEG), true, 8L * 1024 * 1024,
            320, 1440, 0, 0, 0.8, 1.91, 0);
    private static final ImageRules MASTODON = new ImageRules(Set.of(ImageFormat.JPEG, ImageFormat.PNG, ImageFormat.WEBP),
            false, 16L * 1024 * 1024, 0, 0, 0, 8_294_400, 0, 0, 0);
    private static final ImageRules TELEGRAM = new ImageRules(Set.of(ImageFormat.JPEG, ImageFormat.PNG), false,
            10L * 1024 * 1024, 0, 0, 0, 0, 1 / 20.0, 20, 10_000);

    private static final Color BLUE = new Color(40, 80, 190);
    private static final Color GREY = new Color(128, 128, 128);

    @TempDir
    Path folder;

    private ImagePipeline pipeline;

    @BeforeEach
    void pipelineWithItsCache() {
        pipeline = new ImagePipeline(folder.resolve("prepared"));
    }

    @Test
    void aPhotoTakenUprightOnAPhoneStandsUprightAndLeavesItsLocationBehind() throws IOException {
        Path photo = phoneShotLyingOnItsSide();
        assertThat(PictureBytes.segments(Files.readAllBytes(photo)))
                .as("the test photo carries EXIF").anyMatch(segment -> segment.startsWith("Exif"));

        PreparedImage prepared = pipeline.prepare(photo, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(picture.getWidth()).isEqualTo(300);
        assertThat(picture.getHeight()).isEqualTo(400);
        assertThat(isRed(picture.getRGB(285, 15))).as("marker top right").isTrue();
        assertThat(isRed(picture.getRGB(15, 15))).as("nothing red top left").isFalse();
        assertThat(isRed(picture.getRGB(15, 385))).as("nothing red bottom left").isFalse();
        byte[] written = Files.readAllBytes(prepared.file());
        assertThat(PictureBytes.segments(written)).noneMatch(segment -> segment.marker() == PictureBytes.APP1)
                .noneMatch(segment -> segment.marker() == PictureBytes.COM);
        assertThat(new String(written, StandardCharsets.ISO_8859_1)).doesNotContain("Exif");
    }

    @ParameterizedTest(name = "orientation {0}")
    @CsvSource({"1, 10, 10", "2, 389, 10", "3, 389, 289", "4, 10, 289", "5, 10, 10", "6, 289, 10", "7, 289, 389",
            "8, 10, 389"})
    void everyOrientationAPhoneWritesEndsUpright(int orientation, int markerX, int markerY) throws IOException {
        byte[] stored = jpegBytes(picture(400, 300, BLUE, g -> g.fillRect(0, 0, 20, 20)), 0.9f);
        Path photo = folder.resolve("IMG_000" + orientation + ".jpg");
        Files.write(photo, PictureBytes.withSegmentAfterStart(stored, PictureBytes.APP1,
                PictureBytes.exifWithOrientationAndGps(orientation)));

        BufferedImage picture = read(pipeline.prepare(photo, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE));

        assertThat(List.of(picture.getWidth(), picture.getHeight()))
                .containsExactlyElementsOf(orientation >= 5 ? List.of(300, 400) : List.of(400, 300));
        assertThat(isRed(picture.getRGB(markerX, markerY))).as("marker at %d,%d", markerX, markerY).isTrue();
        assertThat(redPixels(picture)).as("and nowhere else").isBetween(300, 500);
    }

    @Test
    void aPngWithAnOrientationTagStandsUprightToo() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture(400, 300, BLUE, g -> g.fillRect(0, 0, 40, 40)), "png", png);
        Path turned = folder.resolve("turned.png");
        Files.write(turned, PictureBytes.pngWithExif(png.toByteArray(), PictureBytes.exifWithOrientationAndGps(6)));

        PreparedImage prepared = pipeline.prepare(turned, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(List.of(picture.getWidth(), picture.getHeight())).containsExactly(300, 400);
        assertThat(isRed(picture.getRGB(285, 15))).as("marker top right").isTrue();
        assertThat(new String(Files.readAllBytes(prepared.file()), StandardCharsets.ISO_8859_1)).doesNotContain("eXIf");
    }

    @Test
    void theSizeOfAPhoneShotIsReportedAsThePhoneShowsIt() throws IOException {
        Path photo = phoneShotLyingOnItsSide();

        ImageInfo info = pipeline.inspect(photo);

        assertThat(info).isEqualTo(new ImageInfo(ImageFormat.JPEG, 300, 400, 6, Files.size(photo)));
    }

    @Test
    void aSmallPhoneShotIsEnlargedToInstagramsNarrowestWidthAndCutToItsTallestShape() throws IOException {
        PreparedImage prepared = pipeline.prepare(phoneShotLyingOnItsSide(), INSTAGRAM, FocalPoint.CENTER, FitMode.CROP,
                Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(picture.getWidth()).isEqualTo(320);
        assertThat(picture.getHeight()).isEqualTo(400);
        assertThat(isRed(picture.getRGB(310, 8))).as("marker top right").isTrue();
    }

    @Test
    void theCropKeepsTheSubjectAtTheFocalPointWhereACentredCropWouldLoseIt() throws IOException {
        Path panorama = write("panorama.jpg", picture(2000, 500, GREY, g -> g.fillRect(1850, 220, 60, 60)));

        BufferedImage aimed = read(pipeline.prepare(panorama, INSTAGRAM, new FocalPoint(0.93, 0.5), FitMode.CROP,
                Progress.NONE));
        BufferedImage centred = read(pipeline.prepare(panorama, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE));

        assertThat(aimed.getWidth()).isEqualTo(955);
        assertThat(aimed.getHeight()).isEqualTo(500);
        assertThat(isRed(aimed.getRGB(1880 - 1045, 250))).as("subject where the crop put it").isTrue();
        assertThat(redPixels(centred)).as("a centred crop cuts the subject away").isZero();
        assertThat((double) centred.getWidth() / centred.getHeight()).isBetween(0.8, 1.91);
    }

    @Test
    void paddingKeepsTheWholePanoramaBetweenWhiteBars() throws IOException {
        Path panorama = write("panorama.jpg", picture(2000, 500, BLUE, g -> {
            g.fillRect(10, 220, 60, 60);
            g.fillRect(1930, 220, 60, 60);
        }));

        BufferedImage padded = read(pipeline.prepare(panorama, INSTAGRAM, FocalPoint.CENTER, FitMode.PAD, Progress.NONE));

        assertThat(padded.getWidth()).isEqualTo(1440);
        assertThat(padded.getHeight()).isEqualTo(754);
        assertThat((double) padded.getWidth() / padded.getHeight()).isBetween(0.8, 1.91);
        assertThat(isWhite(padded.getRGB(720, 10))).as("white bar above").isTrue();
        assertThat(isWhite(padded.getRGB(720, 744))).as("white bar below").isTrue();
        assertThat(isRed(padded.getRGB(29, 377))).as("left end kept").isTrue();
        assertThat(isRed(padded.getRGB(1411, 377))).as("right end kept").isTrue();
        assertThat(isWhite(padded.getRGB(720, 377))).as("the picture between the bars").isFalse();
    }

    @Test
    void aTransparentPngBecomesAJpegOnWhiteForInstagram() throws IOException {
        Path logo = writePng("logo.png", halfTransparent());

        PreparedImage prepared = pipeline.prepare(logo, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(prepared.file().getFileName().toString()).endsWith(".jpg");
        assertThat(picture.getColorModel().hasAlpha()).isFalse();
        assertThat(isWhite(picture.getRGB(100, 200))).as("white where it was transparent").isTrue();
        assertThat(isBlue(picture.getRGB(300, 200))).isTrue();
    }

    @Test
    void aPngKeepsItsTransparencyWhereTheChannelTakesPng() throws IOException {
        Path logo = writePng("logo.png", halfTransparent());

        PreparedImage prepared = pipeline.prepare(logo, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
        assertThat(picture.getRGB(100, 200) >>> 24).as("alpha where it was transparent").isZero();
        assertThat(isBlue(picture.getRGB(300, 200))).isTrue();
        assertThat(picture.getRGB(300, 200) >>> 24).isEqualTo(255);
    }

    @Test
    void aGreyLogoWithTransparencyKeepsItsGrey() throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_GRAY), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_BYTE);
        WritableRaster raster = model.createCompatibleWritableRaster(64, 48);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                raster.setPixel(x, y, new int[] {128, x < 32 ? 0 : 255});
            }
        }
        Path logo = writePng("grey-logo.png", new BufferedImage(model, raster, false, null));

        PreparedImage prepared = pipeline.prepare(logo, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
        assertThat(picture.getRGB(48, 24)).isEqualTo(0xFF808080);
        assertThat(picture.getRGB(10, 24) >>> 24).isZero();
    }

    @Test
    void aCutOffJpegIsReportedAsDamagedAndLeavesNoFileBehind() throws IOException {
        byte[] whole = jpegBytes(noise(600, 400, 7), 0.9f);
        Path cutOff = folder.resolve("cut-off.jpg");
        Files.write(cutOff, Arrays.copyOf(whole, whole.length * 6 / 10));

        assertThatThrownBy(() -> pipeline.prepare(cutOff, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE))
                .isInstanceOf(ImageProblem.class)
                .extracting(problem -> ((ImageProblem) problem).messageKey()).isEqualTo("error.image.damaged");
        assertThat(folder.resolve("prepared")).doesNotExist();
    }

    @Test
    void aTextFileNamedLikeAPhotoIsNotAPicture() throws IOException {
        Path text = folder.resolve("Gemeinderat.jpg");
        Files.writeString(text, "Sitzung des Gemeinderats am Dienstag um 19 Uhr im Rathaus.");

        assertThatThrownBy(() -> pipeline.prepare(text, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE))
                .isInstanceOf(ImageProblem.class)
                .extracting(problem -> ((ImageProblem) problem).messageKey()).isEqualTo("error.image.notAnImage");
        assertThatThrownBy(() -> pipeline.inspect(text))
                .extracting(problem -> ((ImageProblem) problem).messageKey()).isEqualTo("error.image.notAnImage");
    }

    @Test
    void aGifIsNamedAsAFormatNotYetPreparedRatherThanNoPicture() throws IOException {
        Path gif = folder.resolve("animation.gif");
        ImageIO.write(picture(40, 30, BLUE, g -> { }), "gif", gif.toFile());

        assertThatThrownBy(() -> pipeline.prepare(gif, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE))
                .isInstanceOfSatisfying(ImageProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("error.image.unsupportedFormat");
                    assertThat(problem.arguments()).containsExactly("GIF");
                });
    }

    @Test
    void aPictureAboveAHundredMegapixelsIsRefusedFromItsHeaderAlone() throws IOException {
        // The pixel data is that of a 64x48 picture: decoding would report damage, so the size must win first.
        Path huge = folder.resolve("huge.jpg");
        Files.write(huge, PictureBytes.withFrameSize(jpegBytes(picture(64, 48, BLUE, g -> { }), 0.9f), 12_000, 9_000));

        assertThatThrownBy(() -> pipeline.prepare(huge, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE))
                .isInstanceOfSatisfying(ImageProblem.class, problem -> {
                    assertThat(problem.messageKey()).isEqualTo("error.image.tooLarge");
                    assertThat(problem.arguments()).containsExactly(108L, 100L);
                });
    }

    @Test
    void aFiftyMegapixelPhotoIsPreparedForInstagramWithinItsLimits() throws IOException {
        Path photo = write("fifty-megapixels.jpg", picture(8660, 5774, BLUE, g -> g.fillRect(4230, 2787, 200, 200)));

        PreparedImage prepared = pipeline.prepare(photo, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(picture.getWidth()).isEqualTo(1440);
        assertThat(picture.getHeight()).isEqualTo(960);
        assertThat(prepared.bytes()).isLessThanOrEqualTo(8L * 1024 * 1024).isEqualTo(Files.size(prepared.file()));
        assertThat(isRed(picture.getRGB(720, 480))).as("the subject in the middle").isTrue();
        assertThat(isBlue(picture.getRGB(100, 100))).isTrue();
    }

    @Test
    void preparingTheSameThingTwiceReusesTheFileAndAnotherFocusMakesAnother() throws IOException {
        Path panorama = write("panorama.jpg", picture(2000, 500, GREY, g -> g.fillRect(1850, 220, 60, 60)));
        PreparedImage first = pipeline.prepare(panorama, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);
        FileTime longAgo = FileTime.fromMillis(1_000_000_000_000L);
        Files.setLastModifiedTime(first.file(), longAgo);

        PreparedImage again = new ImagePipeline(folder.resolve("prepared"))
                .prepare(panorama, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);
        PreparedImage elsewhere = pipeline.prepare(panorama, INSTAGRAM, new FocalPoint(0.9, 0.5), FitMode.CROP,
                Progress.NONE);

        assertThat(again).isEqualTo(first);
        assertThat(Files.getLastModifiedTime(again.file())).as("not written again").isEqualTo(longAgo);
        assertThat(first.sha256()).isEqualTo(sha256(Files.readAllBytes(first.file())));
        assertThat(elsewhere.file()).isNotEqualTo(first.file());
        assertThat(elsewhere.sha256()).isNotEqualTo(first.sha256());
    }

    @Test
    void aFileAboveTheChannelsSizeIsMadeSmallerUntilItFits() throws IOException {
        Path noisy = write("noisy.jpg", noise(1200, 900, 11), 0.95f);
        ImageRules smallFiles = new ImageRules(Set.of(ImageFormat.JPEG), false, 150_000, 0, 0, 0, 0, 0, 0, 0);

        PreparedImage prepared = pipeline.prepare(noisy, smallFiles, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        assertThat(Files.size(noisy)).as("the source is far above the limit").isGreaterThan(3 * 150_000L);
        assertThat(prepared.bytes()).isLessThanOrEqualTo(150_000).isEqualTo(Files.size(prepared.file()));
        assertThat(prepared.width()).isLessThan(1200);
        assertThat((double) prepared.width() / prepared.height()).isCloseTo(4 / 3.0, offset(0.01));
    }

    @Test
    void eachSizeLimitOfAChannelIsMetAndNothingIsEnlargedBeyondNeed() throws IOException {
        Path landscape = write("landscape.jpg", picture(1200, 800, BLUE, g -> { }));
        Path banner = write("banner.jpg", picture(3000, 100, BLUE, g -> { }));
        ImageRules fewPixels = new ImageRules(Set.of(ImageFormat.JPEG), false, 0, 0, 0, 0, 120_000, 0, 0, 0);
        ImageRules shortSides = new ImageRules(Set.of(ImageFormat.JPEG), false, 0, 0, 0, 0, 0, 0, 0, 1_000);

        PreparedImage byPixels = pipeline.prepare(landscape, fewPixels, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);
        PreparedImage bySides = pipeline.prepare(landscape, shortSides, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);
        PreparedImage forInstagram = pipeline.prepare(landscape, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);
        PreparedImage forTelegram = pipeline.prepare(banner, TELEGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        assertThat((long) byPixels.width() * byPixels.height()).isLessThanOrEqualTo(120_000).isGreaterThan(115_000);
        assertThat(List.of(bySides.width(), bySides.height())).containsExactly(600, 400);
        assertThat(List.of(forInstagram.width(), forInstagram.height())).as("not enlarged").containsExactly(1200, 800);
        assertThat(List.of(forTelegram.width(), forTelegram.height())).as("ratio 20 at most").containsExactly(2000, 100);
        assertThat(read(forTelegram).getWidth()).isEqualTo(forTelegram.width());
    }

    @Test
    void aFinePatternBecomesEvenGreyInsteadOfMoire() throws IOException {
        BufferedImage checkerboard = new BufferedImage(1600, 1200, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster raster = checkerboard.getRaster();
        for (int y = 0; y < 1200; y++) {
            for (int x = 0; x < 1600; x++) {
                raster.setSample(x, y, 0, (x + y) % 2 == 0 ? 0 : 255);
            }
        }
        Path pattern = writePng("pattern.png", checkerboard);
        ImageRules narrow = new ImageRules(Set.of(ImageFormat.JPEG), true, 0, 0, 400, 0, 0, 0, 0, 0);

        BufferedImage picture = read(pipeline.prepare(pattern, narrow, FocalPoint.CENTER, FitMode.CROP, Progress.NONE));

        assertThat(picture.getWidth()).isEqualTo(400);
        for (int y = 10; y < 300; y += 37) {
            for (int x = 10; x < 400; x += 41) {
                assertThat(picture.getRGB(x, y) & 0xFF).as("grey at %d,%d", x, y).isBetween(100, 155);
            }
        }
    }

    @Test
    void aCmykPhotoFromThePrintShopKeepsItsColours() throws IOException {
        WritableRaster cmyk = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, 64, 48, 4, null);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                // Stored inverted, as Adobe writes CMYK: no cyan, full magenta and yellow, no black, which is red.
                cmyk.setPixel(x, y, new int[] {255, 0, 0, 255});
            }
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            writer.setOutput(out);
            writer.write(null, new IIOImage(cmyk, null, null), writer.getDefaultWriteParam());
        } finally {
            writer.dispose();
        }
        Path print = folder.resolve("print.jpg");
        Files.write(print, PictureBytes.withSegmentAfterStart(bytes.toByteArray(), PictureBytes.APP14, PictureBytes.adobeCmyk()));

        BufferedImage picture = read(pipeline.prepare(print, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, Progress.NONE));

        assertThat(isRed(picture.getRGB(picture.getWidth() / 2, picture.getHeight() / 2))).isTrue();
    }

    @Test
    void aPhotoWithAnotherColourProfileIsConvertedToSrgb() throws IOException {
        byte[] plain = jpegBytes(picture(64, 48, GREY, g -> { }), 0.95f);
        Path tagged = folder.resolve("linear.jpg");
        Files.write(tagged, PictureBytes.withSegmentAfterStart(plain, PictureBytes.APP2,
                PictureBytes.iccProfile(ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData())));

        BufferedImage picture = read(pipeline.prepare(tagged, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE));

        // Mid grey in linear light is 188 in sRGB; taken as sRGB it would stay 128.
        assertThat(picture.getRGB(32, 24) & 0xFF).isBetween(182, 194);
    }

    @Test
    void aPngScreenshotWithAnotherColourProfileIsConvertedToSrgb() throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(picture(64, 48, GREY, g -> { }), "png", png);
        Path tagged = folder.resolve("screenshot.png");
        Files.write(tagged, PictureBytes.pngWithProfile(png.toByteArray(),
                ICC_Profile.getInstance(ColorSpace.CS_LINEAR_RGB).getData()));

        PreparedImage prepared = pipeline.prepare(tagged, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        assertThat(prepared.format()).isEqualTo(ImageFormat.PNG);
        assertThat(read(prepared).getRGB(32, 24) & 0xFF).isBetween(186, 190);
    }

    @Test
    void aSixteenBitPngKeepsItsColours() throws IOException {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), false, false,
                Transparency.OPAQUE, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(64, 48);
        for (int y = 0; y < 48; y++) {
            for (int x = 0; x < 64; x++) {
                raster.setPixel(x, y, new int[] {65535, 32896, 0});
            }
        }
        Path deep = writePng("deep.png", new BufferedImage(model, raster, false, null));

        PreparedImage prepared = pipeline.prepare(deep, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        assertThat(read(prepared).getRGB(32, 24) & 0xFFFFFF).isEqualTo(0xFF8000);
    }

    @Test
    void aWebPPictureComesOutAsJpeg() throws IOException {
        // 60x40, blue with a red square top left: ImageMagick 6.9, convert -size 60x40 xc:'#2050c0'
        // -fill '#ff0000' -draw 'rectangle 0,0 14,14' -quality 90 -define webp:method=6 small.webp
        Path webp = folder.resolve("small.webp");
        Files.write(webp, Base64.getDecoder().decode("UklGRqoAAABXRUJQVlA4IJ4AAADwBgCdASo8ACgAPjEYikOiIaERVRggAwSxgDuC+AfgB"
                + "+wH+q5wzQLs1+uWEAtQD+AX4B+gHWOgFncvxOMzMvgAAP73opf//Xj0/0YF+X1sZn9TJrf8i3/+XPWHd+Gwe+rif///CxWLfD1L"
                + "90blIG//Ema5n+BqJ/g1/wXWeP/ZpFv1RiaHvoZu8LJIjlTzbZyvMh9qNjqK4DO52AAAAA=="));

        PreparedImage prepared = pipeline.prepare(webp, MASTODON, FocalPoint.CENTER, FitMode.CROP, Progress.NONE);

        BufferedImage picture = read(prepared);
        assertThat(prepared.format()).isEqualTo(ImageFormat.JPEG);
        assertThat(List.of(picture.getWidth(), picture.getHeight())).containsExactly(60, 40);
        assertThat(isRed(picture.getRGB(5, 5))).isTrue();
        assertThat(isBlue(picture.getRGB(45, 30))).isTrue();
    }

    @Test
    void progressRunsFromZeroToOneWithoutGoingBack() throws IOException {
        Path photo = write("photo.jpg", picture(800, 600, BLUE, g -> { }));
        List<Double> reported = new ArrayList<>();

        pipeline.prepare(photo, INSTAGRAM, FocalPoint.CENTER, FitMode.CROP, reported::add);

        assertThat(reported).first().isEqualTo(0.0);
        assertThat(reported).last().isEqualTo(1.0);
        assertThat(reported).hasSizeGreaterThan(3).isSorted();
    }

    private Path phoneShotLyingOnItsSide() throws IOException {
        byte[] stored = jpegBytes(picture(400, 300, BLUE, g -> g.fillRect(0, 0, 40, 40)), 0.9f);
        Path photo = folder.resolve("IMG_0001.jpg");
        Files.write(photo, PictureBytes.withSegmentAfterStart(stored, PictureBytes.APP1,
                PictureBytes.exifWithOrientationAndGps(6)));
        return photo;
    }

    /** A flat picture with red drawn on it. */
    private static BufferedImage picture(int width, int height, Color background, Consumer<Graphics2D> red) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = picture.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, width, height);
        g.setColor(Color.RED);
        red.accept(g);
        g.dispose();
        return picture;
    }

    private static BufferedImage noise(int width, int height, long seed) {
        BufferedImage picture = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(seed);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                picture.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return picture;
    }

    /** Left half fully transparent (black underneath, which must not show), right half opaque blue. */
    private static BufferedImage halfTransparent() {
        BufferedImage logo = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = logo.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.setColor(new Color(0, 0, 0, 0));
        g.fillRect(0, 0, 200, 400);
        g.setColor(BLUE);
        g.fillRect(200, 0, 200, 400);
        g.dispose();
        return logo;
    }

    private Path write(String name, BufferedImage picture) throws IOException {
        return write(name, picture, 0.9f);
    }

    private Path write(String name, BufferedImage picture, float quality) throws IOException {
        Path file = folder.resolve(name);
        Files.write(file, jpegBytes(picture, quality));
        return file;
    }

    private Path writePng(String name, BufferedImage picture) throws IOException {
        Path file = folder.resolve(name);
        ImageIO.write(picture, "png", file.toFile());
        return file;
    }

    private static byte[] jpegBytes(BufferedImage picture, float quality) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(quality);
            writer.setOutput(out);
            writer.write(null, new IIOImage(picture, null, null), param);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }

    private static BufferedImage read(PreparedImage prepared) throws IOException {
        BufferedImage picture = ImageIO.read(prepared.file().toFile());
        assertThat(picture.getWidth()).isEqualTo(prepared.width());
        assertThat(picture.getHeight()).isEqualTo(prepared.height());
        return picture;
    }

    private static int redPixels(BufferedImage picture) {
        int count = 0;
        for (int y = 0; y < picture.getHeight(); y++) {
            for (int x = 0; x < picture.getWidth(); x++) {
                if (isRed(picture.getRGB(x, y))) {
                    count++;
                }
            }
        }
        return count;
    }

    private static boolean isRed(int rgb) {
        return (rgb >> 16 & 0xFF) > 190 && (rgb >> 8 & 0xFF) < 70 && (rgb & 0xFF) < 70;
    }

    private static boolean isBlue(int rgb) {
        return Math.abs((rgb >> 16 & 0xFF) - BLUE.getRed()) < 20 && Math.abs((rgb >> 8 & 0xFF) - BLUE.getGreen()) < 20
                && Math.abs((rgb & 0xFF) - BLUE.getBlue()) < 20;
    }

    private static boolean isWhite(int rgb) {
        return (rgb >> 16 & 0xFF) > 245 && (rgb >> 8 & 0xFF) > 245 && (rgb & 0xFF) > 245;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
