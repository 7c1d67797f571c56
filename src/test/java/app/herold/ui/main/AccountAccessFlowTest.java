package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.facebook.FacebookStandIn;
import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Settings › Kanalkonten › Zugang, clicked through as the town's officer does it: a Mastodon account's token
 * entered, tested and replaced; Facebook's long-lived access fetched; Instagram's way for pictures chosen.
 * Against the local Mastodon and Facebook stand-ins and the encrypted secrets file of a temporary folder.
 */
class AccountAccessFlowTest extends HeroldUiTest {

    private final MastodonStandIn mastodon = new MastodonStandIn(CLOCK);
    private final FacebookStandIn facebook = new FacebookStandIn(new FacebookStandIn.Time(CLOCK.instant()));

    @AfterEach
    void stopStandIns() {
        mastodon.close();
        facebook.close();
    }

    @Test
    void aMastodonTokenIsEnteredTestedAndNeverWrittenToTheDatabase() throws IOException {
        openAccounts();
        newAccount("Mastodon", "Stadt Meerane – Mastodon", mastodon.baseUrl(), "@stadtmeerane");
        assertThat(visible("#access-save-first")).as("secrets wait until the account is saved").isTrue();

        clickOn("#accounts-save");
        waitUntil(() -> visible("#access-secret-access-token"));
        assertThat(text("#access-shown-access-token")).isEqualTo("nicht hinterlegt");
        assertThat(text("#access-where")).startsWith("Die Zugangsdaten liegen in der verschlüsselten Datei ")
                .contains("zugangsdaten.herold");

        paste(revealed("#access-secret-access-token"), MastodonStandIn.TOKEN);
        clickOn(revealed("#access-save-access-token"));
        waitUntil(() -> text("#access-shown-access-token").equals("••••••••hall"));
        assertThat(lookup("#access-secret-access-token").<PasswordField>query().getText()).isEmpty();

        clickOn(revealed("#access-test"));
        waitUntil(() -> text("#access-test-result").startsWith("Verbunden als"));
        assertThat(text("#access-test-result")).startsWith("Verbunden als @stadtmeerane@");
        revealed("#access-title");
        screenshotOf(settingsScene(), "settings-access-mastodon");

        paste(revealed("#access-secret-access-token"), "token-of-somebody-else");
        type(KeyCode.ENTER);
        waitUntil(() -> text("#access-shown-access-token").equals("••••••••else"));
        clickOn(revealed("#access-test"));
        waitUntil(() -> !text("#access-test-result").startsWith("Verbunden")
                && !text("#access-test-result").equals("Verbindung wird getestet …"));
        assertThat(text("#access-test-result")).isEqualTo("Der Zugang zu Mastodon ist abgelaufen oder wurde entzogen. "
                + "Bitte in Einstellungen › Kanalkonten einen neuen Zugangsschlüssel eintragen.");
        revealed("#access-title");
        screenshotOf(settingsScene(), "settings-access-mastodon-refused");

        type(KeyCode.ESCAPE);
        waitForBackgroundWork();
        assertThat(filesContaining(MastodonStandIn.TOKEN)).as("no file holds the token readable").isEmpty();
        assertThat(filesContaining("token-of-somebody-else")).isEmpty();
        assertThat(Files.exists(dataDirectory.resolve("zugangsdaten.herold"))).isTrue();
    }

    @Test
    void facebooksLongLivedAccessIsFetchedAndItsEndWarnedOf() {
        facebook.pageTokenExpiresAt(CLOCK.instant().plus(Duration.ofDays(3)));
        openAccounts();
        newAccount("Facebook", "Stadt Meerane – Facebook", facebook.baseUrl(), "stadtmeerane");
        clickOn("#accounts-save");
        waitUntil(() -> visible("#access-facebook-exchange"));
        assertThat(text("#access-shown-page-access-token")).isEqualTo("nicht hinterlegt");

        clickOn(revealed("#access-facebook-exchange"));
        waitUntil(() -> lookup("#facebook-app-id").tryQuery().isPresent());
        paste("#facebook-app-id", FacebookStandIn.APP_ID);
        paste("#facebook-app-secret", FacebookStandIn.APP_SECRET);
        paste("#facebook-user-token", FacebookStandIn.SHORT_USER_TOKEN);
        paste("#facebook-page", "Stadt Meerane");
        Scene exchangeScene = lookup("#facebook-exchange").query().getScene();
        screenshotOf(exchangeScene, "settings-access-facebook-exchange");
        clickOn("#facebook-exchange-run");

        waitUntil(() -> text("#access-notice").equals("Zugang für die Seite „Stadt Meerane“ gespeichert."));
        assertThat(lookup("#facebook-exchange").tryQuery()).as("the dialog closed").isEmpty();
        assertThat(text("#access-shown-page-access-token")).isEqualTo("••••••••d-in");
        assertThat(text("#access-shown-app-secret")).isEqualTo("••••••••d-in");
        assertThat(text("#access-expiry")).isEqualTo("Der Zugang läuft in 3 Tagen ab – bitte erneuern.");

        clickOn(revealed("#access-test"));
        waitUntil(() -> text("#access-test-result").equals("Verbunden als Stadt Meerane"));
        ChannelAccount account = database.accounts().accounts().get(0);
        assertThat(database.outbox().optionsOf(account.id())).containsEntry("access-expires-at",
                Instant.ofEpochSecond(CLOCK.instant().plus(Duration.ofDays(3)).getEpochSecond()).toString());
        revealed("#access-title");
        screenshotOf(settingsScene(), "settings-access-facebook");
        type(KeyCode.ESCAPE);
    }

    @Test
    void anInstagramAccountChoosesHowItsPicturesReachInstagram() {
        openAccounts();
        newAccount("Instagram", "Stadt Meerane – Instagram", "", "@stadtmeerane");
        clickOn("#accounts-save");
        waitUntil(() -> visible("#instagram-route-web-folder"));
        assertThat(visible("#instagram-web-folder")).as("the folder fields wait for their choice").isFalse();

        clickOn(revealed("#instagram-route-web-folder"));
        Path webFolder = dataDirectory.resolve("webserver").resolve("herold");
        paste(revealed("#instagram-web-folder"), webFolder.toString());
        paste(revealed("#instagram-web-folder-url"), "https://www.meerane.de/herold/");
        clickOn(revealed("#instagram-save"));
        waitUntil(() -> text("#instagram-notice").equals("Bild-Einstellungen für „Stadt Meerane – Instagram“ gespeichert."));

        ChannelAccount account = database.accounts().accounts().get(0);
        assertThat(database.outbox().optionsOf(account.id())).containsEntry("picture-route", "web-folder")
                .containsEntry("web-folder", webFolder.toString())
                .containsEntry("web-folder-url", "https://www.meerane.de/herold/");
        assertThat(account.kind()).isEqualTo(ChannelKind.INSTAGRAM);
        revealed("#access-title");
        screenshotOf(settingsScene(), "settings-access-instagram");
        revealed("#instagram-save");
        screenshotOf(settingsScene(), "settings-access-instagram-pictures");
        type(KeyCode.ESCAPE);
    }

    private void openAccounts() {
        clickOn("#settings");
        clickOn(lookup("#settings-tab-accounts").tryQuery().orElseGet(() -> lookup(".tab").match(
                node -> node.toString().contains("settings-tab-accounts")).query()));
        waitUntil(() -> lookup("#account-kind").tryQuery().isPresent());
    }

    private void newAccount(String network, String name, String server, String handle) {
        clickOn("#account-kind");
        clickOn(lookup(".list-cell").match(node -> node instanceof javafx.scene.control.ListCell<?> cell
                && network.equals(cell.getText())).<Node>query());
        clickOn("#account-name").write(name);
        if (!server.isEmpty()) {
            paste("#account-base-url", server);
        }
        clickOn("#account-handle").write(handle);
    }

    private Scene settingsScene() {
        return lookup("#settings-accounts").query().getScene();
    }

    private String text(String query) {
        return lookup(query).tryQuery().map(node -> ((Label) node).getText()).orElse("");
    }

    private boolean visible(String query) {
        return lookup(query).tryQuery().map(node -> {
            for (Node at = node; at != null; at = at.getParent()) {
                if (!at.isVisible()) {
                    return false;
                }
            }
            return true;
        }).orElse(false);
    }

    /** Every file in the data folder whose bytes hold {@code secret} as plain text. */
    private List<Path> filesContaining(String secret) throws IOException {
        byte[] wanted = secret.getBytes(StandardCharsets.UTF_8);
        try (Stream<Path> files = Files.walk(dataDirectory)) {
            return files.filter(Files::isRegularFile).filter(file -> contains(file, wanted)).toList();
        }
    }

    private static boolean contains(Path file, byte[] wanted) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException unreadable) {
            throw new AssertionError("cannot read " + file, unreadable);
        }
        outer:
        for (int start = 0; start + wanted.length <= bytes.length; start++) {
            for (int at = 0; at < wanted.length; at++) {
                if (bytes[start + at] != wanted[at]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
