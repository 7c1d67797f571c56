package app.herold.channels;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Lengths and caps as each platform counts them (platforms.md), on texts a town writes. */
class ChannelCountingTest {

    private static final Channels CHANNELS = Channels.load();
    private static final String FAMILY = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    private static final String FLAG = "\uD83C\uDDE9\uD83C\uDDEA";
    private static final String THUMB_DARK = "\uD83D\uDC4D\uD83C\uDFFD";
    private static final DraftImage PHOTO = new DraftImage("p.jpg", "jpeg", 1080, 1350, 300_000, "Foto");

    private static ChannelCheck check(ChannelKind kind, String text, DraftImage... images) {
        return CHANNELS.channel(kind).check(new ChannelDraft(text, List.of(images)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', value = {
        "Guten Morgen, Meerane!                                            | 22",
        "Infos: https://www.meerane.de/aktuelles/2026/11/baustelle-lindenstrasse-umleitung | 30",
        "Fragen an @buergerbuero@mastodon.social                           | 23",
        "Grüße aus dem Rathaus                                             | 21",
    })
    void mastodonCountsLinksAs23AndMentionsByTheirUserName(String text, int expected) {
        assertThat(check(ChannelKind.MASTODON, text.strip()).length()).isEqualTo(expected);
    }

    @Test
    void emojiSequencesAreOneCharacterOnMastodonAndBluesky() {
        String text = FAMILY + FLAG + THUMB_DARK + "e\u0301";

        assertThat(check(ChannelKind.MASTODON, text).length()).isEqualTo(4);
        assertThat(check(ChannelKind.BLUESKY, text).length()).isEqualTo(4);
        assertThat(check(ChannelKind.INSTAGRAM, text).length()).isEqualTo(text.length());
    }

    @Test
    void blueskyStopsATextUnder300CharactersThatIsOver3000Bytes() {
        ChannelCheck check = check(ChannelKind.BLUESKY, FAMILY.repeat(200));

        assertThat(check.length()).isEqualTo(200);
        assertThat(check.findings()).extracting(Finding::rule).containsExactly("text.bytes");
        assertThat(check.blocks()).isTrue();
    }

    @Test
    void instagramCountsHashtagsAndMentionsAndNeedsAPicture() {
        StringBuilder tags = new StringBuilder("Stadtfest ");
        for (int i = 1; i <= 31; i++) {
            tags.append("#Tag").append(i).append(' ');
        }
        ChannelCheck withoutPicture = check(ChannelKind.INSTAGRAM, tags.toString());

        assertThat(withoutPicture.hashtags()).hasSize(31);
        assertThat(withoutPicture.findings()).extracting(Finding::rule).contains("hashtags.count", "images.missing");
        Finding tooMany = withoutPicture.findings().stream().filter(f -> f.rule().equals("hashtags.count")).findFirst().orElseThrow();
        assertThat(tags.substring(tooMany.span().start(), tooMany.span().end())).startsWith("#Tag31");
    }

    @Test
    void instagramSaysLinksInCaptionsCannotBeClicked() {
        ChannelCheck check = check(ChannelKind.INSTAGRAM, "Programm: https://www.meerane.de/stadtfest", PHOTO);

        assertThat(check.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("links.not-clickable", Severity.INFO));
    }

    @Test
    void telegramTakesLessTextUnderAPicture() {
        String text = "Sitzung ".repeat(150);

        assertThat(check(ChannelKind.TELEGRAM, text).findings()).isEmpty();
        ChannelCheck withPicture = check(ChannelKind.TELEGRAM, text, PHOTO);
        assertThat(withPicture.limit()).isEqualTo(1024);
        assertThat(withPicture.findings()).extracting(Finding::rule).containsExactly("text.length", "text.caption");
    }

    @Test
    void whatsAppWarnsAboutAVeryLongUpdateButDoesNotStopIt() {
        ChannelCheck check = check(ChannelKind.WHATSAPP, "Bekanntmachung ".repeat(300));

        assertThat(check.findings()).extracting(Finding::rule, Finding::severity)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("text.long", Severity.WARNING));
    }

    @Test
    void facebookTakesLongTextsUpTo63206Characters() {
        assertThat(check(ChannelKind.FACEBOOK, "x".repeat(63_206)).findings()).isEmpty();
        assertThat(check(ChannelKind.FACEBOOK, "x".repeat(63_207)).blocks()).isTrue();
    }

    @Test
    void picturesAreCheckedAgainstWhatTheChannelTakes() {
        DraftImage png = new DraftImage("plakat.png", "png", 4000, 1000, 12_000_000, "");
        ChannelCheck instagram = check(ChannelKind.INSTAGRAM, "Plakat", png, PHOTO, PHOTO, PHOTO, PHOTO, PHOTO, PHOTO, PHOTO,
                PHOTO, PHOTO, PHOTO);

        assertThat(instagram.findings()).extracting(Finding::rule)
                .contains("images.count", "image.format", "image.aspect", "image.size", "image.alt-missing");
        ChannelCheck telegram = check(ChannelKind.TELEGRAM, "Plakat", png);
        assertThat(telegram.findings()).extracting(Finding::rule).containsExactly("image.size");
    }
}
