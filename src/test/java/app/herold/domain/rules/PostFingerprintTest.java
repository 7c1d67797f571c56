package app.herold.domain.rules;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostImage;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PostFingerprintTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    static Post townFestival() {
        return new Post(PostId.of(7), "Stadtfest", "Am Samstag feiert Meerane auf dem Markt.",
                Schedule.of(LocalDate.of(2029, 5, 26), LocalTime.of(9, 0), BERLIN), PostStatus.DRAFT,
                Set.of(ChannelKind.FACEBOOK, ChannelKind.MASTODON), List.of("Stadtfest"), "Fotos von Frau Lenk",
                List.of(new PostImage("a1b2.jpg", "Bühne auf dem Markt"), new PostImage("c3d4.png", "")),
                Instant.parse("2029-05-01T08:00:00Z"), Instant.parse("2029-05-02T08:00:00Z"))
                .withVariant(ChannelKind.MASTODON, "Stadtfest am Samstag #Meerane");
    }

    @Test
    void isSixtyFourLowercaseHexDigitsAndTheSameForTheSameContent() {
        String fingerprint = PostFingerprint.sha256(townFestival());

        assertThat(fingerprint).matches("[0-9a-f]{64}").isEqualTo(PostFingerprint.sha256(townFestival()));
    }

    @Test
    void aStatusChangeOrTheDatabasesBookkeepingKeepsTheFingerprint() {
        Post post = townFestival();

        assertThat(PostFingerprint.sha256(post.withStatus(PostStatus.READY)))
                .isEqualTo(PostFingerprint.sha256(post.withStatus(PostStatus.PUBLISHED)))
                .isEqualTo(PostFingerprint.sha256(post.withId(PostId.of(99))))
                .isEqualTo(PostFingerprint.sha256(post.withTimestamps(Instant.EPOCH, Instant.now())))
                .isEqualTo(PostFingerprint.sha256(post.withNotes("intern: mit Herrn Brandt abgestimmt")))
                .isEqualTo(PostFingerprint.sha256(post.withTags(List.of("Kultur"))))
                .isEqualTo(PostFingerprint.sha256(post.withAccounts(List.of(new AccountId(3)))))
                .isEqualTo(PostFingerprint.sha256(post));
    }

    @Test
    void theOrderTheChannelsWereChosenInDoesNotMatter() {
        Post post = townFestival();

        assertThat(PostFingerprint.sha256(post.withChannels(List.of(ChannelKind.MASTODON, ChannelKind.FACEBOOK))))
                .isEqualTo(PostFingerprint.sha256(post.withChannels(List.of(ChannelKind.FACEBOOK, ChannelKind.MASTODON))));
    }

    @Test
    void nanosecondsTheDatabaseDoesNotKeepDoNotChangeIt() {
        Post post = townFestival();
        Schedule planned = post.schedule();

        assertThat(PostFingerprint.sha256(post.withSchedule(new Schedule(planned.at().plusNanos(123_456_789), BERLIN))))
                .isEqualTo(PostFingerprint.sha256(post));
    }

    @Test
    void everythingThePublicSeesChangesIt() {
        Post post = townFestival();
        String original = PostFingerprint.sha256(post);

        assertThat(List.of(
                post.withText("Am Samstag feiert Meerane auf dem Markt!"),
                post.withTitle("Stadtfest 2029"),
                post.withVariant(ChannelKind.MASTODON, "Stadtfest am Sonntag #Meerane"),
                post.withVariant(ChannelKind.FACEBOOK, "Eigener Text für Facebook"),
                post.withImages(List.of(new PostImage("a1b2.jpg", "Bühne am Markt"), new PostImage("c3d4.png", ""))),
                post.withImages(List.of(new PostImage("c3d4.png", ""), new PostImage("a1b2.jpg", "Bühne auf dem Markt"))),
                post.withSchedule(post.schedule().at(LocalTime.of(10, 0))),
                post.withSchedule(new Schedule(post.schedule().at(), ZoneId.of("Europe/Vienna"))),
                post.withSchedule(null),
                post.withChannels(List.of(ChannelKind.FACEBOOK))))
                .extracting(PostFingerprint::sha256)
                .doesNotContain(original)
                .doesNotHaveDuplicates();
    }

    @Test
    void aLineBreakTypedIntoTheTitleCannotPassForTheTextThatFollows() {
        Post joined = townFestival().withTitle("Stadtfest\ntext\tAm Samstag").withText("");
        Post apart = townFestival().withTitle("Stadtfest").withText("Am Samstag");

        assertThat(PostFingerprint.sha256(joined)).isNotEqualTo(PostFingerprint.sha256(apart));
    }

    @Test
    void theCanonicalFormIsTheDocumentedOne() {
        Post post = new Post(PostId.of(1), "Titel", "Zeile 1\nZeile 2", Schedule.of(LocalDate.of(2029, 5, 26),
                LocalTime.of(9, 0), BERLIN), PostStatus.READY, Set.of(ChannelKind.WHATSAPP, ChannelKind.BLUESKY),
                List.of(), "", List.of(new PostImage("x.jpg", "Alt\\Text")), null, null)
                .withVariant(ChannelKind.WHATSAPP, "W").withVariant(ChannelKind.BLUESKY, "B");

        assertThat(PostFingerprint.canonicalForm(post)).isEqualTo("""
                title\tTitel
                text\tZeile 1\\nZeile 2
                variant\tbluesky\tB
                variant\twhatsapp\tW
                image\tx.jpg\tAlt\\\\Text
                planned\t2029-05-26T07:00:00Z\tEurope/Berlin
                channel\tbluesky
                channel\twhatsapp
                """);
    }
}
