package app.herold.benchmark;

import app.herold.channels.Channels;
import app.herold.domain.channel.Channel;
import app.herold.domain.channel.ChannelCatalog;
import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What one pause in typing costs in the editor: the review of all six channels (render, count, check,
 * preview), as {@code ChannelReviewViewModel} runs it on the background thread. Run in a fresh JVM:
 * the first review includes loading the limits file, ICU and twitter-text; then the text grows a
 * character at a time, as typed, and every step is reviewed. Prints one line per text size.
 */
public final class ChannelReviewMeasurement {

    static final String LINE_PREFIX = "CHANNEL_REVIEW ";

    private static final String PARAGRAPH = "**Baustelle Lindenstraße:** Ab Montag, 7. Dezember, ist die Lindenstraße "
            + "zwischen Markt und Bahnhof voll gesperrt. Die Umleitung führt über die _Crimmitschauer Straße_. "
            + "Infos: https://www.meerane.de/baustellen/lindenstrasse 🚧 #Meerane #Baustelle @stadt@mastodon.social\n"
            + "- Busse fahren ab Haltestelle Rathaus\n";

    private ChannelReviewMeasurement() {
    }

    public static void main(String[] args) {
        long started = System.nanoTime();
        ChannelCatalog channels = Channels.onFirstUse();
        review(channels, PARAGRAPH);
        double coldMillis = (System.nanoTime() - started) / 1e6;
        for (int length : new int[] {300, 2_000, 10_000}) {
            String full = PARAGRAPH.repeat(length / PARAGRAPH.length() + 1).substring(0, length);
            List<Double> times = new ArrayList<>();
            // The last 300 keystrokes up to this length, each reviewed as the editor does after a pause.
            for (int end = Math.max(1, length - 300); end <= length; end++) {
                String typed = full.substring(0, end);
                long start = System.nanoTime();
                review(channels, typed);
                times.add((System.nanoTime() - start) / 1e6);
            }
            Spread spread = Spread.of(times);
            System.out.println(LINE_PREFIX + String.format(Locale.ROOT, "chars=%d cold_ms=%.1f median_ms=%.2f p95_ms=%.2f"
                    + " max_ms=%.2f", length, coldMillis, spread.median(), spread.p95(), spread.max()));
        }
    }

    private static void review(ChannelCatalog channels, String text) {
        ChannelDraft draft = ChannelDraft.textOnly(text);
        for (ChannelKind kind : ChannelKind.values()) {
            Channel channel = channels.channel(kind);
            channel.check(draft);
            channel.preview(draft);
            channel.render(draft);
        }
    }
}
