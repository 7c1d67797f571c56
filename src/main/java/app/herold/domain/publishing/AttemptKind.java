package app.herold.domain.publishing;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** What an attempt asked of the platform. The ids are stored and never change. */
public enum AttemptKind {
    /** Publish now. */
    PUBLISH("publish"),
    /** Hand over to the platform's own scheduling. */
    HANDOVER("handover"),
    /** Ask whether the post exists (after an unknown outcome, or after a handed-over post's time). */
    CHECK("check"),
    /** Take a handed-over post back from the platform's scheduling. */
    WITHDRAW("withdraw");

    private final String id;

    AttemptKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<AttemptKind> fromId(String id) {
        String wanted = id == null ? "" : id.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(kind -> kind.id.equals(wanted)).findFirst();
    }
}
