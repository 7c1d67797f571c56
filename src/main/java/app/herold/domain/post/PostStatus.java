package app.herold.domain.post;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Where a post stands in the editorial workflow. The identifier is part of the command-line and
 * JSON contract ({@code --status ready}) and must never change.
 */
public enum PostStatus {
    IDEA("idea"),
    DRAFT("draft"),
    READY("ready"),
    PUBLISHED("published"),
    ARCHIVED("archived");

    private final String id;

    PostStatus(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<PostStatus> fromId(String id) {
        if (id == null) {
            return Optional.empty();
        }
        String wanted = id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(status -> status.id.equals(wanted)).findFirst();
    }
}
