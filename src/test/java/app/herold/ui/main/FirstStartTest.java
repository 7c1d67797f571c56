package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.settings.Preferences;
import org.junit.jupiter.api.Test;

/** An empty data directory offers demo data or an empty start, once. */
class FirstStartTest extends HeroldUiTest {

    @Override
    Preferences preferences() {
        return Preferences.defaults().withLanguage("de");
    }

    @Test
    void theFirstStartOffersDemoDataAndLoadsItOnRequest() {
        waitUntil(() -> lookup(".welcome").query().isVisible());
        assertThat(lookup(".welcome-title").queryLabeled().getText()).isEqualTo("Willkommen bei Herold");
        screenshot("first-start");

        clickOn("Beispieldaten laden");

        waitUntil(() -> database.posts().count() == 80);
        waitUntil(() -> !lookup(".welcome").query().isVisible());
        assertThat(database.preferences().load().welcomeAnswered()).isTrue();
        waitUntil(() -> lookup(".post-card").queryAll().size() > 3);
        screenshot("month-demo");
    }

    @Test
    void startingEmptyClosesTheOfferForGood() {
        waitUntil(() -> lookup(".welcome").query().isVisible());

        clickOn("Leer beginnen");

        waitUntil(() -> !lookup(".welcome").query().isVisible());
        assertThat(database.posts().count()).isZero();
        assertThat(database.preferences().load().welcomeAnswered()).isTrue();
        assertThat(lookup(".month-grid .empty-state").queryLabeled().isVisible()).isTrue();
        screenshot("month-empty");
    }
}
