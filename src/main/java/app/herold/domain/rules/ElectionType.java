package app.herold.domain.rules;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The kinds of election a town must stay neutral before. The ids are the command line's contract. */
public enum ElectionType {
    EUROPA("europa"),
    BUND("bund"),
    LAND("land"),
    KOMMUNE("kommune"),
    BUERGERMEISTER("buergermeister"),
    BUERGERENTSCHEID("buergerentscheid");

    private final String id;

    ElectionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ElectionType> fromId(String id) {
        String wanted = id == null ? "" : id.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(type -> type.id.equals(wanted)).findFirst();
    }
}
