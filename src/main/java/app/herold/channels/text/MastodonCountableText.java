package app.herold.channels.text;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.List;

/**
 * The text Mastodon's StatusLengthValidator counts in place of the post: each URL replaced by as many
 * characters as the server reserves for it, each mention cut to its local part "@user". Mirrors
 * {@code countable_text} in {@code app/validators/status_length_validator.rb}, including that the
 * server strips the text first ({@code Status#prepare_contents}) and counts a blank text as nothing.
 * Building the replaced text, instead of adding numbers up, keeps the seams as the server counts them.
 */
final class MastodonCountableText {

    private MastodonCountableText() {
    }

    static String of(String text, int charactersPerUrl) {
        if (charactersPerUrl < 0) {
            throw new IllegalArgumentException("Characters per URL must not be negative: " + charactersPerUrl);
        }
        String stripped = stripped(text);
        if (isBlank(stripped)) {
            return "";
        }
        List<TextEntity> entities = new ArrayList<>(SchemeUrls.in(stripped));
        entities.addAll(FediverseMentions.in(stripped));
        StringBuilder countable = new StringBuilder(stripped.length());
        int position = 0;
        for (TextEntity entity : TextEntities.withoutOverlaps(entities)) {
            countable.append(stripped, position, entity.start());
            if (entity.kind() == TextEntity.Kind.URL) {
                countable.append("x".repeat(charactersPerUrl));
            } else {
                countable.append('@').append(localPart(entity.value()));
            }
            position = entity.end();
        }
        return countable.append(stripped, position, stripped.length()).toString();
    }

    /** Ruby's String#strip, which Mastodon applies: NUL, tab, line breaks and space, not Unicode spaces. */
    static String stripped(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isRubyWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && isRubyWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isRubyWhitespace(char unit) {
        return unit == ' ' || unit == '\0' || (unit >= '\t' && unit <= '\r');
    }

    /** Rails' String#blank?: only characters with the Unicode White_Space property, e.g. a no-break space. */
    private static boolean isBlank(String text) {
        return text.codePoints().allMatch(UCharacter::isUWhiteSpace);
    }

    private static String localPart(String handle) {
        int at = handle.indexOf('@');
        return at < 0 ? handle : handle.substring(0, at);
    }
}
