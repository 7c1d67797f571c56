package app.herold.exchange.json;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.exchange.PlanData;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.rules.AuditEntry;
import app.herold.domain.rules.Election;
import app.herold.domain.settings.FederalState;
import app.herold.exchange.AccountJson;
import app.herold.exchange.ElectionJson;
import app.herold.exchange.JsonFields;
import app.herold.exchange.PostJsonReader;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * Reads a file {@link PlanExportWriter} wrote: the ZIP, or its {@code herold-export.json} alone (then the
 * pictures must already be in the media folder). The document is brought to the current shape by
 * {@link ExportSchema} before it is read; every picture is unpacked and compared with its SHA-256. Any
 * refusal is one sentence, and happens before anything in the plan is touched.
 */
public final class PlanExportReader {

    /**
     * A file read and checked.
     *
     * @param exportedAt null when the file does not say
     * @param pictures each picture the file brings, unpacked and checked, by its name in the media folder
     */
    public record ExportFile(PlanData plan, Instant exportedAt, String appVersion, Map<String, Path> pictures) {
    }

    private record Listed(String file, String sha256, long bytes) {
    }

    private static final byte[] ZIP_SIGNATURE = {'P', 'K', 3, 4};

    private final ExportSchema schema;
    private final Clock clock;
    private final ObjectMapper json = new ObjectMapper();

    public PlanExportReader(Clock clock) {
        this(ExportSchema.CURRENT, clock);
    }

    PlanExportReader(ExportSchema schema, Clock clock) {
        this.schema = schema;
        this.clock = clock;
    }

    /** Reads {@code file}, unpacking its pictures into {@code unpackInto}, an empty folder the caller removes. */
    public ExportFile read(Path file, Path unpackInto) {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file)) {
            throw new UserFacingException("jsonImport.error.missing", file.toString());
        }
        try {
            if (!isZip(file)) {
                try (InputStream in = Files.newInputStream(file)) {
                    return read(parse(in, name), name, Map.of());
                }
            }
            try (ZipFile zip = new ZipFile(file.toFile())) {
                ZipEntry document = zip.getEntry(ExportSchema.DOCUMENT);
                if (document == null) {
                    throw new UserFacingException("jsonImport.error.notAnExport", name);
                }
                ObjectNode current;
                try (InputStream in = zip.getInputStream(document)) {
                    current = parse(in, name);
                }
                Map<String, Path> pictures = new LinkedHashMap<>();
                for (Listed listed : media(current, name)) {
                    pictures.put(listed.file(), unpack(zip, listed, unpackInto, name));
                }
                return read(current, name, pictures);
            }
        } catch (IOException e) {
            // ZipFile refuses a cut-off or overwritten file before any entry can be read.
            throw new UserFacingException(e, "jsonImport.error.unreadable", name);
        }
    }

    /** The document in its current shape; anything but a Herold export of this or an older version is refused. */
    private ObjectNode parse(InputStream in, String name) throws IOException {
        JsonNode document;
        try {
            document = json.readTree(in);
        } catch (JacksonException e) {
            throw new UserFacingException(e, "jsonImport.error.notAnExport", name);
        }
        return schema.toCurrent(document, name);
    }

    private ExportFile read(ObjectNode document, String name, Map<String, Path> pictures) {
        try {
            JsonFields root = JsonFields.of(document, "");
            Instant exportedAt = root.parsedOrNull("exportedAt", Instant::parse);
            Instant undated = exportedAt != null ? exportedAt : clock.instant();
            List<Post> posts = new ArrayList<>();
            root.objects("posts").forEach(post -> posts.add(PostJsonReader.read(post, undated)));
            List<ChannelAccount> accounts = new ArrayList<>();
            root.objects("accounts").forEach(account -> accounts.add(AccountJson.read(account)));
            List<Election> elections = new ArrayList<>();
            root.objects("elections").forEach(election -> elections.add(ElectionJson.read(election)));
            List<AuditEntry> auditLog = new ArrayList<>();
            root.objects("auditLog").forEach(entry -> auditLog.add(AuditEntryJson.read(entry)));
            List<Delivery> deliveries = new ArrayList<>();
            root.objects("deliveries").forEach(delivery -> deliveries.add(DeliveryJson.read(delivery)));
            String state = root.object("settings").parsedOrNull("state",
                    code -> FederalState.fromCode(code).map(FederalState::code).orElse(null));
            PlanData plan = new PlanData(posts, accounts, elections, root.texts("parties"), auditLog, deliveries, state);
            return new ExportFile(plan, exportedAt, root.text("appVersion", "?"), pictures);
        } catch (JsonFields.Invalid invalid) {
            throw new UserFacingException(invalid, "jsonImport.error.invalid", name, invalid.place());
        }
    }

    /** The pictures the document lists, each named by its SHA-256 as the media folder names them. */
    private static List<Listed> media(ObjectNode document, String name) {
        List<Listed> listed = new ArrayList<>();
        try {
            for (JsonFields picture : JsonFields.of(document, "").objects("media")) {
                String file = picture.text("file");
                String sha256 = picture.text("sha256");
                if (!PostJsonReader.MEDIA_FILE.matcher(file).matches() || !file.startsWith(sha256 + ".")
                        || !sha256.matches("[0-9a-f]{64}")) {
                    throw picture.invalid("file");
                }
                listed.add(new Listed(file, sha256, picture.number("bytes", -1)));
            }
        } catch (JsonFields.Invalid invalid) {
            throw new UserFacingException(invalid, "jsonImport.error.invalid", name, invalid.place());
        }
        return listed;
    }

    /**
     * Unpacks one picture under its listed name (checked to be a plain name) and compares it with its
     * checksum; a picture that is missing or differs refuses the whole file.
     */
    private static Path unpack(ZipFile zip, Listed listed, Path unpackInto, String name) throws IOException {
        ZipEntry entry = zip.getEntry(ExportSchema.MEDIA_FOLDER + listed.file());
        if (entry == null) {
            throw new UserFacingException("jsonImport.error.damaged", name, listed.file());
        }
        Path target = unpackInto.resolve(listed.file());
        MessageDigest digest = PlanExportWriter.sha256();
        long bytes;
        try (InputStream in = zip.getInputStream(entry);
             OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            bytes = in.transferTo(out);
        } catch (java.util.zip.ZipException e) {
            throw new UserFacingException(e, "jsonImport.error.damaged", name, listed.file());
        }
        if (!HexFormat.of().formatHex(digest.digest()).equals(listed.sha256())
                || (listed.bytes() >= 0 && bytes != listed.bytes())) {
            throw new UserFacingException("jsonImport.error.damaged", name, listed.file());
        }
        return target;
    }

    private static boolean isZip(Path file) throws IOException {
        byte[] head = new byte[ZIP_SIGNATURE.length];
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(head, 0, head.length) == head.length && java.util.Arrays.equals(head, ZIP_SIGNATURE);
        }
    }
}
