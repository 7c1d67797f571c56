package app.herold.ui.audit;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.rules.Confirmation;
import app.herold.domain.rules.PostFingerprint;
import app.herold.exchange.audit.AuditLogCsv;
import app.herold.exchange.audit.AuditLogSheet;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AuditLogViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AuditLogViewModel viewModel;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        Post post = database.posts().save(Post.newPost(null).withText("Die SPD lädt ein."));
        database.audit().append(new Confirmation(CLOCK.instant(), "Landtagswahl 2027", List.of("neutrality.party"),
                post.id(), PostFingerprint.sha256(post), "Sachliche Einladung"));
        viewModel = new AuditLogViewModel(database.audit(), (entries, verification, file) -> {
            if (file.toString().endsWith(".csv")) {
                AuditLogCsv.write(entries, file);
            } else {
                AuditLogSheet.write(entries, verification, file);
            }
        }, new SameThreadTaskExecutor(), dialogs, Messages.forLanguage("de"));
        viewModel.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void theLogShowsItsEntriesAndThatTheChainIsIntact() {
        assertThat(viewModel.entries()).singleElement().satisfies(entry ->
                assertThat(entry.reason()).isEqualTo("Sachliche Einladung"));
        assertThat(viewModel.intactProperty().get()).isTrue();
        assertThat(viewModel.stateProperty().get()).contains("Kette unversehrt").contains("1 Einträge");
    }

    @Test
    void thePrintableSheetIsSavedAndOpened() throws Exception {
        dialogs.fileToSave = dataDirectory.resolve("protokoll");

        viewModel.save(true);

        Path sheet = dataDirectory.resolve("protokoll.html");
        assertThat(Files.readString(sheet)).contains("Sachliche Einladung").contains("Prüfprotokoll");
        assertThat(dialogs.opened).containsExactly(sheet.toUri().toString());
    }

    @Test
    void theCsvIsSavedWithoutOpeningIt() throws Exception {
        dialogs.fileToSave = dataDirectory.resolve("protokoll.csv");

        viewModel.save(false);

        assertThat(Files.readString(dialogs.fileToSave)).contains("Landtagswahl 2027");
        assertThat(dialogs.opened).isEmpty();
    }
}
