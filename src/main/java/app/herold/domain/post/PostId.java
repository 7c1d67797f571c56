package app.herold.domain.post;

/** The number that names a post in the database, on the command line and in exports. */
public record PostId(long value) {

    public PostId {
        if (value <= 0) {
            throw new IllegalArgumentException("post ids are positive: " + value);
        }
    }

    public static PostId of(long value) {
        return new PostId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
