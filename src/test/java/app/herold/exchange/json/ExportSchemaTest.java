package app.herold.exchange.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import app.herold.domain.UserFacingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document of an older version reaches the reader only through the steps to the current shape. */
class ExportSchemaTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A version 2 as it might come: the Land moves from "settings" to the top. */
    private static final ExportSchema VERSION_TWO = new ExportSchema(2, List.of(document -> {
        JsonNode settings = document.remove("settings");
        document.put("state", settings.path("state").asText());
        return document;
    }));

    @Test
    void theCurrentVersionIsOneAndItsDocumentIsReadAsItIs() throws IOException {
        ObjectNode document = versionOneFixture();

        ObjectNode current = ExportSchema.CURRENT.toCurrent(document.deepCopy(), "ostern.json");

        assertThat(ExportSchema.VERSION).isEqualTo(1);
        assertThat(current).isEqualTo(document);
    }

    @Test
    void aVersionOneDocumentGoesThroughEveryStepToTheNewerShape() throws IOException {
        ObjectNode upgraded = VERSION_TWO.toCurrent(versionOneFixture(), "ostern.json");

        assertThat(upgraded.path("schemaVersion").asInt()).isEqualTo(2);
        assertThat(upgraded.path("state").asText()).isEqualTo("TH");
        assertThat(upgraded.has("settings")).isFalse();
        assertThat(upgraded.path("posts")).hasSize(2);
    }

    @Test
    void aDocumentOfTheCurrentVersionTakesNoStep() throws IOException {
        ObjectNode two = versionOneFixture();
        two.put("schemaVersion", 2);

        assertThat(VERSION_TWO.toCurrent(two.deepCopy(), "neu.json")).isEqualTo(two);
    }

    @Test
    void aNewerVersionIsRefusedNamingTheHeroldThatWroteIt() throws IOException {
        ObjectNode newer = versionOneFixture();
        newer.put("schemaVersion", 3);

        assertThatThrownBy(() -> VERSION_TWO.toCurrent(newer, "neu.json"))
                .isInstanceOfSatisfying(UserFacingException.class, refused -> {
                    assertThat(refused.messageKey()).isEqualTo("jsonImport.error.newer");
                    assertThat(refused.arguments()).containsExactly("neu.json", 3, "1.0.0");
                });
    }

    @Test
    void jsonWithoutTheFormatOrAVersionIsNoExport() throws IOException {
        for (String foreign : List.of("{\"foo\":1}", "[1, 2]", "{\"format\":\"herold-export\"}",
                "{\"format\":\"herold-export\",\"schemaVersion\":\"1\"}", "{\"format\":\"herold-export\",\"schemaVersion\":0}")) {
            assertThatThrownBy(() -> ExportSchema.CURRENT.toCurrent(JSON.readTree(foreign), "fremd.json"))
                    .as(foreign)
                    .isInstanceOfSatisfying(UserFacingException.class,
                            refused -> assertThat(refused.messageKey()).isEqualTo("jsonImport.error.notAnExport"));
        }
    }

    private static ObjectNode versionOneFixture() throws IOException {
        try (InputStream in = ExportSchemaTest.class.getResourceAsStream("/app/herold/exchange/json/herold-export-v1.json")) {
            return (ObjectNode) JSON.readTree(in);
        }
    }
}
