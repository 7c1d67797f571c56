package app.herold.domain.post;

/** Small text helpers shared by full posts and their summaries. */
public final class PostText {

    private PostText() {
    }

    public static String headline(String title, String text) {
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return firstLine(text);
    }

    public static String firstLine(String text) {
        if (text == null) {
            return "";
        }
        String stripped = text.strip();
        int end = stripped.indexOf('\n');
        String line = end < 0 ? stripped : stripped.substring(0, end);
        // Cards and lists show the words, not the master text's "**" and "[…](…)" marks.
        return app.herold.domain.text.FormattedText.parse(line).plain().strip();
    }
}
