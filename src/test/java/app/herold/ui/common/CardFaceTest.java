package app.herold.ui.common;

import static app.herold.ui.common.FxStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.domain.post.Schedule;
import app.herold.i18n.Messages;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A compact card as the month and the ideas tray show it: one canvas with the status, time, channel
 * icons and headline, in the colours and sizes of the stylesheet, for light and dark.
 */
class CardFaceTest {

    private static final String HEADLINE = "Vollsperrung der Bahnhofstraße wegen Kanalarbeiten";

    private Scene scene;
    private Pane root;

    @BeforeEach
    void showStage() throws TimeoutException {
        root = new Pane();
        scene = FxStage.show(root, 600, 200, true);
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxStage.close();
    }

    @Test
    void theIconsAreDrawnInTheIconFontAndTheColoursOfTheStylesheet() throws Exception {
        CardFace face = onFx(() -> faceOf(laidOut(PostStatus.DRAFT, 400, ChannelKind.WHATSAPP, ChannelKind.BLUESKY)));

        assertThat(onFx(() -> face.getIconFont().getFamily())).isEqualTo(Icons.fontFamily());
        assertThat(onFx(face::getStatusFill)).isEqualTo(Color.web("#B35900"));
        assertThat(onFx(() -> face.getChannelFill(ChannelKind.WHATSAPP))).isEqualTo(Color.web("#128C7E"));
        assertThat(onFx(() -> face.getChannelFill(ChannelKind.BLUESKY))).isEqualTo(Color.web("#0070D6"));

        onFx(() -> {
            Theme.apply(scene, "dark");
            root.applyCss();
            return null;
        });
        assertThat(onFx(() -> face.getChannelFill(ChannelKind.WHATSAPP))).as("the dark theme's brighter brand colour")
                .isEqualTo(Color.web("#25D366"));
        assertThat(onFx(face::getStatusFill)).isEqualTo(Color.web("#E3A008"));
    }

    @Test
    void aNewStatusChangesTheColourOfTheCardItShowsOn() throws Exception {
        PostCard card = onFx(() -> laidOut(PostStatus.DRAFT, 400, ChannelKind.WHATSAPP));
        Color draft = (Color) onFx(() -> faceOf(card).getStatusFill());
        onFx(() -> {
            card.show(post(PostStatus.ARCHIVED, ChannelKind.WHATSAPP));
            root.applyCss();
            root.layout();
            return null;
        });
        assertThat(onFx(() -> faceOf(card).getStatusFill())).isNotEqualTo(draft);
        assertThat(onFx(card::getOpacity)).as("archived posts are dimmed").isLessThan(1.0);
    }

    @Test
    void theTimeIsAsLargeAsOnAWeekCardsRowAndTheHeadlineAsTheCardsFont() throws Exception {
        CardFace face = onFx(() -> faceOf(laidOut(PostStatus.READY, 400, ChannelKind.FACEBOOK)));
        double headline = onFx(() -> face.getFont().getSize());
        double time = onFx(() -> face.getTimeFont().getSize());

        assertThat(headline).isGreaterThan(time);
        assertThat(time / headline).as("0.8em against the card's 0.86em").isCloseTo(0.8 / 0.86, within(0.01));
    }

    @Test
    void aWideCardShowsTheWholeHeadlineAndEveryIcon() throws Exception {
        PostCard card = onFx(() -> laidOut(PostStatus.READY, 500, ChannelKind.WHATSAPP, ChannelKind.FACEBOOK,
                ChannelKind.MASTODON));
        assertThat(onFx(card::shownHeadline)).isEqualTo(HEADLINE);
        assertThat(onFx(() -> faceOf(card).shownChannels())).isEqualTo(3);
    }

    @Test
    void aNarrowCardCutsItsHeadlineAndSumsUpTheIconsThatDoNotFit() throws Exception {
        PostCard card = onFx(() -> laidOut(PostStatus.READY, 80, ChannelKind.values()));
        String shown = onFx(card::shownHeadline);

        assertThat(shown).endsWith("…").hasSizeLessThan(HEADLINE.length());
        assertThat(HEADLINE).startsWith(shown.substring(0, shown.length() - 1));
        assertThat(onFx(() -> faceOf(card).shownChannels())).isBetween(0, ChannelKind.values().length - 1);
    }

    private PostCard laidOut(PostStatus status, double width, ChannelKind... channels) {
        PostCard card = new PostCard(false, Messages.forLocale(Locale.GERMANY), null);
        card.show(post(status, channels));
        // The pane around it sizes it to its preferred width at the next pulse.
        card.setPrefWidth(width);
        root.getChildren().setAll(card);
        root.applyCss();
        card.resize(width, card.prefHeight(width));
        card.layout();
        return card;
    }

    private static PostSummary post(PostStatus status, ChannelKind... channels) {
        Schedule at = Schedule.of(LocalDate.of(2026, 11, 30), LocalTime.of(7, 30), ZoneId.of("Europe/Berlin"));
        return new PostSummary(new PostId(7), "", HEADLINE, at, status, new LinkedHashSet<>(List.of(channels)),
                List.of(), null);
    }

    private static CardFace faceOf(PostCard card) {
        return (CardFace) card.getChildrenUnmodifiable().get(0);
    }
}
