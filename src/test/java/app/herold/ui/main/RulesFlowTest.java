package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.rules.Election;
import app.herold.domain.rules.ElectionType;
import app.herold.domain.settings.Preferences;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.skin.TextAreaSkin;
import javafx.scene.input.KeyCode;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/** A post planned before an election: its warning shows, and "Bereit" asks for the reason. */
class RulesFlowTest extends HeroldUiTest {

    private Post invitation;
    private Post playground;

    @Override
    Preferences preferences() {
        return super.preferences().withAltTextMarker(true);
    }

    /** A warning mark starts where the caret stands before the character at {@code index}. */
    private void assertMarkedAt(TextArea text, int index) {
        waitUntil(() -> !lookup(".text-mark-warning").queryAll().isEmpty());
        interact(() -> text.positionCaret(index));
        interact(() -> { });
        Bounds caret = text.localToScreen(((TextAreaSkin) text.getSkin()).getCaretBounds());
        List<Bounds> marks = lookup(".text-mark-warning").<Node>queryAll().stream()
                .map(mark -> mark.localToScreen(mark.getBoundsInLocal())).toList();
        assertThat(marks).anySatisfy(mark -> {
            assertThat(mark.getMinX()).isCloseTo(caret.getCenterX(), org.assertj.core.api.Assertions.within(2.0));
            assertThat(mark.getMinY()).isCloseTo(caret.getMinY(), org.assertj.core.api.Assertions.within(3.0));
        });
    }

    private double markTop() {
        return lookup(".text-mark-warning").<Node>queryAll().stream()
                .mapToDouble(mark -> mark.localToScreen(mark.getBoundsInLocal()).getMinY()).min().orElseThrow();
    }

    @Override
    void prepare() {
        database.elections().save(new Election(0, ElectionType.LAND, LocalDate.of(2027, 1, 17), null, "Landtagswahl 2027",
                List.of(), List.of(), false));
        invitation = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 30), LocalTime.of(18, 0), BERLIN))
                .withTitle("Bürgergespräch").withText("Die SPD-Fraktion lädt zum Bürgergespräch ins Rathaus. #buergergespraechmeerane"));
        playground = plan.save(Post.newPost(Schedule.of(LocalDate.of(2026, 11, 27), LocalTime.of(10, 0), BERLIN))
                .withTitle("Spielplatz").withText("Der Spielplatz am Teich ist wieder offen.")
                .withImages(List.of(new PostImage(storedPicture(), "Kinder auf dem neuen Klettergerüst"))));
    }

    private String storedPicture() {
        try {
            BufferedImage picture = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
            Graphics2D graphics = picture.createGraphics();
            graphics.setColor(new Color(60, 140, 80));
            graphics.fillRect(0, 0, 320, 240);
            graphics.dispose();
            Path file = dataDirectory.resolve("spielplatz.png");
            ImageIO.write(picture, "png", file.toFile());
            return database.media().importImage(file);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void electionsAreEditedInTheSettings() {
        clickOn("#settings");
        clickOn(lookup(".tab").match(node -> "settings-tab-elections".equals(node.getId())).<Node>query());
        clickOn("#elections-new");
        clickOn("#election-date").write("10.06.2029");
        clickOn("#election-name").write("Bürgermeisterwahl Meerane 2029");
        clickOn("#elections-save");
        waitUntil(() -> database.elections().elections().stream()
                .anyMatch(election -> election.name().equals("Bürgermeisterwahl Meerane 2029")));
        screenshotOf(lookup("#settings-elections").query().getScene(), "settings-elections");
        type(KeyCode.ESCAPE);
    }

    @Test
    void withTheSettingOnDescribedPicturesOfferToAddTheAltMarker() {
        clickOn(card(playground));
        waitUntil(() -> lookup("#rule-fix-alt-marker").tryQuery().isPresent());
        clickOn(revealed("#rule-fix-alt-marker"));

        waitUntil(() -> plan.find(playground.id()).orElseThrow().text().equals("Der Spielplatz am Teich ist wieder offen. !B"));
        waitUntil(() -> lookup("#rule-fix-alt-marker").tryQuery().isEmpty());
    }

    @Test
    void aFlaggedPostShowsItsWarningAndReadyAsksForTheReason() {
        clickOn(card(invitation));
        waitUntil(() -> from(lookup("#rule-findings").<Node>query()).lookup(".rule-finding").queryAll().size() >= 2);
        List<String> sentences = from(lookup("#rule-findings").<Node>query()).lookup(".rule-finding .label")
                .<Label>queryAll().stream().map(Label::getText).toList();
        assertThat(sentences).anyMatch(text -> text.contains("SPD") && text.contains("Landtagswahl 2027"));
        clickOn(revealed("#rule-findings"));
        screenshot("editor-rule-findings");

        // The party's name is marked where it stands in the text, and the mark moves with it.
        TextArea text = lookup("#editor-text-field").query();
        assertMarkedAt(text, text.getText().indexOf("SPD"));
        clickOn(revealed("#editor-text-field"));
        interact(() -> text.insertText(0, "Einladung! "));
        assertMarkedAt(text, text.getText().indexOf("SPD"));
        // Far enough down that the area scrolls to show it: the mark scrolls with the words.
        interact(() -> text.insertText(0, "\n".repeat(14)));
        assertMarkedAt(text, text.getText().indexOf("SPD"));
        assertThat(text.getScrollTop()).isPositive();
        double markTop = markTop();
        double scrolled = text.getScrollTop();
        interact(() -> text.setScrollTop(scrolled - 30));
        interact(() -> { });
        assertThat(markTop()).isCloseTo(markTop + 30, org.assertj.core.api.Assertions.within(1.0));

        ComboBox<PostStatus> status = lookup("#editor-status-box").query();
        interact(() -> status.setValue(PostStatus.READY));
        waitUntil(() -> lookup(".text-input-dialog").tryQuery().isPresent() || lookup(".dialog-pane").tryQuery().isPresent());
        TextField reason = lookup(".dialog-pane .text-field").query();
        clickOn(reason).write("Sachliche Einladung; alle Fraktionen laden abwechselnd ein.");
        screenshotOf(reason.getScene(), "ready-confirmation");
        type(KeyCode.ENTER);

        waitUntil(() -> plan.find(invitation.id()).orElseThrow().status() == PostStatus.READY);
        assertThat(database.audit().entries()).singleElement()
                .satisfies(entry -> assertThat(entry.reason()).startsWith("Sachliche Einladung"));
    }
}
