package app.herold.domain.post;

import app.herold.domain.UserFacingException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Imports a month planned in a spreadsheet: first a preview of every row with its problems, then,
 * only when no row has one, all rows as drafts in one transaction. A file with one bad row imports
 * nothing, so the officer corrects the file and imports it again without finding half of it
 * already in the calendar.
 */
public final class PlanImport {

    private final PlanTableReader reader;
    private final MediaLibrary media;
    private final ContentPlan plan;
    private final Supplier<LocalTime> defaultTime;

    /** @param defaultTime the time of a row that names none: the one new posts get (Settings) */
    public PlanImport(PlanTableReader reader, MediaLibrary media, ContentPlan plan, Supplier<LocalTime> defaultTime) {
        this.reader = reader;
        this.media = media;
        this.plan = plan;
        this.defaultTime = defaultTime;
    }

    /** Reads the file and checks every row; saves nothing. */
    public ImportPreview preview(Path file) {
        return check(reader.read(file));
    }

    /** Checks every row of a table already read; saves nothing. */
    public ImportPreview check(PlanTable table) {
        Path folder = table.file().toAbsolutePath().getParent();
        ImportRowChecks checks = new ImportRowChecks(folder, media, defaultTime);
        List<ImportRow> rows = new ArrayList<>();
        for (PlanTable.Row row : table.rows()) {
            rows.add(checks.check(row));
        }
        return new ImportPreview(table.file(), rows);
    }

    /**
     * Copies the pictures into the media library and saves every row as a draft, all in one
     * transaction, and returns how many posts were saved. Refuses a preview with problems. A
     * failure leaves no post behind; pictures already copied stay in the library, unused, as
     * pictures removed in the editor do.
     */
    public int importAll(ImportPreview preview) throws IOException {
        if (!preview.importable()) {
            throw new UserFacingException("error.import.rowsWithProblems", preview.rowsWithProblems());
        }
        List<Post> posts = new ArrayList<>();
        for (ImportRow row : preview.rows()) {
            posts.add(post(row));
        }
        plan.insertAll(posts);
        return posts.size();
    }

    private Post post(ImportRow row) throws IOException {
        List<PostImage> images = new ArrayList<>();
        for (int index = 0; index < row.images().size(); index++) {
            images.add(new PostImage(media.importImage(row.images().get(index)), row.altTexts().get(index)));
        }
        // Never "ready": an imported post is looked at and checked in the editor before it goes out.
        return Post.newPost(Schedule.of(row.date(), row.time(), plan.zone()))
                .withStatus(PostStatus.DRAFT)
                .withTitle(row.title())
                .withText(row.text())
                .withChannels(row.channels())
                .withTags(row.tags())
                .withImages(images);
    }
}
