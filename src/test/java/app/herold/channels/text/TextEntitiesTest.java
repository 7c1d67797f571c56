package app.herold.channels.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import app.herold.channels.text.TextEntity.Kind;
import com.twitter.twittertext.Extractor;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Which words of a town hall's post become links, hashtags and mentions, and exactly where they are. */
class TextEntitiesTest {

    private static final String COUNCIL_POST = "Heute #Stadtratssitzung im Rathaus, Infos: https://www.meerane.de/rat "
            + "(Tagesordnung) – Fragen an @buergerbuero@mastodon.social oder rathaus@meerane.de";

    @Test
    void aCouncilPostHasItsHashtagLinkAndMentionInTextOrder() {
        TextEntities entities = TextEntities.of(COUNCIL_POST);

        assertThat(entities.all()).extracting(TextEntity::kind, TextEntity::value).containsExactly(
                tuple(Kind.HASHTAG, "Stadtratssitzung"),
                tuple(Kind.URL, "https://www.meerane.de/rat"),
                tuple(Kind.MENTION, "buergerbuero@mastodon.social"));
        assertThat(spans(COUNCIL_POST, entities.all())).containsExactly(
                "#Stadtratssitzung", "https://www.meerane.de/rat", "@buergerbuero@mastodon.social");
    }

    @Test
    void anEmailAddressIsNeitherAMentionNorALink() {
        TextEntities entities = TextEntities.of("Schreiben Sie an rathaus@meerane.de oder buergerbuero@meerane.de.");
        assertThat(entities.all()).isEmpty();
    }

    @Test
    void aLinkInParenthesesEndsBeforeTheClosingParenthesis() {
        String text = "Alle Termine (https://meerane.de/termine) im Überblick";
        assertThat(TextEntities.of(text).urls()).singleElement().satisfies(url -> {
            assertThat(url.value()).isEqualTo("https://meerane.de/termine");
            assertThat(text.substring(url.start(), url.end())).isEqualTo("https://meerane.de/termine");
        });
    }

    @Test
    void aLinkWithBalancedParenthesesKeepsThem() {
        String text = "Mehr zur Stadt: https://de.wikipedia.org/wiki/Meerane_(Sachsen) lesen";
        assertThat(TextEntities.of(text).urls()).extracting(TextEntity::value)
                .containsExactly("https://de.wikipedia.org/wiki/Meerane_(Sachsen)");
    }

    @Test
    void punctuationAfterALinkIsNotPartOfIt() {
        assertThat(TextEntities.of("Mehr unter https://meerane.de.").urls()).extracting(TextEntity::value)
                .containsExactly("https://meerane.de");
        assertThat(TextEntities.of("Siehe https://meerane.de/rat, dort steht alles!").urls())
                .extracting(TextEntity::value).containsExactly("https://meerane.de/rat");
        assertThat(TextEntities.of("Kommt alle: „https://meerane.de/fest“").urls())
                .extracting(TextEntity::value).containsExactly("https://meerane.de/fest");
    }

    @Test
    void aDomainWithoutHttpIsNotALinkAsOnMastodon() {
        assertThat(TextEntities.of("Infos auf meerane.de und www.meerane.de").urls()).isEmpty();
        assertThat(TextEntities.of("Infos auf http://meerane.de und HTTPS://MEERANE.DE").urls())
                .extracting(TextEntity::value).containsExactly("http://meerane.de", "HTTPS://MEERANE.DE");
    }

    @Test
    void germanHashtagsKeepTheirUmlautsAndSharpS() {
        assertThat(TextEntities.of("Neu im #Bürgerbüro: das #Straßenfest am #Marktplatz2026").hashtags())
                .extracting(TextEntity::value).containsExactly("Bürgerbüro", "Straßenfest", "Marktplatz2026");
    }

    @Test
    void aNumberAfterTheHashSignIsNoHashtag() {
        assertThat(TextEntities.of("Wir sind #1 im Landkreis, seit #2024").hashtags()).isEmpty();
    }

    @Test
    void aFragmentInsideALinkIsNoHashtag() {
        assertThat(TextEntities.of("https://meerane.de/#termine").all()).extracting(TextEntity::kind)
                .containsExactly(Kind.URL);
    }

    @Test
    void aFediverseMentionCoversTheWholeHandle() {
        String text = "Danke @stadt@mastodon.social!";
        assertThat(TextEntities.of(text).mentions()).singleElement().satisfies(mention -> {
            assertThat(mention.value()).isEqualTo("stadt@mastodon.social");
            assertThat(text.substring(mention.start(), mention.end())).isEqualTo("@stadt@mastodon.social");
        });
    }

    @Test
    void aLocalMentionIsJustTheUsername() {
        assertThat(TextEntities.of("@stadt lädt ein").mentions()).singleElement()
                .isEqualTo(new TextEntity(Kind.MENTION, 0, 6, "stadt"));
    }

    @Test
    void mentionsMayHaveDotsAndHyphensLikeMastodonAndBlueskyHandles() {
        assertThat(TextEntities.of("Mit @max.mustermann@meerane.social und @stadt-meerane.bsky.social.").mentions())
                .extracting(TextEntity::value)
                .containsExactly("max.mustermann@meerane.social", "stadt-meerane.bsky.social");
    }

    @Test
    void aNameWithAnUmlautIsNoMentionAsOnMastodonWhereUsernamesHaveNone() {
        assertThat(TextEntities.of("Grüße an @jürgen und @jürgen@mastodon.social").mentions()).isEmpty();
    }

    @Test
    void aProfileLinkIsOneLinkNotAMention() {
        assertThat(TextEntities.of("Folgt https://mastodon.social/@stadt").all())
                .extracting(TextEntity::kind, TextEntity::value)
                .containsExactly(tuple(Kind.URL, "https://mastodon.social/@stadt"));
    }

    @Test
    void positionsAreUtf16IndicesAfterEmoji() {
        String text = "🎉👨‍👩‍👧‍👦 #Stadtfest mit @stadt";
        TextEntities entities = TextEntities.of(text);
        assertThat(entities.hashtags()).singleElement().extracting(TextEntity::start).isEqualTo(14);
        assertThat(spans(text, entities.all())).containsExactly("#Stadtfest", "@stadt");
    }

    @Test
    void eachListHoldsOnlyItsKind() {
        TextEntities entities = TextEntities.of(COUNCIL_POST);
        assertThat(entities.hashtags()).extracting(TextEntity::kind).containsOnly(Kind.HASHTAG).hasSize(1);
        assertThat(entities.urls()).extracting(TextEntity::kind).containsOnly(Kind.URL).hasSize(1);
        assertThat(entities.mentions()).extracting(TextEntity::kind).containsOnly(Kind.MENTION).hasSize(1);
    }

    @Test
    void aTextWithoutEntitiesHasNone() {
        assertThat(TextEntities.of("").all()).isEmpty();
        assertThat(TextEntities.of("Der Wochenmarkt fällt aus.").all()).isEmpty();
    }

    /**
     * Links and hashtags are found in place rather than by twitter-text's Extractor over the whole text,
     * which is too slow for long texts; on thousands of generated texts full of edge cases both must agree.
     */
    @Test
    void findingLinksAndHashtagsInPlaceAgreesWithTwitterTextOnTheWholeText() {
        String[] fragments = {"https://meerane.de", "http://www.meerane.de/rat?x=1", "https://t.co/abc",
            "https://de.wikipedia.org/wiki/Meerane_(Sachsen)", "https://", "http://", "HTTPS://", "://",
            "meerane.de", "www.", ".de", ".com", "/",
            "/rat", "(", ")", "#", "#Fest", "＃Markt", "#1", "@stadt", "@", ":", "?q=", "&a=1", "t.co/abc", ".", ",",
            " ", " ", " ", "\n", "\t", "\r\n", "\u00A0", "\u3000", "\u2028", "\u202A", "ä", "ß", "Rathaus", "x",
            "_", "-", "'", "\"", "„", "“", "$", "1", "…", "🇩🇪", "e\u0301", "xn--mnchen-3ya.de",
            "münchen.de"};
        Extractor wholeText = SchemeUrls.extractor();
        Random random = new Random(20260101);
        int withLinks = 0;
        for (int sample = 0; sample < 3000; sample++) {
            StringBuilder text = new StringBuilder();
            for (int count = 1 + random.nextInt(40); count > 0; count--) {
                text.append(fragments[random.nextInt(fragments.length)]);
            }
            String generated = text.toString();
            List<TextEntity> expectedUrls = new ArrayList<>();
            for (Extractor.Entity url : wholeText.extractURLsWithIndices(generated)) {
                expectedUrls.add(new TextEntity(Kind.URL, url.getStart(), url.getEnd(), url.getValue()));
            }
            List<TextEntity> expectedHashtags = new ArrayList<>();
            for (Extractor.Entity hashtag : wholeText.extractHashtagsWithIndices(generated)) {
                expectedHashtags.add(new TextEntity(Kind.HASHTAG, hashtag.getStart(), hashtag.getEnd(),
                        hashtag.getValue()));
            }
            List<TextEntity> urls = SchemeUrls.in(generated);
            List<TextEntity> both = new ArrayList<>(urls);
            both.addAll(Hashtags.in(generated));
            List<TextEntity> hashtags = TextEntities.withoutOverlaps(both).stream()
                    .filter(entity -> entity.kind() == Kind.HASHTAG).toList();

            assertThat(urls).as("links in %s", generated).isEqualTo(expectedUrls);
            assertThat(hashtags).as("hashtags in %s", generated).isEqualTo(expectedHashtags);
            withLinks += expectedUrls.isEmpty() ? 0 : 1;
        }
        assertThat(withLinks).as("generated texts that have links").isGreaterThan(1000);
    }

    private static List<String> spans(String text, List<TextEntity> entities) {
        return entities.stream().map(entity -> text.substring(entity.start(), entity.end())).toList();
    }
}
