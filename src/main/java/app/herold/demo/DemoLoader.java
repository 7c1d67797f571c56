package app.herold.demo;

import app.herold.domain.UserFacingException;
import app.herold.domain.post.MediaLibrary;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStore;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Puts demo posts into an empty plan: copies the demo pictures into the media library, then
 * inserts the generated posts in batches. Used by {@code herold demo} and the first-start offer.
 */
public final class DemoLoader {

    public static final long DEFAULT_SEED = 1;
    /** The demo town is in Saxony, whatever zone the computer is set to. */
    public static final ZoneId DEMO_ZONE = ZoneId.of("Europe/Berlin");
    private static final int BATCH = 10_000;

    private DemoLoader() {
    }

    /** Returns how many posts were added. Refuses a plan that already holds posts. */
    public static int load(PostStore posts, MediaLibrary media, int count, long seed, Clock clock) {
        long existing = posts.count();
        if (existing > 0) {
            throw new UserFacingException("cli.error.notEmpty", existing);
        }
        List<DemoImage> images = importPictures(media);
        List<Post> generated = DemoPlan.generate(count, seed, LocalDate.now(clock.withZone(DEMO_ZONE)), DEMO_ZONE,
                images);
        for (int start = 0; start < generated.size(); start += BATCH) {
            posts.insertAll(generated.subList(start, Math.min(generated.size(), start + BATCH)));
        }
        return generated.size();
    }

    private static List<DemoImage> importPictures(MediaLibrary media) {
        List<DemoImage> imported = new ArrayList<>();
        for (DemoImageResource picture : DemoImages.all()) {
            try (InputStream in = DemoLoader.class.getResourceAsStream(picture.resourcePath())) {
                if (in == null) {
                    continue;
                }
                Path temporary = Files.createTempFile("herold-demo-", ".img");
                try {
                    Files.copy(in, temporary, StandardCopyOption.REPLACE_EXISTING);
                    imported.add(new DemoImage(media.importImage(temporary), picture.altText()));
                } finally {
                    Files.deleteIfExists(temporary);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return imported;
    }
}
