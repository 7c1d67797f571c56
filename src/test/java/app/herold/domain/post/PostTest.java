package app.herold.domain.post;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PostTest {

    @Test
    void theHeadlineShowsTheWordsWithoutTheMasterTextsMarks() {
        assertThat(Post.newPost(null).withText("**Achtung:** [Umleitung](https://meerane.de/u) ab Montag\nmehr").headline())
                .isEqualTo("Achtung: Umleitung ab Montag");
    }

    @Test
    void tagsAreTrimmedFreedOfHashesAndKeptOnce() {
        Post post = Post.newPost(null).withTags(Arrays.asList(" Stadtrat ", "#Baustelle", "Stadtrat", "", null, "##Müll"));

        assertThat(post.tags()).containsExactly("Stadtrat", "Baustelle", "Müll");
    }

    @Test
    void theHeadlineIsTheTitleOrElseTheFirstLine() {
        assertThat(Post.newPost(null).withText("\n  Vollsperrung Hauptstraße\nab Montag").headline())
                .isEqualTo("Vollsperrung Hauptstraße");
        assertThat(Post.newPost(null).withTitle("Sperrung").withText("Text").headline()).isEqualTo("Sperrung");
    }

    @Test
    void aNewPostIsAnIdeaWithoutADateAndADraftWithOne() {
        assertThat(Post.newPost(null).status()).isEqualTo(PostStatus.IDEA);
        assertThat(Post.newPost(new Schedule(java.time.Instant.EPOCH, java.time.ZoneOffset.UTC)).status())
                .isEqualTo(PostStatus.DRAFT);
    }

    @Test
    void anUntouchedNewPostIsBlankSoClosingItLosesNothing() {
        assertThat(Post.newPost(null).isBlank()).isTrue();
        assertThat(Post.newPost(null).withNotes("Foto anfragen").isBlank()).isFalse();
        assertThat(Post.newPost(null).withTags(List.of("x")).isBlank()).isFalse();
    }
}
