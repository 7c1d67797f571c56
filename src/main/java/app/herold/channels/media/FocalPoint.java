package app.herold.channels.media;

/** Where the picture's subject is, 0..1 from the left and from the top; a crop keeps it in view. */
public record FocalPoint(double x, double y) {

    public static final FocalPoint CENTER = new FocalPoint(0.5, 0.5);

    public FocalPoint {
        if (!(x >= 0 && x <= 1 && y >= 0 && y <= 1)) {
            throw new IllegalArgumentException("a focal point lies within the picture, 0..1: " + x + ", " + y);
        }
    }
}
