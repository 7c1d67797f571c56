package app.herold.channels.media;

import java.util.Optional;

/**
 * The plan for one prepared picture: the part of the picture that is kept, as fractions of the
 * upright picture so the plan holds for a copy decoded at any subsampling, and the output size.
 * When padded, the kept part is centred on white bars; otherwise it fills the output.
 */
record Framing(int width, int height, double cropX, double cropY, double cropWidth, double cropHeight,
               double keptAspect, boolean padded) {

    private static final double SHRINK_STEP = 0.9;

    static Framing plan(int pictureWidth, int pictureHeight, ImageRules rules, FocalPoint focus, FitMode fit) {
        double aspect = (double) pictureWidth / pictureHeight;
        double canvasWidth = pictureWidth;
        double canvasHeight = pictureHeight;
        double cropWidth = 1;
        double cropHeight = 1;
        double cropX = 0;
        double cropY = 0;
        boolean padded = false;
        if (rules.minAspect() > 0 && aspect < rules.minAspect()) {
            if (fit == FitMode.CROP) {
                cropHeight = aspect / rules.minAspect();
                cropY = around(focus.y(), cropHeight);
                canvasHeight = pictureWidth / rules.minAspect();
            } else {
                canvasWidth = pictureHeight * rules.minAspect();
                padded = true;
            }
        } else if (rules.maxAspect() > 0 && aspect > rules.maxAspect()) {
            if (fit == FitMode.CROP) {
                cropWidth = rules.maxAspect() / aspect;
                cropX = around(focus.x(), cropWidth);
                canvasWidth = pictureHeight * rules.maxAspect();
            } else {
                canvasHeight = pictureWidth / rules.maxAspect();
                padded = true;
            }
        }
        double scale = scale(canvasWidth, canvasHeight, rules);
        int width = Math.max(1, (int) Math.round(canvasWidth * scale));
        int height = Math.max(1, (int) Math.round(canvasHeight * scale));
        int[] size = withinLimits(width, height, rules);
        return new Framing(size[0], size[1], cropX, cropY, cropWidth, cropHeight,
                aspect * cropWidth / cropHeight, padded);
    }

    /** The same framing 10 % smaller, for a file that is still too big at the lowest quality; empty below the channel's minimum. */
    Optional<Framing> smaller(ImageRules rules) {
        int smallerWidth = (int) Math.round(width * SHRINK_STEP);
        int smallerHeight = (int) Math.round(height * SHRINK_STEP);
        if (smallerWidth < Math.max(1, rules.minWidth()) || smallerHeight < 1 || smallerWidth == width) {
            return Optional.empty();
        }
        int[] size = withinLimits(smallerWidth, smallerHeight, rules);
        return Optional.of(new Framing(size[0], size[1], cropX, cropY, cropWidth, cropHeight, keptAspect, padded));
    }

    /** Where the kept part lands on the output: {x, y, width, height}. */
    int[] content() {
        if (!padded) {
            return new int[] {0, 0, width, height};
        }
        int contentWidth = width;
        int contentHeight = height;
        if (keptAspect < (double) width / height) {
            contentWidth = Math.min(width, Math.max(1, (int) Math.round(height * keptAspect)));
        } else {
            contentHeight = Math.min(height, Math.max(1, (int) Math.round(width / keptAspect)));
        }
        return new int[] {(width - contentWidth) / 2, (height - contentHeight) / 2, contentWidth, contentHeight};
    }

    /** Output pixels per pixel of the upright picture; below 1 the picture is reduced. */
    double scaleFrom(int pictureWidth) {
        return content()[2] / (cropWidth * pictureWidth);
    }

    static boolean limited(long limit) {
        return limit > 0 && limit != Long.MAX_VALUE && limit != Integer.MAX_VALUE;
    }

    private static double around(double focus, double keptFraction) {
        return Math.max(0, Math.min(1 - keptFraction, focus - keptFraction / 2));
    }

    private static double scale(double width, double height, ImageRules rules) {
        double largest = Double.POSITIVE_INFINITY;
        if (limited(rules.maxWidth())) {
            largest = Math.min(largest, rules.maxWidth() / width);
        }
        if (limited(rules.maxHeight())) {
            largest = Math.min(largest, rules.maxHeight() / height);
        }
        if (limited(rules.maxPixels())) {
            largest = Math.min(largest, Math.sqrt(rules.maxPixels() / (width * height)));
        }
        if (limited(rules.maxWidthPlusHeight())) {
            largest = Math.min(largest, rules.maxWidthPlusHeight() / (width + height));
        }
        double scale = Math.min(1, largest);
        if (width * scale < rules.minWidth()) {
            scale = Math.min(rules.minWidth() / width, largest);
        }
        return scale;
    }

    /**
     * Rounding to whole pixels can overstep a limit or an aspect bound by a fraction of a pixel, and
     * a platform checks whole pixels; each correction only shrinks a side, so none undoes another.
     */
    private static int[] withinLimits(int width, int height, ImageRules rules) {
        if (limited(rules.maxWidth())) {
            width = Math.min(width, rules.maxWidth());
        }
        if (limited(rules.maxHeight())) {
            height = Math.min(height, rules.maxHeight());
        }
        while ((limited(rules.maxPixels()) && (long) width * height > rules.maxPixels())
                || (limited(rules.maxWidthPlusHeight()) && width + height > rules.maxWidthPlusHeight())) {
            if (width >= height && width > 1) {
                width--;
            } else if (height > 1) {
                height--;
            } else {
                break;
            }
        }
        if (rules.minAspect() > 0 && (double) width / height < rules.minAspect()) {
            height = Math.max(1, (int) Math.floor(width / rules.minAspect()));
        }
        if (rules.maxAspect() > 0 && (double) width / height > rules.maxAspect()) {
            width = Math.max(1, (int) Math.floor(height * rules.maxAspect()));
        }
        return new int[] {width, height};
    }
}
