package app.herold.ui.common;

import static app.herold.ui.common.FxStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.concurrent.TimeoutException;
import javafx.scene.layout.Pane;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The widths the cards and cells cut their headlines with: the common characters, measured together
 * in one layout, have the widths each has alone, so a headline is cut where it was before.
 */
class CharacterWidthsTest {

    private static final String GERMAN = "Vollsperrung der Bahnhofstraße: Änderung ab 1.12. – „Öffnungszeiten“ (Bürgerbüro) 50 % …";

    @BeforeEach
    void showStage() throws TimeoutException {
        FxStage.show(new Pane(), 200, 100, false);
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxStage.close();
    }

    @Test
    void everyCharacterOfAGermanHeadlineHasTheWidthItHasAlone() throws Exception {
        for (Font font : new Font[] {Font.font("System", 12), Font.font("System", FontWeight.BOLD, 15)}) {
            CharacterWidths widths = onFx(() -> CharacterWidths.of(font));
            for (int index = 0; index < GERMAN.length(); index++) {
                String character = GERMAN.substring(index, index + 1);
                double together = onFx(() -> widths.width(character));
                double alone = onFx(() -> widths.measured(character));
                assertThat(together).as("'%s' in %s", character, font).isCloseTo(alone, within(0.01));
            }
            double sum = onFx(() -> widths.width(GERMAN));
            double laidOut = onFx(() -> widths.measured(GERMAN));
            assertThat(sum).as("the whole headline in %s", font).isCloseTo(laidOut, within(0.5));
        }
    }
}
