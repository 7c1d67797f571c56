package app.herold.domain.rules;

/**
 * What the rules need to know of characters that Java 17 cannot tell by itself: which are emoji.
 * Implemented with ICU's Unicode data where the adapters are wired, so the rules stay plain Java.
 */
@FunctionalInterface
public interface TextFacts {

    /** Whether the code point starts an emoji (Unicode's Extended_Pictographic, or a regional indicator). */
    boolean isEmoji(int codePoint);
}
