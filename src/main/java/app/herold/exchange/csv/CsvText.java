package app.herold.exchange.csv;

import app.herold.domain.UserFacingException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The text of a CSV file whose encoding nobody wrote down. Excel's "CSV UTF-8" and LibreOffice
 * write UTF-8 (Excel with a byte order mark); Excel's plain "CSV" on a German Windows writes
 * Windows-1252. A file is read strictly as UTF-8 first, because Windows-1252 bytes for umlauts
 * (0xE4 for "ä") are never valid UTF-8, and only when that fails as Windows-1252.
 */
final class CsvText {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private CsvText() {
    }

    static String decode(byte[] bytes, Path file) {
        if (bytes.length == 0) {
            throw new UserFacingException("error.import.empty", file.toString());
        }
        if (startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) || startsWith(bytes, 0xD0, 0xCF, 0x11, 0xE0)) {
            throw new UserFacingException("error.import.workbook", file.toString());
        }
        if (startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF)) {
            throw new UserFacingException("error.import.utf16", file.toString());
        }
        for (byte b : bytes) {
            if (b == 0) {
                // No text file has NUL bytes: UTF-16 without its mark, or no text at all.
                throw new UserFacingException("error.import.encoding", file.toString());
            }
        }
        int start = startsWith(bytes, 0xEF, 0xBB, 0xBF) ? 3 : 0;
        ByteBuffer content = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            return strictly(StandardCharsets.UTF_8, content.duplicate());
        } catch (CharacterCodingException notUtf8) {
            try {
                return strictly(WINDOWS_1252, content.duplicate());
            } catch (CharacterCodingException neither) {
                throw new UserFacingException(neither, "error.import.encoding", file.toString());
            }
        }
    }

    private static String strictly(Charset charset, ByteBuffer bytes) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(bytes)
                .toString();
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int index = 0; index < prefix.length; index++) {
            if ((bytes[index] & 0xFF) != prefix[index]) {
                return false;
            }
        }
        return true;
    }
}
