package app.herold.channels;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelCheck;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.DraftImage;
import app.herold.domain.channel.Finding;
import app.herold.domain.channel.Severity;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What every channel adapter must do, whatever its platform. */
class ChannelContractTest {

    private static final Channels CHANNELS = Channels.load();
    private static final String FORMATTED = "**Stadtfest** am _Samstag_ auf dem Markt.\n- Bühne ab 14 Uhr\n- Feuerwerk um 22 Uhr\n"
            + "[Programm](https://www.meerane.de/stadtfest) #Meerane #Stadtfest";
    private static final DraftImage PHOTO = new DraftImage("markt.jpg", "jpeg", 1080, 1080, 400_000, "Der Markt am Abend");

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void everyChannelComesFromItsOwnPackageWithSourcedLimits(ChannelKind kind) {
        Channel channel = CHANNELS.channel(kind);

        assertThat(channel.kind()).isEqualTo(kind);
        assertThat(channel.getClass().getPackageName()).isEqualTo("app.herold.channels." + kind.id());
        assertThat(channel.limits().sources()).hasSizeGreaterThanOrEqualTo(3)
                .allSatisfy(source -> assertThat(source).hasSizeGreaterThan(20));
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void aShortPostWithAPictureGoesThroughEveryChannel(ChannelKind kind) {
        ChannelCheck check = CHANNELS.channel(kind).check(new ChannelDraft(FORMATTED, List.of(PHOTO)));

        assertThat(check.findings()).noneMatch(finding -> finding.severity() == Severity.BLOCKER);
        assertThat(check.hashtags()).containsExactly("Meerane", "Stadtfest");
        assertThat(check.length()).isBetween(100, 140);
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void boldNeverBecomesUnicodeMathematicalLetters(ChannelKind kind) {
        String text = CHANNELS.channel(kind).render(ChannelDraft.textOnly(FORMATTED)).text();

        assertThat(text.codePoints()).noneMatch(c -> c >= 0x1D400 && c <= 0x1D7FF);
        assertThat(text).contains("Stadtfest").contains("Samstag");
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void thePreviewShowsTheTextTheChannelCounts(ChannelKind kind) {
        Channel channel = CHANNELS.channel(kind);
        ChannelDraft draft = new ChannelDraft(FORMATTED, List.of(PHOTO));

        assertThat(channel.preview(draft).text()).isEqualTo(channel.render(draft).visible());
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void anEmptyPostIsStopped(ChannelKind kind) {
        ChannelCheck check = CHANNELS.channel(kind).check(ChannelDraft.textOnly("  \n "));

        assertThat(check.findings()).extracting(Finding::rule).contains("text.empty");
        assertThat(check.blocks()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(ChannelKind.class)
    void aTextOneCharacterOverTheLimitIsStoppedAndTheOverflowMarked(ChannelKind kind) {
        Channel channel = CHANNELS.channel(kind);
        int limit = channel.limits().textLimit(false);
        if (limit == 0) {
            assertThat(channel.check(ChannelDraft.textOnly("x".repeat(100_000))).findings())
                    .extracting(Finding::rule).doesNotContain("text.length");
            return;
        }
        List<DraftImage> pictures = channel.limits().minImages() > 0 ? List.of(PHOTO) : List.of();
        String fits = "a".repeat(limit);

        assertThat(channel.check(new ChannelDraft(fits, pictures.isEmpty() ? List.of() : pictures)).findings())
                .extracting(Finding::rule).doesNotContain("text.length");
        ChannelCheck over = channel.check(new ChannelDraft(fits + "b", List.of()));
        Finding tooLong = over.findings().stream().filter(f -> f.rule().equals("text.length")).findFirst().orElseThrow();
        assertThat(tooLong.severity()).isEqualTo(Severity.BLOCKER);
        assertThat(tooLong.span().start()).isEqualTo(limit);
        assertThat(over.length()).isEqualTo(limit + 1);
    }
}
