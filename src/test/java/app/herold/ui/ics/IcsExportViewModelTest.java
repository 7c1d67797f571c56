package app.herold.ui.ics;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.ExportPlanCalendar;
import app.herold.domain.post.Post;
import app.herold.domain.post.Schedule;
import app.herold.exchange.ics.PlanCalendarIcs;
import app.herold.i18n.Messages;
import app.herold.storage.DataDirectoryId;
import app.herold.storage.Database;
import app.herold.ui.calendar.CalendarMode;
import app.herold.ui.calendar.CalendarPeriod;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import biweekly.Biweekly;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IcsExportViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);
    private static final LocalDate SHOWN = LocalDate.of(2026, 10, 14);

    @TempDir
    Path dataDirectory;

    private Database database;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages german = Messages.forLanguage("de");

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        database.posts().save(Post.newPost(Schedule.of(LocalDate.of(2026, 10, 25), LocalTime.of(10, 0), BERLIN))
                .withTitle("Zeitumstellung"));
        database.posts().save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 2), LocalTime.of(9, 0), BERLIN))
                .withTitle("Im November"));
        database.posts().save(Post.newPost(null).withTitle("Idee"));
    }

    @AfterEach
    void close() {
        database.close();
    }

    private IcsExportViewModel viewModel(CalendarMode mode) {
        ExportPlanCalendar export = new ExportPlanCalendar(database.posts(),
                new PlanCalendarIcs(() -> DataDirectoryId.of(dataDirectory)));
        return new IcsExportViewModel(export, new SameThreadTaskExecutor(), dialogs, german,
                CalendarPeriod.of(mode, SHOWN));
    }

    @Test
    void theDaysStartAsTheMonthTheCalendarShows() {
        IcsExportViewModel month = viewModel(CalendarMode.MONTH);
        IcsExportViewModel list = viewModel(CalendarMode.LIST);

        assertThat(month.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 1));
        assertThat(month.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(list.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(month.problemProperty().get()).isEmpty();
    }

    @Test
    void inTheWeekViewTheyStartAsThatWeek() {
        IcsExportViewModel week = viewModel(CalendarMode.WEEK);

        assertThat(week.fromProperty().get()).isEqualTo(LocalDate.of(2026, 10, 12));
        assertThat(week.toProperty().get()).isEqualTo(LocalDate.of(2026, 10, 18));
    }

    @Test
    void theChosenFileGetsThePostsOfTheDaysAndTheDialogSaysHowManyWentWhere() throws Exception {
        IcsExportViewModel viewModel = viewModel(CalendarMode.MONTH);
        dialogs.fileToSave = dataDirectory.resolve("fuer-die-buergermeisterin");

        viewModel.export();

        Path file = dataDirectory.resolve("fuer-die-buergermeisterin.ics");
        assertThat(Biweekly.parse(Files.readString(file)).first().getEvents())
                .extracting(event -> event.getSummary().getValue()).containsExactly("Zeitumstellung");
        assertThat(viewModel.resultProperty().get())
                .isEqualTo("1 Beitrag vom 01.10.2026 bis 31.10.2026 nach " + file + " exportiert.");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }

    @Test
    void anEndBeforeTheStartIsSaidAtOnceAndNothingIsAsked() {
        IcsExportViewModel viewModel = viewModel(CalendarMode.MONTH);
        dialogs.fileToSave = dataDirectory.resolve("plan.ics");

        viewModel.toProperty().set(LocalDate.of(2026, 9, 30));
        viewModel.export();

        assertThat(viewModel.problemProperty().get()).isEqualTo(
                "Der Zeitraum endet am 30.09.2026, bevor er am 01.10.2026 beginnt; bitte tauschen Sie die Daten.");
        assertThat(dataDirectory.resolve("plan.ics")).doesNotExist();
        assertThat(viewModel.resultProperty().get()).isEmpty();
    }

    @Test
    void aClearedDayAsksForBoth() {
        IcsExportViewModel viewModel = viewModel(CalendarMode.MONTH);

        viewModel.fromProperty().set(null);

        assertThat(viewModel.problemProperty().get()).isEqualTo("Bitte wählen Sie den ersten und den letzten Tag.");
    }

    @Test
    void aCancelledFileChoiceWritesNothing() {
        IcsExportViewModel viewModel = viewModel(CalendarMode.MONTH);
        dialogs.fileToSave = null;

        viewModel.export();

        assertThat(viewModel.resultProperty().get()).isEmpty();
    }

    @Test
    void aFileThatCannotBeWrittenIsSaidInOneSentence() {
        IcsExportViewModel viewModel = viewModel(CalendarMode.MONTH);
        Path file = dataDirectory.resolve("fehlt").resolve("plan.ics");
        dialogs.fileToSave = file;

        viewModel.export();

        assertThat(viewModel.resultProperty().get()).isEqualTo("Herold konnte " + file
                + " nicht schreiben; bitte prüfen Sie, ob der Ordner existiert und Sie dort schreiben dürfen.");
        assertThat(viewModel.runningProperty().get()).isFalse();
    }
}
