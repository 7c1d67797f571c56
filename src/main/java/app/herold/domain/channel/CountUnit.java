package app.herold.domain.channel;

/** What a platform counts when it limits the length of a post. */
public enum CountUnit {
    /** User-perceived characters (grapheme clusters): an emoji family or a flag is one. */
    GRAPHEMES,
    /** UTF-16 code units, as JavaScript and Java count: most emoji are two. */
    UTF16_UNITS,
    /** Bytes of the UTF-8 encoding: an umlaut is two, most emoji four. */
    UTF8_BYTES
}
