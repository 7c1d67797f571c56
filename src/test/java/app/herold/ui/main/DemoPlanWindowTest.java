package app.herold.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.demo.DemoLoader;
import app.herold.domain.post.Post;
import java.util.ArrayList;
import java.util.List;
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
import org.junit.jupiter.api.Test;

/** The demo town's plan in the window, with a post and its pictures open in the editor. */
class DemoPlanWindowTest extends HeroldUiTest {

    @Override
    void prepare() {
        DemoLoader.load(database.posts(), database.media(), 80, 1, CLOCK);
    }

    @Test
    void aDemoPostWithPicturesShowsThemWithTheirAltTextsInTheEditor() {
        Post withPictures = firstPostWithImagesIn(TODAY.withDayOfMonth(1), TODAY.withDayOfMonth(30));
        clickOn(card(withPictures));
        waitUntil(() -> withPictures.id().equals(window.viewModel().editor().postIdProperty().get()));

        waitUntil(() -> lookup(".image-tile").queryAll().size() == withPictures.images().size());
        ImageView thumbnail = lookup(".image-tile .image-view").query();
        waitUntil(() -> thumbnail.getImage() != null && thumbnail.getImage().getProgress() >= 1.0);
        assertThat(thumbnail.getImage().isError()).isFalse();
        assertThat(lookup(".image-tile .text-area").queryAllAs(TextArea.class)).extracting(TextArea::getText)
                .containsExactlyElementsOf(withPictures.images().stream().map(image -> image.altText()).toList());
        javafx.scene.control.ScrollPane form = lookup(".editor .scroll-pane").query();
        interact(() -> form.setVvalue(0.62));
        screenshot("demo-editor");
    }

    private Post firstPostWithImagesIn(java.time.LocalDate from, java.time.LocalDate to) {
        List<Post> found = new ArrayList<>();
        database.posts().forEach(from, to, post -> {
            if (!post.images().isEmpty()) {
                found.add(post);
            }
        });
        assertThat(found).as("the demo plan has posts with pictures this month").isNotEmpty();
        // A card that the month cell shows (the first three posts of a day).
        return found.stream()
                .filter(post -> cardOf(post.id()).isPresent())
                .findFirst().orElseThrow();
    }
}
