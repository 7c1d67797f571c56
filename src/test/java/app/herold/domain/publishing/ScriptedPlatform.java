package app.herold.domain.publishing;

import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A platform for the outbox's tests: it holds the posts it was given (live or scheduled, by request key),
 * and the test scripts how the next calls end, including the two that make double posts elsewhere: the
 * post is created and the answer is lost, or the answer is a 500 after creating it.
 */
final class ScriptedPlatform implements Publisher {

    enum Next {
        /** Creates the post and answers. */
        OK,
        /** Creates the post, then the answer is lost. */
        LOST_AFTER_CREATING,
        /** The answer is lost before anything was created. */
        LOST_BEFORE_CREATING,
        /** Refuses for a while with a Retry-After of 10 minutes. */
        RATE_LIMITED,
        /** The network is down. */
        OFFLINE,
        /** The content is refused. */
        REFUSED,
        /** The token has expired. */
        ACCESS_LOST
    }

    record Held(String text, Instant publishAt, boolean live) {
    }

    private final ChannelKind kind;
    private final SchedulingWindow window;
    private final Deque<Next> script = new ArrayDeque<>();
    final Map<String, Held> posts = new LinkedHashMap<>();
    final List<String> calls = new ArrayList<>();
    private boolean canBeAsked = true;
    private Instant now = Instant.EPOCH;

    ScriptedPlatform(ChannelKind kind, SchedulingWindow window) {
        this.kind = kind;
        this.window = window;
    }

    void then(Next... next) {
        script.addAll(List.of(next));
    }

    void cannotBeAsked() {
        canBeAsked = false;
    }

    /** The platform's own clock, for publishing handed-over posts at their time. */
    void timeIs(Instant instant) {
        now = instant;
        posts.replaceAll((key, held) -> held.publishAt() != null && !held.publishAt().isAfter(instant)
                ? new Held(held.text(), null, true) : held);
    }

    long live() {
        return posts.values().stream().filter(Held::live).count();
    }

    long scheduled() {
        return posts.values().stream().filter(held -> !held.live()).count();
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
    public String newRequestKey(Instant at) {
        return UUID.randomUUID().toString();
    }

    @Override
    public PublishOutcome publish(Submission submission, Map<String, String> options, Credentials credentials,
                                  Journal journal) {
        calls.add("publish");
        Next next = script.isEmpty() ? Next.OK : script.poll();
        String key = submission.requestKey();
        switch (next) {
            case OFFLINE:
                return new PublishOutcome.Offline(Problem.of("publish.offline", kind.brandName()));
            case RATE_LIMITED:
                return new PublishOutcome.Retry(Problem.of("publish.rateLimited", kind.brandName()), Duration.ofMinutes(10));
            case REFUSED:
                return new PublishOutcome.Refused(Problem.of("publish.refused", kind.brandName(), "Text too long"));
            case ACCESS_LOST:
                return new PublishOutcome.AccessLost(Problem.of("publish.accessExpired", kind.brandName()));
            case LOST_BEFORE_CREATING:
                return new PublishOutcome.Unknown(Problem.of("publish.noAnswer", kind.brandName()));
            default:
                break;
        }
        journal.note("sent-at", now.toString());
        posts.put(key, new Held(submission.text(), submission.publishAt(), submission.publishAt() == null));
        if (next == Next.LOST_AFTER_CREATING) {
            return new PublishOutcome.Unknown(Problem.of("publish.noAnswer", kind.brandName()));
        }
        return submission.publishAt() == null
                ? new PublishOutcome.Published(key, "https://social.example/@stadt/" + key)
                : new PublishOutcome.HandedOver(key, "");
    }

    @Override
    public CheckOutcome check(Submission submission, Map<String, String> options, Credentials credentials,
                              Map<String, String> journal, String remoteId) {
        calls.add("check");
        if (!canBeAsked) {
            return new CheckOutcome.AskUser(Problem.of("publish.askUser", kind.brandName()));
        }
        String key = remoteId.isEmpty() ? submission.requestKey() : remoteId;
        Held held = posts.get(key);
        if (held == null) {
            return new CheckOutcome.Absent();
        }
        return new CheckOutcome.Found(key, "https://social.example/@stadt/" + key, !held.live());
    }

    @Override
    public CheckOutcome withdraw(ChannelAccount account, Map<String, String> options, Credentials credentials,
                                 String remoteId) {
        calls.add("withdraw");
        Held held = posts.get(remoteId);
        if (held != null && held.live()) {
            return new CheckOutcome.Found(remoteId, "https://social.example/@stadt/" + remoteId, false);
        }
        posts.remove(remoteId);
        return new CheckOutcome.Absent();
    }

    @Override
    public ConnectionCheck test(ChannelAccount account, Map<String, String> options, Credentials credentials) {
        return ConnectionCheck.ok("@stadt@social.example", null);
    }
}
