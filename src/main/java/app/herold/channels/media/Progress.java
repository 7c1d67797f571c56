package app.herold.channels.media;

/** Receives how far a preparation has come, 0..1, from the thread that does the work. */
@FunctionalInterface
public interface Progress {

    Progress NONE = fraction -> { };

    void report(double fraction);
}
