package app.herold.ui.delivery;

import app.herold.PublishingWiring;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.ContentPlan;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.Schedule;
import app.herold.domain.publishing.AccountCredentials;
import app.herold.domain.publishing.CheckOutcome;
import app.herold.domain.publishing.ConnectionCheck;
import app.herold.domain.publishing.Credentials;
import app.herold.domain.publishing.Journal;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.Preparation;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishOutcome;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.Publisher;
import app.herold.domain.publishing.SchedulingWindow;
import app.herold.domain.publishing.Submission;
import app.herold.domain.secrets.MemorySecretStore;
import app.herold.domain.secrets.SecretStore;
import app.herold.storage.Database;
import app.herold.ui.common.PassphrasePrompt;
import app.herold.ui.common.PublishingServices;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Sending on a real H2 in a temporary folder, with two scripted networks (Mastodon sends at once, Facebook
 * takes posts into its own scheduling) and a clock the test moves: Saturday, 28 November 2026, 11:00 in
 * Meerane.
 */
final class SendingFixture implements AutoCloseable {

    static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    static final Instant ELEVEN = Instant.parse("2026-11-28T10:00:00Z");

    final MovingClock clock = new MovingClock(ELEVEN);
    final Database database;
    final ContentPlan plan;
    final ScriptedNetwork mastodonNetwork = new ScriptedNetwork(ChannelKind.MASTODON, null);
    final ScriptedNetwork facebookNetwork = new ScriptedNetwork(ChannelKind.FACEBOOK,
            new SchedulingWindow(Duration.ofMinutes(15), Duration.ofDays(29)));
    final ChannelAccount mastodon;
    final ChannelAccount facebook;
    final ChannelAccount whatsapp;
    final Outbox outbox;
    final PublishingServices services;
    final AtomicInteger servicesAsked = new AtomicInteger();

    SendingFixture(Path dataDirectory) {
        database = Database.open(dataDirectory, clock);
        plan = new ContentPlan(database.posts(), clock);
        mastodon = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Mastodon", ChannelKind.MASTODON,
                "", "https://social.example", "@stadtmeerane"));
        facebook = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – Facebook", ChannelKind.FACEBOOK,
                "", "", "stadtmeerane"));
        whatsapp = database.accounts().save(new ChannelAccount(null, "Stadt Meerane – WhatsApp-Kanal",
                ChannelKind.WHATSAPP, "https://whatsapp.com/channel/0029Va", "", ""));
        SecretStore secrets = new MemorySecretStore();
        new AccountCredentials(secrets, mastodon.id()).put("access-token", "token-m");
        new AccountCredentials(secrets, facebook.id()).put("access-token", "token-f");
        List<Publisher> publishers = List.of(mastodonNetwork, facebookNetwork);
        Preparation asWritten = (post, account) -> new Preparation.Prepared(post.textFor(account.kind()), List.of());
        outbox = PublishingWiring.outbox(database, publishers, asWritten, secrets, clock, MissedTargets.DEFAULT);
        services = new PublishingServices(outbox, publishers, secrets, Optional::empty, database.outbox(), null,
                new PassphrasePrompt(), app.herold.ui.common.SystemNotifier.NONE);
    }

    /** What the window hands the views: made on first use, counted so a test sees it is not asked on the UI path. */
    java.util.function.Supplier<PublishingServices> publishing() {
        return () -> {
            servicesAsked.incrementAndGet();
            return services;
        };
    }

    Post ready(String title, Instant at, ChannelAccount... accounts) {
        return post(PostStatus.READY, title, at, accounts);
    }

    Post post(PostStatus status, String title, Instant at, ChannelAccount... accounts) {
        Post post = Post.newPost(at == null ? null : new Schedule(at, BERLIN)).withTitle(title)
                .withText(title + ": alle Informationen auf meerane.de").withStatus(status)
                .withChannels(java.util.Arrays.stream(accounts).map(ChannelAccount::kind).toList())
                .withAccounts(java.util.Arrays.stream(accounts).map(ChannelAccount::id).toList());
        return plan.save(post);
    }

    PublishTarget targetOf(Post post, ChannelAccount account) {
        return outbox.targetsOf(post.id()).stream().filter(target -> target.account().equals(account.id()))
                .findFirst().orElseThrow(() -> new AssertionError("no target for " + account.name()));
    }

    @Override
    public void close() {
        database.close();
    }

    /** A clock the test moves on. */
    static final class MovingClock extends Clock {

        private volatile Instant now;

        MovingClock(Instant start) {
            this.now = start;
        }

        void set(Instant instant) {
            now = instant;
        }

        void advance(Duration duration) {
            now = now.plus(duration);
        }

        @Override
        public ZoneId getZone() {
            return BERLIN;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }


    /** How the next publish call ends. */
    enum Next {
        OK, REFUSED, ACCESS_LOST, RATE_LIMITED, LOST
    }

    /**
     * A network that answers as the test scripts it; without a script every post goes out (or is taken into
     * its scheduling) and is found when asked about. {@link #cannotBeAsked()} makes it a network that cannot
     * say whether a post arrived, like Telegram.
     */
    static final class ScriptedNetwork implements Publisher {

        private final ChannelKind kind;
        private final SchedulingWindow window;
        private final Deque<Next> script = new ArrayDeque<>();
        private final Map<String, String> posted = new HashMap<>();
        private boolean canBeAsked = true;

        ScriptedNetwork(ChannelKind kind, SchedulingWindow window) {
            this.kind = kind;
            this.window = window;
        }

        void then(Next... next) {
            script.addAll(List.of(next));
        }

        void cannotBeAsked() {
            canBeAsked = false;
        }

        private String urlOf(String key) {
            return "https://social.example/@stadtmeerane/" + Math.abs(key.hashCode() % 1_000_000);
        }

        @Override
        public ChannelKind kind() {
            return kind;
        }

        @Override
        public List<String> secretNames() {
            return List.of("access-token");
        }

        @Override
        public Optional<SchedulingWindow> nativeScheduling() {
            return Optional.ofNullable(window);
        }

        @Override
        public String newRequestKey(Instant now) {
            return java.util.UUID.randomUUID().toString();
        }

        @Override
        public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                      Journal journal) {
            Next next = script.isEmpty() ? Next.OK : script.poll();
            String key = submission.requestKey();
            return switch (next) {
                case REFUSED -> new PublishOutcome.Refused(Problem.of("publish.refused", kind.brandName(),
                        "Der Text ist zu lang."));
                case ACCESS_LOST -> new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", kind.brandName()));
                case RATE_LIMITED -> new PublishOutcome.Retry(Problem.of("publish.rateLimited", kind.brandName()),
                        Duration.ofMinutes(10));
                case LOST -> new PublishOutcome.Unknown(Problem.of("publish.noAnswer", kind.brandName()));
                case OK -> {
                    posted.put(key, urlOf(key));
                    yield submission.publishAt() == null ? new PublishOutcome.Published(key, urlOf(key))
                            : new PublishOutcome.HandedOver(key, "");
                }
            };
        }

        @Override
        public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                                  Map<String, String> journal, String remoteId) {
            if (!canBeAsked) {
                return new CheckOutcome.AskUser(Problem.of("publish.askUser", kind.brandName()));
            }
            String key = remoteId.isEmpty() ? submission.requestKey() : remoteId;
            return posted.containsKey(key) ? new CheckOutcome.Found(key, posted.get(key), false)
                    : new CheckOutcome.Absent();
        }

        @Override
        public CheckOutcome withdraw(app.herold.domain.channel.ChannelAccount account, Map<String, String> options,
                                     Credentials credentials, String remoteId) {
            posted.remove(remoteId);
            return new CheckOutcome.Absent();
        }

        @Override
        public ConnectionCheck test(app.herold.domain.channel.ChannelAccount account, Map<String, String> options,
                                    Credentials credentials) {
            return ConnectionCheck.ok("@stadtmeerane", null);
        }
    }
}
