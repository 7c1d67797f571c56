package app.herold.domain.post;

import java.util.Objects;

/**
 * An image attached to a post. {@code mediaFile} names the copy in the data directory's media
 * folder (its content hash plus extension), so the original may be moved or deleted freely.
 *
 * @param focusX where the picture's subject is, 0 (left) to 1 (right); a crop for a channel keeps it in view
 * @param focusY likewise from top to bottom
 * @param fit how the picture is brought into a channel's accepted shape: cropped around the focus or padded
 * @param decorative the picture only decorates (a divider, a pattern): it needs no alt text
 */
public record PostImage(String mediaFile, String altText, double focusX, double focusY, Fit fit, boolean decorative) {

    /** Cropping keeps the picture filled; padding keeps all of it (a poster, a map). */
    public enum Fit {
        CROP, PAD;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Fit fromId(String id) {
            return "pad".equalsIgnoreCase(id) ? PAD : CROP;
        }
    }

    public PostImage {
        Objects.requireNonNull(mediaFile, "mediaFile");
        altText = altText == null ? "" : altText;
        focusX = clamp(focusX);
        focusY = clamp(focusY);
        fit = fit == null ? Fit.CROP : fit;
    }

    /** An image with its subject in the middle, cropped where a channel needs another shape. */
    public PostImage(String mediaFile, String altText) {
        this(mediaFile, altText, 0.5, 0.5, Fit.CROP, false);
    }

    public PostImage(String mediaFile, String altText, double focusX, double focusY, Fit fit) {
        this(mediaFile, altText, focusX, focusY, fit, false);
    }

    public PostImage withAltText(String newAltText) {
        return new PostImage(mediaFile, newAltText, focusX, focusY, fit, decorative);
    }

    public PostImage withFocus(double x, double y) {
        return new PostImage(mediaFile, altText, x, y, fit, decorative);
    }

    public PostImage withFit(Fit newFit) {
        return new PostImage(mediaFile, altText, focusX, focusY, newFit, decorative);
    }

    public PostImage asDecorative(boolean onlyDecoration) {
        return new PostImage(mediaFile, altText, focusX, focusY, fit, onlyDecoration);
    }

    private static double clamp(double value) {
        return Double.isNaN(value) ? 0.5 : Math.max(0, Math.min(1, value));
    }
}
