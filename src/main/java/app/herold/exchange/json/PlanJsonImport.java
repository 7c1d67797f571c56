package app.herold.exchange.json;

import app.herold.domain.UserFacingException;
import app.herold.domain.exchange.ImportMode;
import app.herold.domain.exchange.ImportPreview;
import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.exchange.PlanReconciliation;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.MediaLibrary;
import app.herold.exchange.json.PlanExportReader.ExportFile;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The JSON import: {@link #prepare} reads and checks a file and shows what it would change; {@link
 * Prepared#commit} writes it. A file that cannot be read, is damaged, is of a newer version or comes
 * from another program is refused by {@code prepare} with one sentence, before any preview.
 */
public final class PlanJsonImport {

    private static final System.Logger LOG = System.getLogger(PlanJsonImport.class.getName());

    private final PlanTransfer plan;
    private final MediaLibrary media;
    private final Path workFolder;
    private final Clock clock;

    /** @param workFolder where the file's pictures are unpacked until the import is done (the data directory) */
    public PlanJsonImport(PlanTransfer plan, MediaLibrary media, Path workFolder, Clock clock) {
        this.plan = plan;
        this.media = media;
        this.workFolder = workFolder;
        this.clock = clock;
    }

    /** Reads and checks the file, changing nothing. The caller closes what it gets. */
    public Prepared prepare(Path file) {
        Path unpacked;
        try {
            Files.createDirectories(workFolder);
            unpacked = Files.createTempDirectory(workFolder, ".json-import-");
        } catch (IOException e) {
            throw new UserFacingException(e, "error.cannotWrite");
        }
        try {
            return new Prepared(new PlanExportReader(clock).read(file, unpacked), String.valueOf(file.getFileName()),
                    unpacked);
        } catch (RuntimeException e) {
            deleteTree(unpacked);
            throw e;
        }
    }

    /** A file read and checked; compared with the plan as it is when asked, in the mode asked for. */
    public final class Prepared implements PlanFiles.PreparedImport {

        private final ExportFile file;
        private final String fileName;
        private final Path unpacked;

        private Prepared(ExportFile file, String fileName, Path unpacked) {
            this.file = file;
            this.fileName = fileName;
            this.unpacked = unpacked;
        }

        @Override
        public ImportPreview preview(ImportMode mode) {
            return reconcile(mode).preview();
        }

        @Override
        public Instant exportedAt() {
            return file.exportedAt();
        }

        @Override
        public String appVersion() {
            return file.appVersion();
        }

        /**
         * Compares the file with the plan as it is now (it may have changed since the preview) and writes
         * it: the pictures first, then everything else in one transaction. A problem refuses it before
         * anything is written. Pictures copied for a transaction that then fails stay in the media folder
         * unused; they are named by their content, so they can never show in place of another picture.
         *
         * @return what was done
         */
        @Override
        public ImportPreview commit(ImportMode mode) {
            PlanReconciliation.Result result = reconcile(mode);
            if (result.preview().blocked()) {
                throw new UserFacingException("jsonImport.error.blocked", result.preview().problems());
            }
            copyPictures();
            plan.apply(result.changes());
            return result.preview();
        }

        private PlanReconciliation.Result reconcile(ImportMode mode) {
            return PlanReconciliation.reconcile(plan.read(), file.plan(), new PlanReconciliation.Pictures() {
                @Override
                public boolean inFile(String mediaFile) {
                    return file.pictures().containsKey(mediaFile);
                }

                @Override
                public boolean inLibrary(String mediaFile) {
                    return Files.isRegularFile(media.pathOf(mediaFile));
                }
            }, mode);
        }

        /** The media folder names a picture by its bytes; a name in the file that says otherwise is a damaged file. */
        private void copyPictures() {
            for (Map.Entry<String, Path> picture : file.pictures().entrySet()) {
                String stored;
                try {
                    stored = media.importImage(picture.getValue());
                } catch (IOException e) {
                    throw new UserFacingException(e, "error.cannotWrite");
                }
                if (!stored.equals(picture.getKey())) {
                    throw new UserFacingException("jsonImport.error.damaged", fileName, picture.getKey());
                }
            }
        }

        @Override
        public void close() {
            deleteTree(unpacked);
        }
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            walk.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.deleteIfExists(path);
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "could not remove " + path, e);
                }
            });
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not remove " + root, e);
        }
    }
}
