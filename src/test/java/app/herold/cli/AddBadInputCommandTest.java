package app.herold.cli;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.testing.BadInputFiles;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code herold add} with a text too long to keep or a picture that is not one: one sentence, exit 1, nothing saved. */
class AddBadInputCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDir;
    @TempDir
    Path userFiles;

    @Test
    void aTextFileOfAMegabyteIsRefusedWithItsLengthAndTheLimit() throws IOException {
        Path text = Files.writeString(userFiles.resolve("rede.txt"), "ä".repeat(1_048_576), StandardCharsets.UTF_8);

        Result added = run("--data-dir", dataDir.toString(), "add", "--text-file", text.toString(),
                "--image", BadInputFiles.goodJpeg(userFiles, "rathaus.jpg").toString());

        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.err()).isEqualTo("Der Text ist mit 1.048.576 Zeichen zu lang zum Speichern; erlaubt sind "
                + "höchstens 100.000, bitte kürzen Sie ihn um 948.576 Zeichen." + System.lineSeparator());
        assertThat(added.out()).isEmpty();
        assertNothingSaved();
    }

    @Test
    void aTruncatedPhotoIsRefusedNamingIt() throws IOException {
        Path text = Files.writeString(userFiles.resolve("text.txt"), "Weihnachtsmarkt", StandardCharsets.UTF_8);

        Result added = run("--data-dir", dataDir.toString(), "add", "--text-file", text.toString(),
                "--image", BadInputFiles.truncatedJpeg(userFiles, "markt.jpg").toString());

        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.err()).isEqualTo("„markt.jpg“ wurde nicht hinzugefügt, weil das Bild beschädigt oder "
                + "unvollständig ist; bitte kopieren Sie es noch einmal von der Kamera oder vom Handy." + System.lineSeparator());
        assertNothingSaved();
    }

    @Test
    void aPdfNamedJpgIsRefusedNamingIt() throws IOException {
        Path text = Files.writeString(userFiles.resolve("text.txt"), "Weihnachtsmarkt", StandardCharsets.UTF_8);

        Result added = run("--data-dir", dataDir.toString(), "add", "--text-file", text.toString(),
                "--image", BadInputFiles.pdfNamedJpg(userFiles, "einladung.jpg").toString());

        assertThat(added.exit()).isEqualTo(1);
        assertThat(added.err()).isEqualTo("„einladung.jpg“ wurde nicht hinzugefügt, weil es kein Bild ist, das Herold "
                + "lesen kann; bitte wählen Sie ein Foto im Format JPEG, PNG oder WebP." + System.lineSeparator());
        assertNothingSaved();
    }

    private void assertNothingSaved() {
        Result listed = run("--data-dir", dataDir.toString(), "list", "--json");
        assertThat(listed.out().strip()).isEqualTo("[ ]");
        assertThat(dataDir.resolve("media")).satisfiesAnyOf(media -> assertThat(media).doesNotExist(),
                media -> assertThat(media).isEmptyDirectory());
    }

    private record Result(int exit, String out, String err) {
    }

    private Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int exit;
        try (PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
             PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
            exit = new HeroldCommandLine(outStream, errStream, CLOCK, (directory, probe, probeOutput, errorOutput) -> {
                throw new AssertionError("no window in this test");
            }).run(args);
        }
        return new Result(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
