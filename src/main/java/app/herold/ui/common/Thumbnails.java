package app.herold.ui.common;

import app.herold.domain.post.MediaLibrary;
import java.util.LinkedHashMap;
import java.util.Map;
import javafx.scene.image.Image;

/**
 * Small versions of the post images for cards and the editor, decoded in the background at the
 * size they are shown and kept in a small cache, so scrolling a week never decodes a photo twice.
 */
public final class Thumbnails {

    private static final int CACHE_SIZE = 300;

    private final MediaLibrary media;
    private final Map<String, Image> cache = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Image> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    public Thumbnails(MediaLibrary media) {
        this.media = media;
    }

    /** The image scaled to fit a square of {@code size} pixels; loads in the background. */
    public Image get(String mediaFile, int size) {
        String key = mediaFile + "@" + size;
        return cache.computeIfAbsent(key, ignored ->
                new Image(media.pathOf(mediaFile).toUri().toString(), size * 2.0, size * 2.0, true, true, true));
    }
}
