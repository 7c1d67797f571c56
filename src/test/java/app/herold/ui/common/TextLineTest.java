package app.herold.ui.common;

import static app.herold.ui.common.FxStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.TimeoutException;
import javafx.scene.layout.Pane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a user sees of a headline or snippet in a narrow calendar cell or card: its start and "…", never cut-off letters. */
class TextLineTest {

    private static final String HEADLINE = "Vollsperrung der Bahnhofstraße wegen Kanalarbeiten";

    private Pane root;

    @BeforeEach
    void showStage() throws TimeoutException {
        root = new Pane();
        FxStage.show(root, 600, 200, false);
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxStage.close();
    }

    @Test
    void aTextThatFitsIsShownWhole() throws Exception {
        TextLine line = laidOut(HEADLINE, 500);
        assertThat(onFx(line::shownText)).isEqualTo(HEADLINE);
        assertThat(onFx(line::getText)).isEqualTo(HEADLINE);
    }

    @Test
    void aTextTooLongIsCutWithAnEllipsisAndStillFitsItsBox() throws Exception {
        TextLine line = laidOut(HEADLINE, 120);
        String shown = onFx(line::shownText);
        assertThat(shown).endsWith("…").hasSizeLessThan(HEADLINE.length());
        assertThat(HEADLINE).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(shown.length()).isGreaterThan(5);
        assertThat(onFx(() -> widthOf(shown, line))).isLessThanOrEqualTo(120.5);
        assertThat(onFx(line::getText)).as("the whole text stays for tooltips and screen readers").isEqualTo(HEADLINE);
    }

    @Test
    void emojiAndAccentsAreNeverSplitInTheMiddle() throws Exception {
        String text = "👨‍👩‍👧 Familienfest im Schloßpark 🇩🇪 mit Café";
        for (double width = 30; width < 300; width += 7) {
            String shown = onFx(laidOut(text, width)::shownText);
            String kept = shown.endsWith("…") ? shown.substring(0, shown.length() - 1) : shown;
            assertThat(text).startsWith(kept);
            assertThat(kept.isEmpty() || !Character.isHighSurrogate(kept.charAt(kept.length() - 1)))
                    .as("no half of a surrogate pair at width %s: %s", width, shown).isTrue();
        }
    }

    @Test
    void aChangedTextIsMeasuredAgain() throws Exception {
        TextLine line = laidOut(HEADLINE, 120);
        onFx(() -> {
            line.setText("Kurz");
            line.layout();
            return null;
        });
        assertThat(onFx(line::shownText)).isEqualTo("Kurz");
    }

    @Test
    void aLongSnippetInAWeekCardEndsWithAnEllipsisOnItsLastAllowedLine() throws Exception {
        String snippet = "Ab Montag ist die Bahnhofstraße zwischen Markt und Schule voll gesperrt. "
                + "Die Umleitung führt über die Karl-Marx-Straße. Bitte planen Sie mehr Zeit ein.";
        TextBlock block = onFx(() -> {
            TextBlock laidOut = new TextBlock("card-snippet", 3);
            laidOut.setPrefWidth(150);
            laidOut.setText(snippet);
            root.getChildren().setAll(laidOut);
            laidOut.applyCss();
            double height = laidOut.prefHeight(150);
            laidOut.resize(150, height);
            laidOut.layout();
            return laidOut;
        });
        String shown = onFx(block::shownText);
        double lineHeight = onFx(() -> CharacterWidths.of(
                ((Text) block.getChildrenUnmodifiable().get(0)).getFont()).lineHeight());

        assertThat(shown).endsWith("…");
        assertThat(snippet).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(onFx(() -> block.getChildrenUnmodifiable().get(0).getLayoutBounds().getHeight()))
                .as("three lines, not more").isCloseTo(3 * lineHeight, org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFx(() -> block.prefHeight(150))).isCloseTo(3 * lineHeight, org.assertj.core.data.Offset.offset(1.0));
        assertThat(onFx(block::getText)).isEqualTo(snippet);
    }

    @Test
    void aShortTitleInAWeekCardTakesOneLine() throws Exception {
        TextBlock block = onFx(() -> {
            TextBlock laidOut = new TextBlock("card-title", 2);
            laidOut.setPrefWidth(150);
            laidOut.setText("Kurz");
            root.getChildren().setAll(laidOut);
            laidOut.applyCss();
            laidOut.resize(150, laidOut.prefHeight(150));
            laidOut.layout();
            return laidOut;
        });
        double lineHeight = onFx(() -> CharacterWidths.of(
                ((Text) block.getChildrenUnmodifiable().get(0)).getFont()).lineHeight());

        assertThat(onFx(block::shownText)).isEqualTo("Kurz");
        assertThat(onFx(() -> block.prefHeight(150))).isCloseTo(lineHeight, org.assertj.core.data.Offset.offset(1.0));
    }

    private TextLine laidOut(String text, double width) throws Exception {
        return onFx(() -> {
            TextLine line = new TextLine("card-title");
            // The pane around it sizes it to its preferred width at the next pulse.
            line.setPrefWidth(width);
            line.setText(text);
            root.getChildren().setAll(line);
            line.applyCss();
            line.resize(width, line.prefHeight(-1));
            line.layout();
            return line;
        });
    }

    private static double widthOf(String shown, TextLine line) {
        Text measure = new Text(shown);
        measure.setFont(((Text) line.getChildrenUnmodifiable().get(0)).getFont());
        return measure.getLayoutBounds().getWidth();
    }
}
