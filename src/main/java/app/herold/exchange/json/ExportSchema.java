package app.herold.exchange.json;

import app.herold.domain.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The plan's JSON export as a format: its name, its version, and the steps that bring a document of an
 * older version to the current shape. The reader binds only the current shape; every older document
 * goes through {@link #toCurrent} first, one step per version, so a version's reading code never has
 * to know the versions before it.
 *
 * <p>Version 1 is the current shape and needs no step. A change of the shape raises
 * {@link #VERSION}, adds the step from the old shape to the new one to {@link #CURRENT}, and keeps
 * the test that imports the hand-written version-1 fixture passing.
 */
public final class ExportSchema {

    public static final String FORMAT = "herold-export";
    public static final int VERSION = 1;
    /** The document's name inside the ZIP. */
    public static final String DOCUMENT = "herold-export.json";
    /** Where the pictures lie inside the ZIP, each under its name in the media folder. */
    public static final String MEDIA_FOLDER = "media/";

    static final ExportSchema CURRENT = new ExportSchema(VERSION, List.of());

    private final int version;
    /** {@code upgrades.get(n - 1)} turns a document of version n into one of version n + 1. */
    private final List<UnaryOperator<ObjectNode>> upgrades;

    ExportSchema(int version, List<UnaryOperator<ObjectNode>> upgrades) {
        if (upgrades.size() != version - 1) {
            throw new IllegalArgumentException("version " + version + " needs a step from each version before it");
        }
        this.version = version;
        this.upgrades = List.copyOf(upgrades);
    }

    int version() {
        return version;
    }

    /**
     * Brings a Herold export of this or an older version to this version's shape. Refuses JSON that is
     * not a Herold export (another program's, or none at all) and an export of a newer version, whose
     * keys this Herold cannot know.
     *
     * @param fileName how the user knows the file, for the sentence of a refusal
     */
    ObjectNode toCurrent(JsonNode document, String fileName) {
        if (document == null || !document.isObject() || !FORMAT.equals(document.path("format").textValue())) {
            throw new UserFacingException("jsonImport.error.notAnExport", fileName);
        }
        JsonNode versionField = document.get("schemaVersion");
        if (versionField == null || !versionField.isIntegralNumber() || !versionField.canConvertToInt()
                || versionField.intValue() < 1) {
            throw new UserFacingException("jsonImport.error.notAnExport", fileName);
        }
        int documentVersion = versionField.intValue();
        if (documentVersion > version) {
            throw new UserFacingException("jsonImport.error.newer", fileName, documentVersion,
                    document.path("appVersion").asText("?"));
        }
        ObjectNode upgraded = (ObjectNode) document;
        for (int from = documentVersion; from < version; from++) {
            upgraded = upgrades.get(from - 1).apply(upgraded);
            upgraded.put("schemaVersion", from + 1);
        }
        return upgraded;
    }
}
