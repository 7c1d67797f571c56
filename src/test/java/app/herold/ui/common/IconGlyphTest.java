package app.herold.ui.common;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostSummary;
import app.herold.i18n.Messages;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeoutException;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The week view's large cards show their icons as text nodes in the icon font the stylesheet names; a
 * wrong family shows empty boxes. (Compact cards draw theirs: {@link CardFaceTest}.)
 */
class IconGlyphTest {

    private StackPane root;

    @BeforeEach
    void showStage() throws TimeoutException {
        Stage stage = FxToolkit.registerPrimaryStage();
        FxToolkit.setupFixture(() -> {
            root = new StackPane();
            Scene scene = new Scene(root, 400, 200);
            Theme.install(scene, "light");
            stage.setScene(scene);
            stage.show();
        });
    }

    @AfterEach
    void closeStage() throws TimeoutException {
        FxToolkit.cleanupStages();
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

    private static <T> T onFx(Callable<T> call) throws Exception {
        return WaitForAsyncUtils.asyncFx(call).get();
    }
}
