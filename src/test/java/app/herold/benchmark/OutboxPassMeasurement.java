package app.herold.benchmark;

import app.herold.PublishingWiring;
import app.herold.channels.Channels;
import app.herold.channels.mastodon.MastodonStandIn;
import app.herold.demo.DemoLoader;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.secrets.MemorySecretStore;
import app.herold.domain.secrets.SecretStore;
import app.herold.exchange.ChannelExports;
import app.herold.i18n.Messages;
import app.herold.storage.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What sending costs: a plan of 10,000 demo posts, 100 of them ready in the coming weeks for a local
 * Mastodon. The first pass hands them over (a handover each: one HTTP call to the stand-in, the attempt
 * written before and after it); then the pass the window repeats every half minute, with nothing to do.
 * Prints one line.
 */
public final class OutboxPassMeasurement {

    static final String LINE_PREFIX = "OUTBOX ";
    private static final int READY = 100;

    private OutboxPassMeasurement() {
    }

    public static void main(String[] args) throws Exception {
        Path directory = Files.createTempDirectory("herold-outbox-benchmark");
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        Clock clock = Clock.system(berlin);
        try (MastodonStandIn mastodon = new MastodonStandIn(Clock.systemUTC());
             Database database = Database.open(directory, clock)) {
            DemoLoader.load(database.posts(), database.media(), 10_000, 1, clock);
            ChannelAccount account = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Mastodon",
                    ChannelKind.MASTODON, "", mastodon.baseUrl(), "@stadtmeerane"));
            Instant start = clock.instant().plus(Duration.ofHours(1));
            for (int i = 0; i < READY; i++) {
                Instant at = start.plus(Duration.ofHours(5L * i));
                database.posts().save(Post.newPost(new Schedule(at, berlin)).withTitle("Hinweis " + (i + 1))
                        .withText("Hinweis " + (i + 1) + ": Der Bürgerservice hat am Nachmittag geschlossen. #Meerane")
                        .withStatus(PostStatus.READY).withChannels(List.of(ChannelKind.MASTODON))
                        .withAccounts(List.of(account.id())));
            }
            SecretStore secrets = new MemorySecretStore();
            new AccountCredentials(secrets, account.id()).put("access-token", MastodonStandIn.TOKEN);
            ChannelExports exports = new ChannelExports(Channels.load(), database.accounts(), database.media(),
                    directory.resolve("work"), () -> Messages.forLocale(Locale.GERMANY), clock);
            Outbox outbox = PublishingWiring.outbox(database, PublishingWiring.publishers(clock),
                    exports::prepareForSending, secrets, clock, MissedTargets.DEFAULT);

            long first = System.nanoTime();
            Outbox.Report handOver = outbox.run();
            double firstMillis = (System.nanoTime() - first) / 1e6;
            int handedOver = handOver.of(Outbox.Event.Kind.HANDED_OVER).size();
            List<Double> idle = new ArrayList<>();
            for (int pass = 0; pass < 30; pass++) {
                long began = System.nanoTime();
                outbox.run();
                idle.add((System.nanoTime() - began) / 1e6);
            }
            Spread spread = Spread.of(idle.subList(5, idle.size()));
            System.out.println(LINE_PREFIX + String.format(Locale.ROOT, "posts=10000 ready=%d handed_over=%d on_server=%d "
                            + "first_ms=%.0f per_post_ms=%.1f idle_median_ms=%.1f idle_p95_ms=%.1f", READY, handedOver,
                    mastodon.scheduled().size(), firstMillis, firstMillis / Math.max(1, handedOver), spread.median(),
                    spread.p95()));
        }
    }

}
