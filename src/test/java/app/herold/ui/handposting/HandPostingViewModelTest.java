package app.herold.ui.handposting;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.ChannelWiring;
import app.herold.channels.Channels;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import app.herold.ui.common.ChannelServices;
import app.herold.ui.common.RecordingDialogService;
import app.herold.ui.common.SameThreadTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HandPostingViewModelTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), BERLIN);

    @TempDir
    Path dataDirectory;

    private Database database;
    private ContentPlan plan;
    private ChannelServices services;
    private final SameThreadTaskExecutor executor = new SameThreadTaskExecutor();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final Messages messages = Messages.forLanguage("de");

    @BeforeEach
    void open() {
        database = Database.open(dataDirectory, CLOCK);
        plan = new ContentPlan(database.posts(), CLOCK);
        services = ChannelWiring.services(Channels.load(), database.media(), database.accounts(), database.deliveries(),
                database.elections(), database.audit(),
                dataDirectory, () -> messages, CLOCK);
    }

    @AfterEach
    void close() {
        database.close();
    }

    private HandPostingViewModel handPosting(Post post, ChannelKind preferred) {
        return new HandPostingViewModel(post, services.exports(), services.deliveries(), plan, executor, dialogs,
                messages, CLOCK, preferred);
    }

    @Test
    void theChosenChannelGetsItsOwnTextAndTheRecordKeepsTimeAndLink() {
        Post post = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 30), LocalTime.of(9, 0), BERLIN))
                .withText("**Sperrung** Lindenstraße").withChannels(Set.of(ChannelKind.WHATSAPP, ChannelKind.TELEGRAM)));
        HandPostingViewModel viewModel = handPosting(post, ChannelKind.TELEGRAM);

        assertThat(viewModel.preparedProperty().get().text()).isEqualTo("<b>Sperrung</b> Lindenstraße");
        viewModel.publishedTimeProperty().set("11:15");
        viewModel.linkProperty().set("https://t.me/meerane/812");
        assertThat(viewModel.markPublished()).isTrue();

        Delivery delivery = database.deliveries().deliveriesOf(post.id()).get(0);
        assertThat(delivery.channel()).isEqualTo(ChannelKind.TELEGRAM);
        assertThat(delivery.publishedAt()).isEqualTo(Instant.parse("2026-11-28T10:15:00Z"));
        assertThat(delivery.link()).isEqualTo("https://t.me/meerane/812");
        assertThat(plan.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void thePostIsPublishedOnceEveryTargetHasGoneOut() {
        Post post = plan.save(Post.newPost(null).withText("Wochenmarkt")
                .withChannels(Set.of(ChannelKind.WHATSAPP, ChannelKind.TELEGRAM)));

        handPosting(post, ChannelKind.WHATSAPP).markPublished();
        handPosting(post, ChannelKind.TELEGRAM).markPublished();

        assertThat(plan.find(post.id()).orElseThrow().status()).isEqualTo(PostStatus.PUBLISHED);
    }

    @Test
    void anUnreadableTimeIsRefusedWithASentence() {
        Post post = plan.save(Post.newPost(null).withText("Wochenmarkt").withChannels(Set.of(ChannelKind.WHATSAPP)));
        HandPostingViewModel viewModel = handPosting(post, ChannelKind.WHATSAPP);
        viewModel.publishedTimeProperty().set("viertel nach elf");

        assertThat(viewModel.markPublished()).isFalse();
        assertThat(viewModel.problemProperty().get()).contains("HH:MM");
        assertThat(database.deliveries().deliveriesOf(post.id())).isEmpty();
    }

    @Test
    void openingTheChannelOpensTheAccountsLinkOrWhatsAppWeb() {
        Post post = plan.save(Post.newPost(null).withText("Wochenmarkt").withChannels(Set.of(ChannelKind.WHATSAPP)));

        handPosting(post, ChannelKind.WHATSAPP).openChannel();

        assertThat(dialogs.opened).containsExactly("https://web.whatsapp.com/");
    }
}
