package app.herold.exchange.json;

import app.herold.domain.exchange.PlanFiles;
import app.herold.domain.exchange.PlanTransfer;
import app.herold.domain.post.MediaLibrary;
import java.nio.file.Path;
import java.time.Clock;

/** The plan as a ZIP with {@code herold-export.json} and the pictures, for the window and the commands alike. */
public final class JsonPlanFiles implements PlanFiles {

    private final PlanTransfer plan;
    private final MediaLibrary media;
    private final Path workFolder;
    private final Clock clock;
    private final String appVersion;

    /**
     * Only remembers its parts: the window makes one at start, and the writer and reader (with Jackson
     * behind them) are loaded when a file is first exported or imported, not while the window opens.
     *
     * @param workFolder where a file's pictures are unpacked until its import is done (the data directory)
     */
    public JsonPlanFiles(PlanTransfer plan, MediaLibrary media, Path workFolder, Clock clock, String appVersion) {
        this.plan = plan;
        this.media = media;
        this.workFolder = workFolder;
        this.clock = clock;
        this.appVersion = appVersion;
    }

    @Override
    public ExportedPlan export(Path file) {
        PlanExportWriter.Written written = new PlanExportWriter(plan, media, clock, appVersion).write(file);
        return new ExportedPlan(written.file(), written.posts(), written.pictures(), written.missingPictures());
    }

    @Override
    public PlanJsonImport.Prepared prepare(Path file) {
        return new PlanJsonImport(plan, media, workFolder, clock).prepare(file);
    }
}
