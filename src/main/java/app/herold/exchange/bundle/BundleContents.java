package app.herold.exchange.bundle;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The files of one bundle, the same whether they land in a folder or a ZIP. The manifest keys
 * {@code postId, channel, account, text, images[file, sha256, altText, width, height], createdAt,
 * appVersion} are a contract with the town's IT scripts: never rename them; new keys may be added.
 */
final class BundleContents {

    static final String TEXT_FILE = "text.txt";
    static final String ALT_TEXT_FILE = "alt-text.txt";
    static final String MANIFEST_FILE = "manifest.json";

    private record WrittenImage(String file, String sha256, BundleImage image) {}

    private BundleContents() {}

    static void write(BundleRequest request, BundleSink sink) throws IOException {
        sink.put(TEXT_FILE, out -> out.write(request.text().getBytes(StandardCharsets.UTF_8)));
        List<WrittenImage> images = new ArrayList<>();
        for (BundleImage image : request.images()) {
            String file = imageFileName(images.size() + 1, image.source());
            images.add(new WrittenImage(file, sink.put(file, out -> Files.copy(image.source(), out)), image));
        }
        // A text-only post has nothing to describe; an empty alt-text file would only puzzle.
        if (!images.isEmpty()) {
            sink.put(ALT_TEXT_FILE, out -> out.write(altTexts(images, request.missingAltText())
                    .getBytes(StandardCharsets.UTF_8)));
        }
        sink.put(MANIFEST_FILE, out -> writeManifest(request, images, out));
    }

    /** Numbered so the order survives any file manager's sorting; the extension tells apps the format. */
    private static String imageFileName(int number, Path source) {
        String name = source.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && dot < name.length() - 1 ? name.substring(dot).toLowerCase(Locale.ROOT) : "";
        return String.format(Locale.ROOT, "%02d%s", number, extension);
    }

    /** Blocks are separated by an empty line, so an alt text spanning several lines stays readable. */
    private static String altTexts(List<WrittenImage> images, String missingAltText) {
        StringBuilder text = new StringBuilder();
        for (WrittenImage image : images) {
            if (!text.isEmpty()) {
                text.append('\n');
            }
            String altText = hasAltText(image.image()) ? image.image().altText() : missingAltText;
            text.append(image.file()).append(": ").append(altText).append('\n');
        }
        return text.toString();
    }

    private static boolean hasAltText(BundleImage image) {
        return image.altText() != null && !image.altText().isBlank();
    }

    private static void writeManifest(BundleRequest request, List<WrittenImage> images, OutputStream out)
            throws IOException {
        try (JsonGenerator json = JsonFactory.builder().build().createGenerator(out, JsonEncoding.UTF8)) {
            json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            json.useDefaultPrettyPrinter();
            json.writeStartObject();
            json.writeStringField("postId", request.postId());
            json.writeStringField("channel", request.channel());
            json.writeStringField("account", request.account());
            json.writeStringField("text", request.text());
            json.writeArrayFieldStart("images");
            for (WrittenImage image : images) {
                json.writeStartObject();
                json.writeStringField("file", image.file());
                json.writeStringField("sha256", image.sha256());
                // Null, not the placeholder sentence, so a script can tell a missing alt text from a real one.
                json.writeStringField("altText", hasAltText(image.image()) ? image.image().altText() : null);
                json.writeNumberField("width", image.image().width());
                json.writeNumberField("height", image.image().height());
                json.writeEndObject();
            }
            json.writeEndArray();
            json.writeStringField("createdAt", DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(request.createdAt()));
            json.writeStringField("appVersion", request.appVersion());
            json.writeEndObject();
            json.writeRaw('\n');
        }
    }
}
