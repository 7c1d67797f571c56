package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.channels.text.IcuTextFacts;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.Severity;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.Schedule;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PostRulesTest {

    private static final Election MAYOR = new Election(1, ElectionType.BUERGERMEISTER, LocalDate.of(2029, 6, 10), null,
            "Bürgermeisterwahl", List.of("Anja Weber"), List.of(), false);
    private final PostRules rules = new PostRules(new IcuTextFacts());
    private final PostRules.Context context = new PostRules.Context(List.of(MAYOR), NeutralityRules.SEEDED_PARTIES, Map.of());

    private static Post plannedOn(LocalDate day, String text) {
        return Post.newPost(Schedule.of(day, LocalTime.of(9, 0), ZoneId.of("Europe/Berlin"))).withText(text);
    }

    @Test
    void aPictureWithoutAltTextKeepsThePostFromBeingReadyUnlessItIsDecoration() {
        Post post = plannedOn(LocalDate.of(2029, 1, 10), "Wochenmarkt").withImages(List.of(
                new PostImage("a.jpg", ""), new PostImage("b.jpg", "Marktstände"), new PostImage("c.png", "").asDecorative(true)));

        List<PostRules.PostFinding> findings = rules.check(post, context);

        assertThat(findings).extracting(found -> found.finding().rule()).containsExactly(PostRules.ALT_TEXT);
        assertThat(findings.get(0).finding().arguments()).containsExactly(1);
        assertThat(findings.get(0).finding().severity()).isEqualTo(Severity.BLOCKER);
        assertThat(PostRules.blocksReady(findings)).isTrue();
        assertThat(PostRules.needsConfirmation(findings)).isFalse();
    }

    @Test
    void withTheSettingOnDescribedPicturesSuggestTheAltMarkerOnce() {
        PostRules.Context withMarker = new PostRules.Context(List.of(), List.of(), Map.of(), List.of(), true);
        Post described = plannedOn(LocalDate.of(2029, 1, 10), "Der neue Spielplatz ist offen.").withImages(List.of(
                new PostImage("a.jpg", "Kinder auf dem Klettergerüst"), new PostImage("b.png", "").asDecorative(true)));
        Post undescribed = described.withImages(List.of(new PostImage("a.jpg", "")));

        assertThat(rules.check(described, withMarker)).extracting(found -> found.finding().rule())
                .containsExactly(PostRules.ALT_MARKER);
        assertThat(rules.check(described, context)).isEmpty();
        assertThat(rules.check(described.withText(PostRules.withAltMarker(described.text())), withMarker)).isEmpty();
        assertThat(rules.check(undescribed, withMarker)).extracting(found -> found.finding().rule())
                .containsExactly(PostRules.ALT_TEXT);
        assertThat(rules.check(plannedOn(LocalDate.of(2029, 1, 10), "Ohne Bild."), withMarker)).isEmpty();
        assertThat(PostRules.withAltMarker("Der Spielplatz ist offen.\n\n")).isEqualTo("Der Spielplatz ist offen. !B");
    }

    @Test
    void aChannelsOwnTextIsCheckedAndTheFindingNamesTheChannel() {
        Post post = plannedOn(LocalDate.of(2029, 5, 20), "Neuer Spielplatz eröffnet.")
                .withVariant(ChannelKind.INSTAGRAM, "Anja Weber eröffnet den Spielplatz! #spielplatzmeerane");

        List<PostRules.PostFinding> findings = rules.check(post, context);

        assertThat(findings).extracting(found -> found.finding().rule() + "@" + found.channel())
                .containsExactlyInAnyOrder("neutrality.candidate@INSTAGRAM", "accessibility.hashtag-case@INSTAGRAM");
        assertThat(PostRules.needsConfirmation(findings)).isTrue();
    }

    @Test
    void anIdeaWithoutADayHasNoNeutralityFindings() {
        Post idea = Post.newPost(null).withText("Wählen Sie Anja Weber!");

        assertThat(rules.check(idea, context)).isEmpty();
    }
}
