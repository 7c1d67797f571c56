package app.herold.exchange.json;

import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.MediaLibrary;
import java.nio.file.Path;
import java.time.Clock;

/** The plan as a ZIP with {@code herold-export.json} and the pictures, for the window and the commands alike. */
public final class JsonPlanFiles implements PlanFiles {

    private final PlanExportWriter writer;
    private final PlanJsonImport importer;

    /** @param workFolder where a file's pictures are unpacked until its import is done (the data directory) */
    public JsonPlanFiles(PlanTransfer plan, MediaLibrary media, Path workFolder, Clock clock, String appVersion) {
        this.writer = new PlanExportWriter(plan, media, clock, appVersion);
        this.importer = new PlanJsonImport(plan, media, workFolder, clock);
    }

    @Override
    public ExportedPlan export(Path file) {
        PlanExportWriter.Written written = writer.write(file);
        return new ExportedPlan(written.file(), written.posts(), written.pictures(), written.missingPictures());
    }

    @Override
    public PlanJsonImport.Prepared prepare(Path file) {
        return importer.prepare(file);
    }
}
