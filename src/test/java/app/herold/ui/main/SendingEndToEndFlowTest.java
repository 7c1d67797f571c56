package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.post.PostStatus;
import java.time.Clock;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The flow, as the officer does it in the window: the town's Mastodon account is set up in the
 * settings against a local Mastodon, a post is planned for now and marked "Bereit", and it goes out by
 * itself, once, with its link in the editor.
 */
class SendingEndToEndFlowTest extends HeroldUiTest {

    private final MastodonStandIn mastodon = new MastodonStandIn(Clock.systemUTC());

    @AfterEach
    void stopMastodon() {
        mastodon.close();
    }

    @Test
    void anAccountSetUpInTheSettingsSendsAPostPlannedForNowAndItsLinkAppears() {
        clickOn("#settings");
        clickOn(lookup(".tab").match(node -> node.toString().contains("settings-tab-accounts")).<Node>query());
        waitUntil(() -> lookup("#account-kind").tryQuery().isPresent());
        clickOn("#account-kind");
        clickOn(lookup(".list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?> cell
                && "Mastodon".equals(cell.getText())).<Node>query());
        clickOn("#account-name").write("Stadt Meerane – Mastodon");
        paste("#account-base-url", mastodon.baseUrl());
        clickOn("#account-handle").write("@stadtmeerane");
        clickOn("#accounts-save");
        waitUntil(() -> lookup("#access-secret-access-token").tryQuery().isPresent());
        paste(revealed("#access-secret-access-token"), MastodonStandIn.TOKEN);
        clickOn(revealed("#access-save-access-token"));
        waitUntil(() -> "••••••••hall".equals(lookup("#access-shown-access-token").<Label>query().getText()));
        clickOn(revealed("#access-test"));
        waitUntil(() -> lookup("#access-test-result").<Label>query().getText().startsWith("Verbunden als"));
        type(KeyCode.ESCAPE);
        waitForBackgroundWork();
        ChannelAccount account = database.accounts().findByName("Stadt Meerane – Mastodon").orElseThrow();

        // A post for now (the window's clock says Sa., 28.11.2026, 11:00).
        clickOn("#new-post");
        clickOn("#editor-title-field").write("Wochenmarkt");
        paste("#editor-text-field", "Der Wochenmarkt ist heute bis 13 Uhr geöffnet. #Meerane");
        TextField time = lookup("#editor-time-field").query();
        interact(() -> time.setText("11:00"));
        clickOn(revealed("#account-" + account.id().value()));
        ComboBox<PostStatus> status = lookup("#editor-status-box").query();
        interact(() -> status.setValue(PostStatus.READY));
        clickOn(revealed("#editor-save"));

        waitUntil(() -> mastodon.statuses().size() == 1);
        String link = "#target-link-" + account.id().value();
        waitUntil(() -> lookup(link).tryQuery().isPresent());
        revealed(link);
        screenshot("sending-end-to-end");

        assertThat(mastodon.statuses()).singleElement().satisfies(posted ->
                assertThat(posted.text()).isEqualTo("Der Wochenmarkt ist heute bis 13 Uhr geöffnet. #Meerane"));
        assertThat(lookup("#target-state-" + account.id().value()).<Labeled>query().getText()).startsWith("Gesendet");
        waitUntil(() -> status.getValue() == PostStatus.PUBLISHED);
        window.viewModel().sendSoon();
        waitForBackgroundWork();
        assertThat(mastodon.posts()).as("never twice").isEqualTo(1);
    }
}
