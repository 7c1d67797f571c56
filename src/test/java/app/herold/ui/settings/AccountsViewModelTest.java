package app.herold.ui.settings;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.exchange.qr.QrCode;
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
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AccountsViewModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneId.of("Europe/Berlin"));

    @TempDir
    Path dataDirectory;

    private Database database;
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private AccountsViewModel accounts;
    private int changes;

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
        // A WhatsApp account asks only for the publishers: it has none, and so no secrets and no outbox.
        app.herold.ui.common.PublishingServices publishing = new app.herold.ui.common.PublishingServices(null,
                app.herold.PublishingWiring.publishers(CLOCK), null, java.util.Optional::empty, database.outbox(), null,
                new app.herold.ui.common.PassphrasePrompt(), app.herold.ui.common.SystemNotifier.NONE);
        accounts = new AccountsViewModel(database.accounts(), (link, file) -> QrCode.of(link).write(file),
                executor, dialogs, Messages.forLanguage("de"), new AccountAccessViewModel(() -> publishing, executor,
                dialogs, Messages.forLanguage("de"), CLOCK));
        accounts.setOnChanged(() -> changes++);
        accounts.load();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aNewAccountIsSavedAtOnceAndOffered() {
        addWhatsAppChannel();

        assertThat(database.accounts().accounts()).extracting(ChannelAccount::name)
                .containsExactly("Stadt Meerane – WhatsApp-Kanal");
        assertThat(accounts.accounts()).hasSize(1);
        assertThat(accounts.selectedProperty().get().kind()).isEqualTo(ChannelKind.WHATSAPP);
        assertThat(changes).isEqualTo(1);
    }

    @Test
    void anAccountWithoutNameOrWithAWrongAddressIsNotSaved() {
        accounts.nameProperty().set("  ");
        accounts.save();
        assertThat(accounts.problemProperty().get()).contains("Namen");

        accounts.nameProperty().set("Meerane auf Mastodon");
        accounts.baseUrlProperty().set("mastodon.social");
        accounts.save();

        assertThat(accounts.problemProperty().get()).contains("mastodon.social").contains("https://");
        assertThat(database.accounts().accounts()).isEmpty();
    }

    @Test
    void theQrCodeIsWrittenWhereTheUserChooses() throws Exception {
        addWhatsAppChannel();
        dialogs.fileToSave = dataDirectory.resolve("aushang.png");

        accounts.exportQrCode();

        assertThat(Files.exists(dialogs.fileToSave)).isTrue();
        assertThat(ImageIO.read(dialogs.fileToSave.toFile()).getWidth()).isGreaterThan(200);
        assertThat(accounts.noticeProperty().get()).contains("aushang.png");
    }

    @Test
    void removingAsksAndSaysHowManyPostsLostTheTarget() {
        addWhatsAppChannel();
        ChannelAccount account = accounts.selectedProperty().get();
        database.posts().save(Post.newPost(null).withText("Wochenmarkt").withAccounts(List.of(account.id())));
        dialogs.confirmAnswer = false;

        accounts.removeSelected();
        assertThat(database.accounts().accounts()).hasSize(1);

        dialogs.confirmAnswer = true;
        accounts.removeSelected();
        assertThat(database.accounts().accounts()).isEmpty();
        assertThat(accounts.noticeProperty().get()).contains("ein Beitrag");
    }

    @Test
    void theAccessSectionFollowsTheSelectedAccount() {
        accounts.startNew();
        assertThat(accounts.access().sectionProperty().get()).isEqualTo(AccountAccessViewModel.Section.SAVE_FIRST);

        addWhatsAppChannel();
        assertThat(accounts.access().accountProperty().get()).isEqualTo(accounts.selectedProperty().get());
        assertThat(accounts.access().sectionProperty().get()).isEqualTo(AccountAccessViewModel.Section.BY_HAND);

        accounts.startNew();
        assertThat(accounts.access().accountProperty().get()).isNull();
        assertThat(accounts.access().sectionProperty().get()).isEqualTo(AccountAccessViewModel.Section.SAVE_FIRST);
    }

    private void addWhatsAppChannel() {
        accounts.startNew();
        accounts.kindProperty().set(ChannelKind.WHATSAPP);
        accounts.nameProperty().set("Stadt Meerane – WhatsApp-Kanal");
        accounts.linkProperty().set("https://whatsapp.com/channel/0029VaMeeraneStadt");
        accounts.save();
    }
}
