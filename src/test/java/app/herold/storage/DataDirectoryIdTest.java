package app.herold.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The id that keeps exported calendar events the same from one export of a data directory to the next. */
class DataDirectoryIdTest {

    @TempDir
    Path temp;

    @Test
    void theFirstAskMakesTheIdAndEveryLaterAskReadsItBack() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("daten"));

        String first = DataDirectoryId.of(directory);

        assertThat(UUID.fromString(first)).isNotNull();
        assertThat(DataDirectoryId.of(directory)).isEqualTo(first);
        assertThat(directory.resolve(DataDirectoryId.FILE)).hasContent(first);
    }

    @Test
    void aCopiedFolderKeepsItsIdAndAnotherFolderHasItsOwn() throws IOException {
        Path original = Files.createDirectories(temp.resolve("original"));
        Path copy = Files.createDirectories(temp.resolve("kopie"));
        Path other = Files.createDirectories(temp.resolve("andere"));
        String id = DataDirectoryId.of(original);
        Files.copy(original.resolve(DataDirectoryId.FILE), copy.resolve(DataDirectoryId.FILE));

        assertThat(DataDirectoryId.of(copy)).isEqualTo(id);
        assertThat(DataDirectoryId.of(other)).isNotEqualTo(id);
    }

    @Test
    void aFileBrokenByHandIsReplacedByANewId() throws IOException {
        Path directory = Files.createDirectories(temp.resolve("daten"));
        Files.writeString(directory.resolve(DataDirectoryId.FILE), "keine uuid");

        String id = DataDirectoryId.of(directory);

        assertThat(UUID.fromString(id)).isNotNull();
        assertThat(DataDirectoryId.of(directory)).isEqualTo(id);
        try (var files = Files.list(directory)) {
            assertThat(files).containsExactly(directory.resolve(DataDirectoryId.FILE));
        }
    }
}
