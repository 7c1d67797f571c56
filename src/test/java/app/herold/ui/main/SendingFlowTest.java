package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccountCredentials;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalTime;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Labeled;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Sending through the window against a local Mastodon: a post missed while Herold was closed is asked
 * about, not sent; sent once the officer says so, it appears on the server once and its link in the editor.
 */
class SendingFlowTest extends HeroldUiTest {

    private final MastodonStandIn mastodon = new MastodonStandIn(Clock.systemUTC());
    private ChannelAccount account;
    private Post missed;

    @Override
    void prepare() {
        account = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Mastodon", ChannelKind.MASTODON,
                "", mastodon.baseUrl(), "@stadtmeerane"));
        // Due three hours before the window opens: the laptop was closed at the time.
        missed = plan.save(Post.newPost(Schedule.of(TODAY, LocalTime.of(8, 0), BERLIN)).withTitle("Adventsmarkt")
                .withText("Heute ab 14 Uhr: Adventsmarkt auf dem Marktplatz #Meerane")
                .withStatus(PostStatus.READY).withChannels(List.of(ChannelKind.MASTODON))
                .withAccounts(List.of(account.id())));
    }

    @AfterEach
    void stopMastodon() {
        mastodon.close();
    }

    @Test
    void aMissedPostIsAskedAboutAndGoesOutOnlyWhenTheOfficerSaysSo() throws Exception {
        new AccountCredentials(context.publishing().get().secrets(), account.id()).put("access-token",
                MastodonStandIn.TOKEN);

        waitUntil(() -> lookup("#missed-posts").tryQuery().isPresent());
        Window dialog = lookup("#missed-posts").query().getScene().getWindow();
        screenshotOf(dialog.getScene(), "sending-missed-posts");
        assertThat(mastodon.posts()).as("nothing goes out unasked").isZero();
        assertThat(lookup("#status-sending").queryAs(Labeled.class).getText())
                .isEqualTo("Versand: ein verpasster Beitrag wartet auf Ihre Entscheidung");

        clickOn("#missed-send-now");
        waitUntil(() -> mastodon.statuses().size() == 1);
        waitUntil(() -> database.posts().find(missed.id()).orElseThrow().status() == PostStatus.PUBLISHED);

        assertThat(mastodon.statuses()).singleElement()
                .satisfies(status -> assertThat(status.text()).contains("Adventsmarkt auf dem Marktplatz"));
        assertThat(dialog.isShowing()).as("nothing left to decide").isFalse();
        interact(() -> window.viewModel().editor().open(missed.id()));
        waitUntil(() -> lookup("#target-link-" + account.id().value()).tryQuery().isPresent());
        Node link = lookup("#target-link-" + account.id().value()).query();
        assertThat(((Labeled) link).getText()).isNotBlank();
        waitUntil(() -> lookup("#status-sending").queryAs(Labeled.class).getText().startsWith("Versand: ein Beitrag ist erschienen"));
        screenshot("sending-sent-link-in-editor");
        assertThat(mastodon.posts()).isEqualTo(1);
    }

    @Test
    void skippingAMissedPostSendsNothing() {
        new AccountCredentials(context.publishing().get().secrets(), account.id()).put("access-token",
                MastodonStandIn.TOKEN);
        waitUntil(() -> lookup("#missed-posts").tryQuery().isPresent());

        clickOn("#missed-skip");
        waitUntil(() -> lookup("#missed-posts").tryQuery().isEmpty());
        window.viewModel().sendSoon();
        sleepQuietly(Duration.ofSeconds(5));

        assertThat(mastodon.posts()).isZero();
        assertThat(context.publishing().get().outbox().targetsOf(missed.id())).singleElement()
                .satisfies(target -> assertThat(target.state().id()).isEqualTo("skipped"));
    }

    private static void sleepQuietly(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
