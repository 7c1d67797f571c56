package app.herold.ui.csvimport;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.ImportPreview;
import app.herold.domain.post.PlanImport;
import app.herold.exchange.csv.PlanCsvReader;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvImportViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path temp;

    private Database database;
    private PlanImport imports;
    private final List<ImportPreview> imported = new ArrayList<>();

    @BeforeEach
    void open() {
        database = Database.open(temp.resolve("daten"), CLOCK);
        imports = new PlanImport(new PlanCsvReader(), database.media(), new ContentPlan(database.posts(), CLOCK),
                () -> LocalTime.of(9, 0));
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aCleanFileShowsItsRowsAndImportsThemOnce() throws IOException {
        CsvImportViewModel viewModel = viewModel(csv("Datum;Uhrzeit;Text;Kanäle;Titel\n"
                + "04.12.2026;16:00;Heute öffnet der Weihnachtsmarkt.;WhatsApp|Instagram;Weihnachtsmarkt\n"
                + "05.12.2026;;\"Der Weihnachtsmann kommt.\nUm 15 Uhr.\";Telegram;\n"));

        viewModel.load();

        assertThat(viewModel.rows()).containsExactly(
                new CsvImportViewModel.Row(2, "Fr., 04.12.2026", "16:00", "Weihnachtsmarkt",
                        List.of(ChannelKind.WHATSAPP, ChannelKind.INSTAGRAM), ""),
                new CsvImportViewModel.Row(3, "Sa., 05.12.2026", "09:00", "Der Weihnachtsmann kommt.",
                        List.of(ChannelKind.TELEGRAM), ""));
        assertThat(viewModel.rows().get(0).channelNames()).isEqualTo("WhatsApp, Instagram");
        assertThat(viewModel.summaryProperty().get()).isEqualTo("2 Beiträge sind bereit zum Import als Entwurf.");
        assertThat(viewModel.importableProperty().get()).isTrue();

        viewModel.importAll();

        assertThat(database.posts().count()).isEqualTo(2);
        assertThat(viewModel.summaryProperty().get()).isEqualTo("2 Beiträge als Entwurf importiert.");
        assertThat(viewModel.importableProperty().get()).isFalse();
        assertThat(imported).singleElement().satisfies(preview ->
                assertThat(preview.firstDay()).contains(LocalDate.of(2026, 12, 4)));
        viewModel.importAll();
        viewModel.load();
        assertThat(database.posts().count()).isEqualTo(2);
    }

    @Test
    void aRowWithProblemsShowsThemAndKeepsImportDisabledUntilTheFileIsCorrected() throws IOException {
        Path file = csv("Datum;Text;Kanäle\n01.12.2026;Gut;WhatsApp\n32.12.2026;Schlecht;Tiktok\n");
        CsvImportViewModel viewModel = viewModel(file);

        viewModel.load();

        assertThat(viewModel.rows().get(0).failed()).isFalse();
        CsvImportViewModel.Row bad = viewModel.rows().get(1);
        assertThat(bad.failed()).isTrue();
        assertThat(bad.date()).isEqualTo("32.12.2026");
        assertThat(bad.problems().lines()).hasSize(2).first().asString().contains("„32.12.2026“");
        assertThat(viewModel.importableProperty().get()).isFalse();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("1 Zeile hat Fehler");
        viewModel.importAll();
        assertThat(database.posts().count()).isZero();

        Files.writeString(file, "Datum;Text;Kanäle\n01.12.2026;Gut;WhatsApp\n31.12.2026;Besser;Telegram\n",
                StandardCharsets.UTF_8);
        viewModel.load();

        assertThat(viewModel.importableProperty().get()).isTrue();
        assertThat(viewModel.failedProperty().get()).isFalse();
    }

    @Test
    void aFileThatIsNoTableSaysWhyInOneSentence() throws IOException {
        CsvImportViewModel viewModel = viewModel(csv("Datum;Text\n01.12.2026;\"offen\n"));

        viewModel.load();

        assertThat(viewModel.rows()).isEmpty();
        assertThat(viewModel.failedProperty().get()).isTrue();
        assertThat(viewModel.summaryProperty().get()).startsWith("Zeile 2 der Datei enthält ein fehlerhaftes Anführungszeichen");
        assertThat(viewModel.importableProperty().get()).isFalse();
    }

    private CsvImportViewModel viewModel(Path file) {
        return new CsvImportViewModel(imports, file, new SameThreadTaskExecutor(), Messages.forLanguage("de"), imported::add);
    }

    private Path csv(String text) throws IOException {
        Path file = temp.resolve("plan.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }
}
