package app.herold.domain.channel;

import java.util.Objects;

/** A piece of a preview with how the platform shows it: bold, italic, or as a link (also hashtags and mentions). */
public record PreviewRun(String text, boolean bold, boolean italic, boolean link) {

    public PreviewRun {
        Objects.requireNonNull(text, "text");
    }

    public static PreviewRun plain(String text) {
        return new PreviewRun(text, false, false, false);
    }
}
