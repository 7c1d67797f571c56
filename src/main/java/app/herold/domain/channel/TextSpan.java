package app.herold.domain.channel;

/** A stretch of the text a finding is about: UTF-16 indices into the text it was found in, end exclusive. */
public record TextSpan(int start, int end) {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("span " + start + ".." + end);
        }
    }
}
