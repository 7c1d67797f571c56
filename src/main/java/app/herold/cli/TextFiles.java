package app.herold.cli;

import app.herold.domain.UserFacingException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** A post's text from a UTF-8 file, or from standard input for "-". */
final class TextFiles {

    private TextFiles() {
    }

    static String read(Path file) throws IOException {
        try {
            if ("-".equals(file.toString())) {
                return new String(System.in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String text = Files.readString(file, StandardCharsets.UTF_8);
            // Windows editors save "UTF-8" with a byte order mark, which is not part of the text.
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (NoSuchFileException e) {
            throw new UserFacingException(e, "cli.error.textFileMissing", file.toString());
        } catch (CharacterCodingException e) {
            throw new UserFacingException(e, "cli.error.textFileEncoding", file.toString());
        }
    }
}
