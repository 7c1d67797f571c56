package app.herold.storage;

import app.herold.domain.UserFacingException;
import app.herold.domain.backup.BackupCheck;
import app.herold.domain.backup.BackupFile;
import app.herold.domain.backup.BackupKind;
import app.herold.domain.backup.Backups;
import app.herold.domain.backup.RestoredBackup;
import app.herold.domain.backup.RetentionPolicy;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

/**
 * Backups as ZIP files: the database file as H2 writes it for an online backup (a consistent snapshot
 * while the window keeps working), the pictures, the settings, and {@code manifest.json} with every
 * file's size and SHA-256, written last. A backup is first written as {@code .part} and renamed when it
 * is complete, so a crash or a full disk never leaves a half backup that looks whole.
 */
public final class ZipBackups implements Backups {

    private static final System.Logger LOG = System.getLogger(ZipBackups.class.getName());

    static final String FOLDER = "backups";
    static final String MANIFEST = "manifest.json";
    static final String FORMAT = "herold-backup";
    static final int FORMAT_VERSION = 1;
    private static final String DATABASE_ENTRY = Database.DATABASE_NAME + ".mv.db";
    private static final String MEDIA_PREFIX = Database.MEDIA_FOLDER + "/";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final Pattern NAME = Pattern.compile("herold-sicherung-(\\d{4}-\\d{2}-\\d{2}-\\d{6})-([a-z-]+)\\.zip");
    /** A picture's name in the media folder: its hash and an extension; nothing else may be unpacked. */
    private static final Pattern MEDIA_NAME = Pattern.compile("[0-9A-Za-z][0-9A-Za-z._-]{0,200}");

    /** How the database file gets into the backup: from the running database, or the closed file. */
    interface DatabaseSnapshot {
        void copyTo(OutputStream out) throws IOException;

        long posts();
    }

    private final Path dataDirectory;
    private final Supplier<Path> folder;
    private final DatabaseSnapshot snapshot;
    private final Clock clock;
    private final String appVersion;
    private final ObjectMapper json = new ObjectMapper();
    private final Disk.FileWriter writer;

    ZipBackups(Path dataDirectory, Supplier<Path> folder, DatabaseSnapshot snapshot, Clock clock, String appVersion) {
        this(dataDirectory, folder, snapshot, clock, appVersion, Disk.REAL.files());
    }

    ZipBackups(Path dataDirectory, Supplier<Path> folder, DatabaseSnapshot snapshot, Clock clock, String appVersion,
               Disk.FileWriter files) {
        this.writer = files;
        this.dataDirectory = dataDirectory;
        this.folder = folder;
        this.snapshot = snapshot;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    /** The folder backups go to: the chosen one, or {@code backups} in the data directory. */
    public static Path folderOf(Path dataDirectory, String chosen) {
        return chosen == null || chosen.isBlank() ? dataDirectory.resolve(FOLDER) : Path.of(chosen);
    }

    @Override
    public Path folder() {
        return folder.get();
    }

    @Override
    public BackupFile create(BackupKind kind) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        Path target = folder().resolve("herold-sicherung-" + STAMP.format(now) + "-" + kind.fileTag() + ".zip");
        write(target, now);
        return describe(target, now, kind);
    }

    @Override
    public BackupFile createAt(Path file) {
        LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
        write(file, now);
        return describe(file, now, BackupKind.MANUAL);
    }

    @Override
    public List<BackupFile> list() {
        Path shown = folder();
        if (!Files.isDirectory(shown)) {
            return List.of();
        }
        List<BackupFile> backups = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(shown, "herold-sicherung-*.zip")) {
            for (Path file : files) {
                parseName(file).ifPresent(backups::add);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.folder", shown.toString());
        }
        backups.sort(Comparator.comparing(BackupFile::created).reversed());
        return backups;
    }

    @Override
    public Optional<BackupFile> dailyIfDue(RetentionPolicy policy) {
        removeUnfinished();
        LocalDate today = LocalDate.now(clock);
        boolean due = list().stream().noneMatch(backup -> backup.kind() == BackupKind.AUTOMATIC
                && backup.created().toLocalDate().equals(today));
        Optional<BackupFile> made = due ? Optional.of(create(BackupKind.AUTOMATIC)) : Optional.empty();
        for (BackupFile old : policy.toPrune(list())) {
            try {
                Files.deleteIfExists(old.file());
            } catch (IOException e) {
                // A backup that cannot be removed now is removed at a later start; nothing is lost.
                LOG.log(Level.WARNING, "could not remove an old backup: " + old.file(), e);
            }
        }
        return made;
    }

    /** A backup cut off by a crash or a quit mid-way stays ".part"; only one Herold writes here at a time. */
    private void removeUnfinished() {
        Path shown = folder();
        if (!Files.isDirectory(shown)) {
            return;
        }
        try (DirectoryStream<Path> parts = Files.newDirectoryStream(shown, "herold-sicherung-*.zip.part")) {
            parts.forEach(ZipBackups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not look for unfinished backups in " + shown, e);
        }
    }

    @Override
    public BackupCheck check(Path backup) {
        return read(backup, null);
    }

    /**
     * Puts a backup in place of the data directory's database, pictures and settings. Every checksum is
     * checked before anything is touched; then the current state is saved as a backup of its own
     * ({@link BackupKind#BEFORE_RESTORE}), then the files are replaced. The caller holds the data
     * directory's lock and the database is closed.
     *
     * @param keepReplacedDatabase keep the replaced database file beside the new one
     *     ({@code herold.mv.db.ersetzt-<time>}): for a damaged database, which is never deleted
     * @return what was restored, and the backup of the state before
     */
    public static RestoredBackup restore(Path backup, Path dataDirectory, Path backupFolder, Clock clock,
                                         String appVersion, boolean keepReplacedDatabase) {
        ZipBackups closed = closedDatabase(dataDirectory, backupFolder, clock, appVersion);
        BackupCheck restored = closed.check(backup);
        BackupFile before = closed.create(BackupKind.BEFORE_RESTORE);
        String stamp = STAMP.format(LocalDateTime.now(clock));
        Path incoming = dataDirectory.resolve(".wiederherstellung-" + stamp);
        Path outgoing = dataDirectory.resolve(".abgeloest-" + stamp);
        Path kept = null;
        try {
            closed.read(backup, incoming);
            swap(dataDirectory, incoming, outgoing);
            // Posts may have gone out since the backup was made, which its outbox does not know.
            Files.writeString(dataDirectory.resolve(Database.RESTORED_MARKER), stamp);
            Path replaced = outgoing.resolve(DATABASE_ENTRY);
            if (keepReplacedDatabase && Files.exists(replaced)) {
                kept = dataDirectory.resolve(DATABASE_ENTRY + ".ersetzt-" + stamp);
                move(replaced, kept);
            }
        } catch (IOException e) {
            throw new UserFacingException(e, "backup.error.restore", dataDirectory.toString(), e.getMessage());
        } finally {
            deleteTree(incoming);
        }
        deleteTree(outgoing);
        return new RestoredBackup(restored, before, kept);
    }

    /** Restores and deletes the replaced files, which the backup made first still holds. */
    public static RestoredBackup restore(Path backup, Path dataDirectory, Path backupFolder, Clock clock,
                                         String appVersion) {
        return restore(backup, dataDirectory, backupFolder, clock, appVersion, false);
    }

    /** The backups of a data directory whose database is not open, newest first. */
    public static List<BackupFile> backupsOf(Path dataDirectory, Path backupFolder, Clock clock, String appVersion) {
        return closedDatabase(dataDirectory, backupFolder, clock, appVersion).list();
    }

    /** Backups of a data directory whose database is not open (for restoring, and a damaged database). */
    static ZipBackups closedDatabase(Path dataDirectory, Path backupFolder, Clock clock, String appVersion) {
        return new ZipBackups(dataDirectory, () -> backupFolder, new DatabaseSnapshot() {
            @Override
            public void copyTo(OutputStream out) throws IOException {
                Path file = Database.databaseFile(dataDirectory);
                if (Files.exists(file)) {
                    Files.copy(file, out);
                }
            }

            @Override
            public long posts() {
                return -1;
            }
        }, clock, appVersion);
    }

    // --- writing ---------------------------------------------------------------------------------

    private void write(Path target, LocalDateTime created) {
        Path part = target.resolveSibling(target.getFileName() + ".part");
        try {
            Files.createDirectories(target.toAbsolutePath().getParent());
            List<Map<String, Object>> files = new ArrayList<>();
            long posts = snapshot.posts();
            try (ZipOutputStream zip = new ZipOutputStream(writer.open(part))) {
                files.add(entry(zip, DATABASE_ENTRY, snapshot::copyTo));
                Path settings = dataDirectory.resolve(Database.PREFERENCES_FILE);
                if (Files.exists(settings)) {
                    files.add(entry(zip, Database.PREFERENCES_FILE, out -> Files.copy(settings, out)));
                }
                // The folder's identity travels with it, so calendar events exported before keep matching.
                Path identity = dataDirectory.resolve(DataDirectoryId.FILE);
                if (Files.exists(identity)) {
                    files.add(entry(zip, DataDirectoryId.FILE, out -> Files.copy(identity, out)));
                }
                for (Path picture : pictures()) {
                    files.add(entry(zip, MEDIA_PREFIX + picture.getFileName(), out -> Files.copy(picture, out)));
                }
                zip.putNextEntry(new ZipEntry(MANIFEST));
                zip.write(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(manifest(created, posts, files)));
                zip.closeEntry();
            }
            move(part, target);
        } catch (IOException | RuntimeException e) {
            deleteQuietly(part);
            if (e instanceof UserFacingException known) {
                throw known;
            }
            if (app.herold.domain.DiskFull.causedBy(e)) {
                throw new UserFacingException(e, "backup.error.diskFull", target.toAbsolutePath().getParent().toString());
            }
            if (e instanceof java.nio.file.AccessDeniedException || e instanceof java.nio.file.ReadOnlyFileSystemException) {
                throw new UserFacingException(e, "backup.error.noPermission", target.toAbsolutePath().getParent().toString());
            }
            throw new UserFacingException(e, "backup.error.write", target.toString(),
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
    }

    private interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static Map<String, Object> entry(ZipOutputStream zip, String name, Content content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        MessageDigest digest = sha256();
        CountingStream counted = new CountingStream(new DigestOutputStream(new KeepOpen(zip), digest));
        content.writeTo(counted);
        counted.flush();
        zip.closeEntry();
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("path", name);
        file.put("bytes", counted.count);
        file.put("sha256", HexFormat.of().formatHex(digest.digest()));
        return file;
    }

    private ObjectNode manifest(LocalDateTime created, long posts, List<Map<String, Object>> files) {
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("formatVersion", FORMAT_VERSION);
        root.put("created", created.toString());
        root.put("appVersion", appVersion);
        root.put("posts", posts);
        ArrayNode list = root.putArray("files");
        files.forEach(file -> list.add(json.valueToTree(file)));
        return root;
    }

    private List<Path> pictures() throws IOException {
        Path media = dataDirectory.resolve(Database.MEDIA_FOLDER);
        List<Path> pictures = new ArrayList<>();
        if (Files.isDirectory(media)) {
            try (DirectoryStream<Path> files = Files.newDirectoryStream(media)) {
                for (Path file : files) {
                    String name = file.getFileName().toString();
                    // Half-written imports (".tmp") and hidden files are no pictures of the plan.
                    if (Files.isRegularFile(file) && MEDIA_NAME.matcher(name).matches() && !name.endsWith(".tmp")) {
                        pictures.add(file);
                    }
                }
            }
        }
        pictures.sort(Comparator.comparing(Path::toString));
        return pictures;
    }

    // --- reading ---------------------------------------------------------------------------------

    /**
     * Reads every file of the backup and compares it with the manifest; with {@code unpackTo}, also
     * writes the files there (only after their names were found safe).
     */
    private BackupCheck read(Path backup, Path unpackTo) {
        if (!Files.isRegularFile(backup)) {
            throw new UserFacingException("backup.error.missing", backup.toString());
        }
        try (ZipFile zip = new ZipFile(backup.toFile())) {
            ZipEntry manifestEntry = zip.getEntry(MANIFEST);
            if (manifestEntry == null) {
                throw new UserFacingException("backup.error.notABackup", backup.getFileName().toString());
            }
            JsonNode manifest;
            try (InputStream in = zip.getInputStream(manifestEntry)) {
                manifest = json.readTree(in);
            } catch (IOException e) {
                throw new UserFacingException(e, "backup.error.notABackup", backup.getFileName().toString());
            }
            if (manifest == null || !FORMAT.equals(manifest.path("format").asText())) {
                throw new UserFacingException("backup.error.notABackup", backup.getFileName().toString());
            }
            if (manifest.path("formatVersion").asInt() > FORMAT_VERSION) {
                throw new UserFacingException("backup.error.newer", backup.getFileName().toString(),
                        manifest.path("appVersion").asText("?"));
            }
            Map<String, JsonNode> listed = new LinkedHashMap<>();
            for (JsonNode file : manifest.path("files")) {
                String path = file.path("path").asText();
                if (!safeName(path)) {
                    throw new UserFacingException("backup.error.damaged", backup.getFileName().toString(), path);
                }
                listed.put(path, file);
            }
            if (!listed.containsKey(DATABASE_ENTRY)) {
                throw new UserFacingException("backup.error.damaged", backup.getFileName().toString(), DATABASE_ENTRY);
            }
            int seen = 0;
            for (var entries = zip.entries(); entries.hasMoreElements(); ) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals(MANIFEST)) {
                    continue;
                }
                JsonNode expected = listed.remove(entry.getName());
                if (expected == null) {
                    throw new UserFacingException("backup.error.damaged", backup.getFileName().toString(), entry.getName());
                }
                compare(zip, entry, expected, unpackTo, backup);
                seen++;
            }
            if (!listed.isEmpty()) {
                throw new UserFacingException("backup.error.damaged", backup.getFileName().toString(),
                        listed.keySet().iterator().next());
            }
            LocalDateTime created;
            try {
                created = LocalDateTime.parse(manifest.path("created").asText());
            } catch (DateTimeParseException e) {
                throw new UserFacingException(e, "backup.error.notABackup", backup.getFileName().toString());
            }
            return new BackupCheck(created, manifest.path("posts").asLong(-1), seen, manifest.path("appVersion").asText("?"));
        } catch (IOException e) {
            // ZipFile refuses a cut-off or overwritten file before any entry can be read.
            throw new UserFacingException(e, "backup.error.unreadable", backup.getFileName().toString());
        }
    }

    private static void compare(ZipFile zip, ZipEntry entry, JsonNode expected, Path unpackTo, Path backup)
            throws IOException {
        MessageDigest digest = sha256();
        long bytes;
        try (InputStream in = zip.getInputStream(entry)) {
            OutputStream sink;
            if (unpackTo == null) {
                sink = OutputStream.nullOutputStream();
            } else {
                Path target = unpackTo.resolve(entry.getName());
                Files.createDirectories(target.getParent());
                sink = Files.newOutputStream(target);
            }
            try (CountingStream counted = new CountingStream(new DigestOutputStream(sink, digest))) {
                in.transferTo(counted);
                bytes = counted.count;
            }
        } catch (java.util.zip.ZipException e) {
            throw new UserFacingException(e, "backup.error.damaged", backup.getFileName().toString(), entry.getName());
        }
        String hash = HexFormat.of().formatHex(digest.digest());
        if (bytes != expected.path("bytes").asLong(-1) || !hash.equals(expected.path("sha256").asText())) {
            throw new UserFacingException("backup.error.damaged", backup.getFileName().toString(), entry.getName());
        }
    }

    private static boolean safeName(String path) {
        if (path.equals(DATABASE_ENTRY) || path.equals(Database.PREFERENCES_FILE) || path.equals(DataDirectoryId.FILE)) {
            return true;
        }
        return path.startsWith(MEDIA_PREFIX) && MEDIA_NAME.matcher(path.substring(MEDIA_PREFIX.length())).matches();
    }

    // --- replacing -------------------------------------------------------------------------------

    /** Moves the current files aside and the unpacked ones in; puts the current ones back if that fails. */
    private static void swap(Path dataDirectory, Path incoming, Path outgoing) throws IOException {
        List<String> names = List.of(DATABASE_ENTRY, Database.MEDIA_FOLDER, Database.PREFERENCES_FILE);
        Files.createDirectories(outgoing);
        List<String> movedAside = new ArrayList<>();
        try {
            for (String name : names) {
                if (Files.exists(dataDirectory.resolve(name))) {
                    move(dataDirectory.resolve(name), outgoing.resolve(name));
                    movedAside.add(name);
                }
            }
            for (String name : names) {
                if (Files.exists(incoming.resolve(name))) {
                    move(incoming.resolve(name), dataDirectory.resolve(name));
                }
            }
            // A backup from before the folder had an identity leaves the present one in place.
            if (Files.exists(incoming.resolve(DataDirectoryId.FILE))) {
                Files.move(incoming.resolve(DataDirectoryId.FILE), dataDirectory.resolve(DataDirectoryId.FILE),
                        StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            for (String name : movedAside) {
                deleteTree(dataDirectory.resolve(name));
                move(outgoing.resolve(name), dataDirectory.resolve(name));
            }
            throw e;
        }
    }

    // --- helpers ---------------------------------------------------------------------------------

    private static Optional<BackupFile> parseName(Path file) {
        Matcher matcher = NAME.matcher(file.getFileName().toString());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Optional<BackupKind> kind = BackupKind.ofFileTag(matcher.group(2));
        try {
            LocalDateTime created = LocalDateTime.parse(matcher.group(1), STAMP);
            return kind.map(known -> describe(file, created, known));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static BackupFile describe(Path file, LocalDateTime created, BackupKind kind) {
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = -1;
        }
        return new BackupFile(file, created, kind, bytes);
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + file, e);
        }
    }

    static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (var walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(ZipBackups::deleteQuietly);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + root, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    /** Lets an entry's content be written through streams that close without closing the ZIP. */
    private static final class KeepOpen extends FilterOutputStream {
        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
        }

        @Override
        public void close() throws IOException {
            flush();
        }
    }

    private static final class CountingStream extends FilterOutputStream {
        long count;

        CountingStream(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
