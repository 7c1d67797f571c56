package app.herold.domain.exchange;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The whole plan as one file, out and in: to move it to another computer, to hand it to a colleague,
 * or to go back to a known state. Slow (reads or writes every post and picture): call it off the UI
 * thread. Failures are {@link app.herold.domain.UserFacingException}s with one sentence.
 */
public interface PlanFiles {

    /** Writes everything into {@code file}, replacing it only once the new file is complete. */
    ExportedPlan export(Path file);

    /**
     * Reads and checks a file, changing nothing; a file that cannot be imported at all (damaged, of
     * another program, of a newer Herold) is refused here. The caller closes what it gets.
     */
    PreparedImport prepare(Path file);

    /**
     * What went into an export file.
     *
     * @param missingPictures pictures posts show that were not in the media folder, so not in the file
     */
    record ExportedPlan(Path file, int posts, int pictures, List<String> missingPictures) {

        public ExportedPlan {
            missingPictures = List.copyOf(missingPictures);
        }
    }

    /** A file read and checked, ready to be compared with the plan and imported. */
    interface PreparedImport extends AutoCloseable {

        /** When the file was written; null when it does not say. */
        Instant exportedAt();

        /** The Herold version that wrote it ("?" when the file does not say). */
        String appVersion();

        /** What importing it in this mode would change in the plan as it is now. */
        ImportPreview preview(ImportMode mode);

        /** Compares again with the plan as it is now and writes it; refused when a problem shows. */
        ImportPreview commit(ImportMode mode);

        /** Lets go of the file's unpacked pictures. */
        @Override
        void close();
    }
}
