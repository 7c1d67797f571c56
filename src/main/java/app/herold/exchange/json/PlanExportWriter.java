package app.herold.exchange.json;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.exchange.PlanData;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Election;
import app.herold.exchange.AccountJson;
import app.herold.exchange.ElectionJson;
import app.herold.exchange.PostJsonWriter;
import app.herold.exchange.WriteFailures;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes the whole plan as one ZIP: {@code herold-export.json} with everything but the pictures, and
 * each picture a post shows as {@code media/<name>}, its SHA-256 in the document. Written as
 * {@code .part} and renamed when complete, so a full disk never leaves a file that looks whole.
 */
public final class PlanExportWriter {

    /**
     * What went into the file.
     *
     * @param missingPictures pictures posts show that are not in the media folder, so not in the file
     */
    public record Written(Path file, int posts, int pictures, List<String> missingPictures) {
    }

    private record Picture(Path path, String sha256, long bytes) {
    }

    private final PlanTransfer plan;
    private final MediaLibrary media;
    private final Clock clock;
    private final String appVersion;

    public PlanExportWriter(PlanTransfer plan, MediaLibrary media, Clock clock, String appVersion) {
        this.plan = plan;
        this.media = media;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    public Written write(Path target) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            PlanData data = plan.read();
            Map<String, Picture> pictures = new TreeMap<>();
            List<String> missing = new ArrayList<>();
            for (String name : picturesShown(data)) {
                Path file = media.pathOf(name);
                if (Files.isRegularFile(file)) {
                    pictures.put(name, hash(file));
                } else {
                    missing.add(name);
                }
            }
            Files.createDirectories(target.toAbsolutePath().getParent());
            try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(part))) {
                zip.putNextEntry(new ZipEntry(ExportSchema.DOCUMENT));
                JsonGenerator json = JsonFactory.builder().build().createGenerator(zip, JsonEncoding.UTF8);
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                json.useDefaultPrettyPrinter();
                writeDocument(json, data, pictures);
                json.close();
                zip.closeEntry();
                for (Map.Entry<String, Picture> picture : pictures.entrySet()) {
                    zip.putNextEntry(new ZipEntry(ExportSchema.MEDIA_FOLDER + picture.getKey()));
                    Files.copy(picture.getValue().path(), zip);
                    zip.closeEntry();
                }
            }
            move(part, target);
            return new Written(target, data.posts().size(), pictures.size(), missing);
        } catch (IOException | RuntimeException e) {
            try {
                Files.deleteIfExists(part);
            } catch (IOException ignored) {
                // The failure below is what the user needs to hear; a left-over ".part" says itself what it is.
            }
            if (e instanceof UserFacingException known) {
                throw known;
            }
            if (e instanceof IOException io) {
                throw WriteFailures.of(io, target, "jsonExport.error.write",
                        e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
            }
            throw new UserFacingException(e, "jsonExport.error.write", target.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private void writeDocument(JsonGenerator json, PlanData data, Map<String, Picture> pictures) throws IOException {
        json.writeStartObject();
        json.writeStringField("format", ExportSchema.FORMAT);
        json.writeNumberField("schemaVersion", ExportSchema.VERSION);
        json.writeStringField("exportedAt",
                DateTimeFormatter.ISO_INSTANT.format(clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        json.writeStringField("appVersion", appVersion);
        json.writeObjectFieldStart("settings");
        json.writeStringField("state", data.state());
        json.writeEndObject();
        json.writeArrayFieldStart("posts");
        for (Post post : data.posts()) {
            PostJsonWriter.write(json, post);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("accounts");
        for (ChannelAccount account : data.accounts()) {
            AccountJson.write(json, account);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("elections");
        for (Election election : data.elections()) {
            ElectionJson.write(json, election);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("parties");
        for (String party : data.parties()) {
            json.writeString(party);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("auditLog");
        for (AuditEntry entry : data.auditLog()) {
            AuditEntryJson.write(json, entry);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("deliveries");
        for (Delivery delivery : data.deliveries()) {
            DeliveryJson.write(json, delivery);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("media");
        for (Map.Entry<String, Picture> picture : pictures.entrySet()) {
            json.writeStartObject();
            json.writeStringField("file", picture.getKey());
            json.writeStringField("sha256", picture.getValue().sha256());
            json.writeNumberField("bytes", picture.getValue().bytes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static TreeSet<String> picturesShown(PlanData data) {
        TreeSet<String> names = new TreeSet<>();
        for (Post post : data.posts()) {
            post.images().stream().map(PostImage::mediaFile).forEach(names::add);
        }
        return names;
    }

    private static Picture hash(Path file) throws IOException {
        MessageDigest sha256 = sha256();
        long bytes;
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha256)) {
            bytes = in.transferTo(OutputStream.nullOutputStream());
        }
        return new Picture(file, HexFormat.of().formatHex(sha256.digest()), bytes);
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
