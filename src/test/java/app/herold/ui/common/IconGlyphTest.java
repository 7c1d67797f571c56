package app.herold.ui.common;

import static app.herold.ui.common.FxStage.onFx;
import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeoutException;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The week view's large cards show their icons as text nodes in the icon font the stylesheet names; a
 * wrong family shows empty boxes. (Compact cards draw theirs: {@link CardFaceTest}.)
 */
class IconGlyphTest {

    private StackPane root;

    @BeforeEach
    void showStage() throws TimeoutException {
        root = new StackPane();
        FxStage.show(root, 400, 200, true);
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxStage.close();
    }

    @Test
    void aCardsIconsUseTheIconFontOfIkonli() throws Exception {
        List<Text> glyphs = onFx(() -> {
            PostCard card = new PostCard(true, Messages.forLocale(Locale.GERMANY), null);
            card.show(new PostSummary(new app.herold.domain.post.PostId(1), "Sperrung", "Text", null,
                    PostStatus.DRAFT, java.util.Set.of(ChannelKind.WHATSAPP, ChannelKind.BLUESKY), List.of(), null));
            root.getChildren().setAll(card);
            root.applyCss();
            return card.lookupAll("." + IconGlyph.STYLE_CLASS).stream().map(Text.class::cast).toList();
        });
        assertThat(glyphs).hasSize(3);
        assertThat(glyphs).allSatisfy(glyph -> assertThat(glyph.getFont().getFamily()).isEqualTo(Icons.fontFamily()));
        assertThat(glyphs).extracting(Text::getText).doesNotContainNull().allSatisfy(text -> assertThat(text).isNotBlank());
    }
}
