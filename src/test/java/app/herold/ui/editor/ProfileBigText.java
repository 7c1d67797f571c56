package app.herold.ui.editor;

import app.herold.domain.channel.ChannelDraft;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.rules.PostRules;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileBigText {
    @Test
    void profile() {
        String unit = "Die SPD und die CDU laden alle Bürgerinnen 👩‍👩‍👧 und Bürger zum **Weihnachtsmarkt** ein. #Advent https://www.meerane.de @stadt@social.example\n";
        for (int size : new int[] {65_536, 262_144, 1_048_576}) {
            StringBuilder b = new StringBuilder();
            while (b.length() < size) b.append(unit);
            b.setLength(size);
            String text = b.toString();
            var catalog = app.herold.channels.Channels.load();
            for (ChannelKind kind : ChannelKind.values()) {
                var channel = catalog.channel(kind);
                ChannelDraft draft = new ChannelDraft(text, List.of());
                long t0 = System.nanoTime();
                channel.check(draft);
                long t1 = System.nanoTime();
                channel.preview(draft);
                long t2 = System.nanoTime();
                channel.render(draft);
                long t3 = System.nanoTime();
                System.err.printf("%d %s check %d preview %d render %d%n", size, kind, (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
            }
            PostRules rules = new PostRules(new app.herold.channels.text.IcuTextFacts());
            var election = new app.herold.domain.rules.Election(0, app.herold.domain.rules.ElectionType.LAND,
                java.time.LocalDate.of(2027, 1, 17), null, "Landtagswahl", java.util.List.of(), java.util.List.of(), false);
            Post post = Post.newPost(app.herold.domain.post.Schedule.of(java.time.LocalDate.of(2026, 12, 1), java.time.LocalTime.NOON, java.time.ZoneId.of("Europe/Berlin"))).withText(text);
            long t0 = System.nanoTime();
            var found = rules.check(post, new PostRules.Context(List.of(election), List.of(), java.util.Map.of()));
            System.err.printf("%d rules %d ms, %d findings%n", size, (System.nanoTime() - t0) / 1_000_000, found.size());
        }
    }
}
