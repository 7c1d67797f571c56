package app.herold.channels;

import static org.assertj.core.api.Assertions.assertThat;

import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.channel.PreviewRun;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Each channel's own form of the same master text. */
class ChannelRenderingTest {

    private static final Channels CHANNELS = Channels.load();

    private static String render(ChannelKind kind, String master) {
        return CHANNELS.channel(kind).render(ChannelDraft.textOnly(master)).text();
    }

    @ParameterizedTest(name = "WhatsApp: {0}")
    @CsvSource(delimiter = '|', value = {
        "**Achtung:** Straße gesperrt      | *Achtung:* Straße gesperrt",
        "Bitte _vorsichtig_ fahren          | Bitte _vorsichtig_ fahren",
        "**ganz _wichtig_**                 | *ganz _wichtig_*",
        "**Achtung: **Straße                | **Achtung: **Straße",
        "- Montag\\n- Dienstag              | - Montag\\n- Dienstag",
        "• Montag                           | - Montag",
        "[Umleitung](https://meerane.de/u)  | Umleitung (https://meerane.de/u)",
        "[meerane.de](https://meerane.de)   | https://meerane.de",
        "5 * 3 = 15 und a_b_c               | 5 * 3 = 15 und a_b_c",
    })
    void whatsAppGetsItsOwnMarkers(String master, String expected) {
        assertThat(render(ChannelKind.WHATSAPP, unescape(master))).isEqualTo(unescape(expected));
    }

    @ParameterizedTest(name = "Telegram: {0}")
    @CsvSource(delimiter = '|', value = {
        "**Achtung:** Straße gesperrt       | <b>Achtung:</b> Straße gesperrt",
        "Bitte _vorsichtig_ fahren          | Bitte <i>vorsichtig</i> fahren",
        "Rathaus & Co <Info>                | Rathaus &amp; Co &lt;Info&gt;",
        "[Tagesordnung](https://meerane.de/rat?a=1&b=2) | <a href=\"https://meerane.de/rat?a=1&amp;b=2\">Tagesordnung</a>",
        "[**fett** & mehr](https://x.de/\"q)  | <a href=\"https://x.de/&quot;q\">**fett** &amp; mehr</a>",
        "- Montag                           | • Montag",
    })
    void telegramGetsHtmlEscapedAsTheBotApiAsks(String master, String expected) {
        assertThat(render(ChannelKind.TELEGRAM, unescape(master))).isEqualTo(unescape(expected));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "INSTAGRAM", "FACEBOOK", "MASTODON", "BLUESKY",
    })
    void plainChannelsGetWordsWithoutMarks(ChannelKind kind) {
        String rendered = render(kind, "**Achtung:** die _Lindenstraße_ ist gesperrt.\n- [Umleitung](https://meerane.de/u)");

        assertThat(rendered).isEqualTo("Achtung: die Lindenstraße ist gesperrt.\n• Umleitung (https://meerane.de/u)");
    }

    @Test
    void telegramCountsWhatTheReaderSeesNotTheTags() {
        var check = CHANNELS.channel(ChannelKind.TELEGRAM).check(ChannelDraft.textOnly("**fett** [hier](https://meerane.de/lang/pfad)"));

        assertThat(check.length()).isEqualTo("fett hier".length());
    }

    @Test
    void whatsAppPreviewShowsBoldWhereTheMarkersAre() {
        var preview = CHANNELS.channel(ChannelKind.WHATSAPP).preview(ChannelDraft.textOnly("**Achtung:** https://meerane.de #Meerane"));

        assertThat(preview.runs()).contains(new PreviewRun("Achtung:", true, false, false),
                new PreviewRun("https://meerane.de", false, false, true));
        assertThat(preview.runs()).noneMatch(run -> run.text().contains("#Meerane") && run.link());
    }

    @Test
    void instagramFoldsALongCaptionAfterItsFirstLine() {
        var preview = CHANNELS.channel(ChannelKind.INSTAGRAM).preview(ChannelDraft.textOnly("Heute im Rathaus: " + "x".repeat(300)));

        assertThat(preview.foldAfter()).isEqualTo(125);
        var shortPreview = CHANNELS.channel(ChannelKind.INSTAGRAM).preview(ChannelDraft.textOnly("Kurz."));
        assertThat(shortPreview.foldAfter()).isEqualTo(-1);
    }

    private static String unescape(String csv) {
        return csv.replace("\\n", "\n");
    }
}
