package app.herold.domain.publishing;

import app.herold.domain.UserFacingException;
import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelAccountStore;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Delivery;
import app.herold.domain.post.DeliveryLog;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostId;
import app.herold.domain.post.PostStatus;
import app.herold.domain.post.PostStore;
import app.herold.domain.secrets.SecretStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Sends what is due, hands over to the platforms what falls within their own scheduling, and keeps every
 * target's state, so that nothing goes out twice and nothing fails silently.
 *
 * <p>The promises, in the order a pass keeps them:
 * <ul>
 *   <li>only posts marked <em>Bereit</em> with a time are sent; a draft never leaves the laptop;</li>
 *   <li>an attempt is on disk before the platform is called; a lost answer makes the target
 *       {@link TargetState#NEEDS_CHECK}, and only the platform's answer (or the user's) sends it again;</li>
 *   <li>a target found {@link TargetState#SENDING} at the start of a pass was cut off by a crash, and is
 *       checked like a lost answer;</li>
 *   <li>nothing later than {@link MissedTargets#limit()} goes out without the user saying so;</li>
 *   <li>a handed-over post that was changed, moved or taken back is withdrawn from the platform.</li>
 * </ul>
 * One pass at a time ({@code synchronized}); the data directory's lock keeps other processes out. Every
 * call blocks on disk and network: never on the UI thread.
 */
public final class Outbox {

    /** How long after its time a handed-over post is looked up, to learn its link. */
    static final Duration CONFIRM_AFTER = Duration.ofMinutes(5);
    /** How soon a target without network is tried again. */
    static final Duration OFFLINE_WAIT = Duration.ofSeconds(30);

    /** What happened to one target in a pass, for the log, the notifications and {@code publish-due}. */
    public record Event(PublishTarget target, String postTitle, ChannelAccount account, Kind kind) {

        public enum Kind {
            /** Live on the platform. */
            SENT,
            /** Handed over to the platform's scheduling. */
            HANDED_OVER,
            /** Withdrawn from the platform's scheduling; handed over anew when still planned. */
            WITHDRAWN,
            /** Will be tried again by itself. */
            WAITING,
            /** Needs the user: refused, access lost, attempts used up, or the platform cannot be asked. */
            FAILED,
            /** The outcome is being checked with the platform. */
            CHECKING,
            /** Fell due while Herold was closed, longer ago than the limit: the user decides. */
            MISSED,
            /** A dry run: would be sent now. */
            WOULD_SEND,
            /** A dry run: would be handed over now. */
            WOULD_HAND_OVER
        }
    }

    public record Report(List<Event> events) {

        public Report {
            events = List.copyOf(events);
        }

        /** Whether anything needs the user: what {@code publish-due} exits non-zero for. */
        public boolean anythingFailed() {
            return events.stream().anyMatch(event -> event.kind() == Event.Kind.FAILED);
        }

        public List<Event> of(Event.Kind kind) {
            return events.stream().filter(event -> event.kind() == kind).toList();
        }
    }

    private final OutboxStore store;
    private final PostStore posts;
    private final ChannelAccountStore accounts;
    private final DeliveryLog deliveries;
    private final Map<ChannelKind, Publisher> publishers;
    private final Preparation preparation;
    private final SecretStore secrets;
    private final Clock clock;
    private final RetryPolicy retry;
    private final DoubleSupplier random;
    private final List<Consumer<Event>> listeners = new CopyOnWriteArrayList<>();
    private volatile MissedTargets missed;
    private volatile Consumer<PostId> markPublished;

    public Outbox(OutboxStore store, PostStore posts, ChannelAccountStore accounts, DeliveryLog deliveries,
                  List<Publisher> publishers,
                  Preparation preparation, SecretStore secrets, Clock clock, RetryPolicy retry,
                  MissedTargets missed, DoubleSupplier random) {
        this.store = store;
        this.posts = posts;
        this.accounts = accounts;
        this.deliveries = deliveries;
        Map<ChannelKind, Publisher> byKind = new HashMap<>();
        publishers.forEach(publisher -> byKind.put(publisher.kind(), publisher));
        this.publishers = Map.copyOf(byKind);
        this.preparation = preparation;
        this.secrets = secrets;
        this.clock = clock;
        this.retry = retry;
        this.missed = missed;
        this.random = random;
        this.markPublished = id -> posts.find(id).filter(post -> post.status() == PostStatus.READY)
                .ifPresent(post -> posts.save(post.withStatus(PostStatus.PUBLISHED)));
    }

    /**
     * How a post that went out everywhere becomes "Veröffentlicht": in the window through the plan, so the
     * calendar and an open editor follow.
     */
    public void setMarkPublished(Consumer<PostId> marker) {
        this.markPublished = marker;
    }

    /** Told of every event, on the thread of the pass. */
    public void addListener(Consumer<Event> listener) {
        listeners.add(listener);
    }

    public void removeListener(Consumer<Event> listener) {
        listeners.remove(listener);
    }

    /** The user changed how late a missed post may still go out by itself. */
    public void setMissedTargets(MissedTargets rule) {
        this.missed = rule;
    }

    /** Whether an account's network can be sent to through its API (not WhatsApp). */
    public boolean publishes(ChannelKind kind) {
        return publishers.containsKey(kind);
    }

    public Optional<Publisher> publisherFor(ChannelKind kind) {
        return Optional.ofNullable(publishers.get(kind));
    }

    /** One pass: sends what is due, hands over what the platforms may schedule, checks what is unknown. */
    public synchronized Report run() {
        return pass(false);
    }

    /** What a pass would do now, without a call to any platform and without changing anything. */
    public synchronized Report dryRun() {
        return pass(true);
    }

    private Report pass(boolean dry) {
        Instant now = clock.instant();
        List<Event> events = new ArrayList<>();
        Map<AccountId, ChannelAccount> accountsById = new HashMap<>();
        accounts.accounts().forEach(account -> accountsById.put(account.id(), account));
        Map<PostId, Post> planned = new HashMap<>();
        for (Post post : posts.readyUntil(now.plus(longestWindow()))) {
            planned.put(post.id(), post);
        }
        Map<String, PublishTarget> targets = new HashMap<>();
        for (PublishTarget target : store.targetsOf(planned.keySet())) {
            targets.put(key(target.post(), target.account()), target);
        }
        for (PublishTarget target : store.openTargets()) {
            targets.putIfAbsent(target.post() == null ? "gone-" + target.id() : key(target.post(), target.account()),
                    target);
        }
        // New targets for ready posts, in the order the officer chose the accounts.
        List<PublishTarget> toVisit = new ArrayList<>();
        for (Post post : planned.values()) {
            for (AccountId accountId : post.accounts()) {
                ChannelAccount account = accountsById.get(accountId);
                if (account == null || !publishes(account.kind())) {
                    continue;
                }
                PublishTarget target = targets.remove(key(post.id(), accountId));
                if (target == null) {
                    if (dry) {
                        target = new PublishTarget(0, post.id(), accountId, TargetState.READY, post.schedule().at(),
                                null, 0, "", "", "", null, "", false, false, now);
                    } else {
                        target = store.create(post.id(), accountId, post.schedule().at(),
                                publishers.get(account.kind()).newRequestKey(now));
                    }
                }
                toVisit.add(target);
            }
        }
        toVisit.addAll(targets.values());
        toVisit.sort(java.util.Comparator.comparing(PublishTarget::dueAt).thenComparingLong(PublishTarget::id));
        for (PublishTarget target : toVisit) {
            ChannelAccount account = accountsById.get(target.account());
            if (account == null || !publishes(account.kind())) {
                continue;
            }
            Post post = target.post() == null ? null : planned.get(target.post());
            boolean stillPlanned = post != null && post.accounts().contains(target.account());
            try {
                visit(target, stillPlanned ? post : null, account, now, dry, events);
            } catch (RuntimeException unexpected) {
                // One target's fault (a bug, a broken file) must not hold up the others.
                System.getLogger(Outbox.class.getName()).log(System.Logger.Level.WARNING,
                        "the outbox could not handle target " + target.id(), unexpected);
            }
        }
        return new Report(events);
    }

    private void visit(PublishTarget target, Post post, ChannelAccount account, Instant now, boolean dry,
                       List<Event> events) {
        Publisher publisher = publishers.get(account.kind());
        String title = post == null ? "" : titleOf(post);
        if (post != null && target.state() != TargetState.SCHEDULED_ON_PLATFORM
                && !target.dueAt().equals(post.schedule().at()) && !dry) {
            target = store.update(target.withPlan(post.schedule().at(), target.fingerprint()), target.state());
        }
        switch (target.state()) {
            case READY -> {
                if (post == null) {
                    if (!dry && store.attemptsOf(target.id()).isEmpty()) {
                        store.delete(target.id());
                    }
                    return;
                }
                Optional<SchedulingWindow> window = publisher.nativeScheduling();
                Instant due = post.schedule().at();
                if (window.isPresent() && window.get().takes(due, now)) {
                    if (dry) {
                        events.add(new Event(target, title, account, Event.Kind.WOULD_HAND_OVER));
                    } else {
                        handOver(target, post, account, publisher, now, events);
                    }
                } else if (!due.isAfter(now)) {
                    if (!target.lateApproved() && missed.decide(due, now) == MissedTargets.Decision.ASK) {
                        events.add(new Event(target, title, account, Event.Kind.MISSED));
                    } else if (dry) {
                        events.add(new Event(target, title, account, Event.Kind.WOULD_SEND));
                    } else {
                        send(store.update(target.movedTo(TargetState.QUEUED), TargetState.READY), post, account,
                                publisher, now, events);
                    }
                }
            }
            case QUEUED, FAILED_RETRYABLE -> {
                if (post == null) {
                    if (!dry) {
                        store.update(target.movedTo(TargetState.READY).withNextAttemptAt(null), target.state());
                    }
                    return;
                }
                if (target.nextAttemptAt() != null && target.nextAttemptAt().isAfter(now)) {
                    return;
                }
                Instant since = target.nextAttemptAt() != null && target.nextAttemptAt().isAfter(target.dueAt())
                        ? target.nextAttemptAt() : target.dueAt();
                if (!target.lateApproved() && missed.decide(since, now) == MissedTargets.Decision.ASK) {
                    events.add(new Event(target, title, account, Event.Kind.MISSED));
                    return;
                }
                if (dry) {
                    events.add(new Event(target, title, account, Event.Kind.WOULD_SEND));
                    return;
                }
                PublishTarget queued = target.state() == TargetState.QUEUED ? target
                        : store.update(target.movedTo(TargetState.QUEUED), target.state());
                send(queued, post, account, publisher, now, events);
            }
            case SENDING -> {
                // A pass found an attempt under way: the process ended during the call. Nobody knows
                // whether the platform got it.
                if (!dry) {
                    PublishTarget unknown = store.update(target.movedTo(TargetState.NEEDS_CHECK)
                            .withProblem(Problem.of("publish.noAnswer", account.kind().brandName()))
                            .withNextAttemptAt(null), TargetState.SENDING);
                    check(unknown, post, account, publisher, now, events);
                }
            }
            case NEEDS_CHECK -> {
                if (!dry && !target.waitingForUser()
                        && (target.nextAttemptAt() == null || !target.nextAttemptAt().isAfter(now))) {
                    check(target, post, account, publisher, now, events);
                }
            }
            case SCHEDULED_ON_PLATFORM -> {
                if (dry) {
                    return;
                }
                boolean changed = post == null
                        || !post.schedule().at().equals(target.dueAt())
                        || !TargetFingerprint.of(post, account.kind()).equals(target.fingerprint());
                if (changed) {
                    withdraw(target, post, account, publisher, now, events);
                } else if (!now.isBefore(target.dueAt().plus(CONFIRM_AFTER))
                        && (target.nextAttemptAt() == null || !target.nextAttemptAt().isAfter(now))) {
                    confirm(target, post, account, publisher, now, events);
                }
            }
            case FAILED_PERMANENT, SKIPPED -> {
                // The user changed the post since: what was refused may go now (and a skipped post planned
                // anew may go out after all). A refusal of access waits for new access or "Erneut senden".
                if (post != null && !dry && target.fingerprint().length() > 0
                        && !TargetFingerprint.of(post, account.kind()).equals(target.fingerprint())) {
                    PublishTarget ready = store.update(target.movedTo(TargetState.READY).withProblem(null)
                            .withFailedAttempts(0).withNextAttemptAt(null).withPlan(post.schedule().at(), ""),
                            target.state());
                    visit(ready, post, account, now, false, events);
                }
            }
            case SENT, SENT_MANUALLY -> {
                // Out: nothing more happens.
            }
        }
    }

    private void send(PublishTarget queued, Post post, ChannelAccount account, Publisher publisher, Instant now,
                      List<Event> events) {
        attempt(queued, post, account, publisher, null, AttemptKind.PUBLISH, now, events);
    }

    private void handOver(PublishTarget ready, Post post, ChannelAccount account, Publisher publisher, Instant now,
                          List<Event> events) {
        PublishTarget queued = store.update(ready.movedTo(TargetState.QUEUED), TargetState.READY);
        attempt(queued, post, account, publisher, post.schedule().at(), AttemptKind.HANDOVER, now, events);
    }

    private void attempt(PublishTarget queuedTarget, Post post, ChannelAccount account, Publisher publisher,
                         Instant publishAt, AttemptKind kind, Instant now, List<Event> events) {
        // A target made without a key (after a restore) gets its network's key before its first attempt.
        PublishTarget queued = queuedTarget.requestKey().isEmpty()
                ? store.update(queuedTarget.withRequestKey(publisher.newRequestKey(now)), TargetState.QUEUED)
                : queuedTarget;
        String title = titleOf(post);
        String fingerprint = TargetFingerprint.of(post, account.kind());
        Credentials credentials = new AccountCredentials(secrets, account.id());
        for (String name : publisher.secretNames()) {
            if (credentials.get(name).filter(value -> !value.isBlank()).isEmpty()) {
                PublishTarget failed = store.update(queued.movedTo(TargetState.READY)
                        .withProblem(Problem.missingSecret(account.name(), name))
                        .withPlan(queued.dueAt(), fingerprint), TargetState.QUEUED);
                emit(events, new Event(failed, title, account, Event.Kind.FAILED));
                return;
            }
        }
        Preparation.Prepared prepared;
        try {
            prepared = preparation.prepare(post, account);
        } catch (UserFacingException problem) {
            PublishTarget failed = store.update(queued.movedTo(TargetState.SENDING), TargetState.QUEUED);
            PublishAttempt attempt = store.begin(failed, TargetState.SENDING, kind, now);
            Problem why = new Problem(problem.messageKey(), java.util.Arrays.stream(problem.arguments())
                    .map(String::valueOf).toList());
            PublishTarget refused = store.finish(attempt.finished(TargetState.FAILED_PERMANENT, "", "", why,
                    clock.instant()), failed.movedTo(TargetState.FAILED_PERMANENT).withProblem(why)
                    .withPlan(failed.dueAt(), fingerprint), TargetState.SENDING, null);
            emit(events, new Event(refused, title, account, Event.Kind.FAILED));
            return;
        }
        Map<String, String> options = store.optionsOf(account.id());
        PublishAttempt attempt = store.begin(queued.movedTo(TargetState.SENDING), TargetState.SENDING, kind, now);
        PublishTarget sending = store.find(queued.id()).orElseThrow();
        Submission submission = new Submission(account, prepared.text(), prepared.pictures(), publishAt,
                queued.requestKey(), firstAttemptAt(queued.id(), attempt));
        PublishOutcome outcome;
        try {
            outcome = publisher.publish(submission, options, credentials,
                    (noteKey, value) -> store.note(attempt.id(), noteKey, value));
        } catch (Credentials.MissingSecretException missing) {
            outcome = new PublishOutcome.AccessLost(Problem.missingSecret(account.name(), missing.name()));
        } catch (RuntimeException bug) {
            // A fault in the adapter after the call may have left the laptop: treated as an unknown outcome.
            System.getLogger(Outbox.class.getName()).log(System.Logger.Level.ERROR, "publishing failed", bug);
            outcome = new PublishOutcome.Unknown(Problem.of("publish.noAnswer", account.kind().brandName()));
        }
        apply(outcome, attempt, sending.withPlan(sending.dueAt(), fingerprint), post, account, now, events);
    }

    private Instant firstAttemptAt(long targetId, PublishAttempt current) {
        return store.attemptsOf(targetId).stream().map(PublishAttempt::startedAt).min(Instant::compareTo)
                .orElse(current.startedAt());
    }

    private void apply(PublishOutcome outcome, PublishAttempt attempt, PublishTarget sending, Post post,
                       ChannelAccount account, Instant now, List<Event> events) {
        Instant finished = clock.instant();
        String title = titleOf(post);
        if (outcome instanceof PublishOutcome.Published published) {
                PublishTarget sent = sending.movedTo(TargetState.SENT).withProblem(null).withNextAttemptAt(null)
                        .withRemote(published.remoteId(), published.url());
                PublishTarget stored = store.finish(attempt.finished(TargetState.SENT, published.remoteId(),
                        published.url(), null, finished), sent, TargetState.SENDING, delivery(post, account,
                        published.url(), finished));
                emit(events, new Event(stored, title, account, Event.Kind.SENT));
                markPublishedWhenEverywhere(post);
        } else if (outcome instanceof PublishOutcome.HandedOver handedOver) {
                PublishTarget scheduled = sending.movedTo(TargetState.SCHEDULED_ON_PLATFORM).withProblem(null)
                        .withRemote(handedOver.remoteId(), handedOver.url())
                        .withNextAttemptAt(sending.dueAt().plus(CONFIRM_AFTER));
                PublishTarget stored = store.finish(attempt.finished(TargetState.SCHEDULED_ON_PLATFORM,
                        handedOver.remoteId(), handedOver.url(), null, finished), scheduled, TargetState.SENDING, null);
                emit(events, new Event(stored, title, account, Event.Kind.HANDED_OVER));
        } else if (outcome instanceof PublishOutcome.Offline offline) {
                // Nothing left the laptop: no attempt, no count; tried again soon.
                store.forget(attempt.id());
                PublishTarget waiting = sending.movedTo(TargetState.FAILED_RETRYABLE).withProblem(offline.problem())
                        .withNextAttemptAt(now.plus(OFFLINE_WAIT));
                PublishTarget stored = store.update(waiting, TargetState.SENDING);
                emit(events, new Event(stored, title, account, Event.Kind.WAITING));
        } else if (outcome instanceof PublishOutcome.Retry passing) {
                int failures = sending.failedAttempts() + 1;
                Optional<Duration> wait = retry.waitAfter(failures, passing.retryAfter(), random);
                PublishTarget next = wait.isPresent()
                        ? sending.movedTo(TargetState.FAILED_RETRYABLE).withNextAttemptAt(now.plus(wait.get()))
                        : sending.movedTo(TargetState.FAILED_PERMANENT).withNextAttemptAt(null);
                next = next.withFailedAttempts(failures).withProblem(passing.problem());
                PublishTarget stored = store.finish(attempt.finished(next.state(), "", "", passing.problem(), finished),
                        next, TargetState.SENDING, null);
                emit(events, new Event(stored, title, account,
                        wait.isPresent() ? Event.Kind.WAITING : Event.Kind.FAILED));
        } else if (outcome instanceof PublishOutcome.Refused refused) {
            failPermanently(attempt, sending, refused.problem(), title, account, finished, events);
        } else if (outcome instanceof PublishOutcome.AccessLost lost) {
            failPermanently(attempt, sending, lost.problem(), title, account, finished, events);
        } else if (outcome instanceof PublishOutcome.Unknown unknown) {
                PublishTarget needsCheck = sending.movedTo(TargetState.NEEDS_CHECK).withProblem(unknown.problem())
                        .withNextAttemptAt(null);
                PublishTarget stored = store.finish(attempt.finished(TargetState.NEEDS_CHECK, "", "",
                        unknown.problem(), finished), needsCheck, TargetState.SENDING, null);
                emit(events, new Event(stored, title, account, Event.Kind.CHECKING));
                // Asked at once: most lost answers are settled by one look.
                check(stored, post, account, publishers.get(account.kind()), now, events);
        }
    }

    private void failPermanently(PublishAttempt attempt, PublishTarget sending, Problem problem, String title,
                                 ChannelAccount account, Instant finished, List<Event> events) {
        PublishTarget failed = sending.movedTo(TargetState.FAILED_PERMANENT).withProblem(problem)
                .withNextAttemptAt(null).withFailedAttempts(sending.failedAttempts() + 1);
        PublishTarget stored = store.finish(attempt.finished(TargetState.FAILED_PERMANENT, "", "", problem, finished),
                failed, TargetState.SENDING, null);
        emit(events, new Event(stored, title, account, Event.Kind.FAILED));
    }

    /** Asks the platform whether the unknown attempt's post exists, and moves the target by the answer alone. */
    private void check(PublishTarget unknown, Post post, ChannelAccount account, Publisher publisher, Instant now,
                       List<Event> events) {
        List<PublishAttempt> attempts = store.attemptsOf(unknown.id());
        PublishAttempt last = attempts.stream().filter(each -> each.kind() == AttemptKind.PUBLISH
                || each.kind() == AttemptKind.HANDOVER).reduce((first, second) -> second).orElse(null);
        Map<String, String> journal = last == null ? Map.of() : last.journal();
        Instant publishAt = last != null && last.kind() == AttemptKind.HANDOVER ? unknown.dueAt() : null;
        Submission submission = submissionForCheck(unknown, post, account, publishAt, attempts);
        PublishAttempt checking = store.begin(unknown, TargetState.NEEDS_CHECK, AttemptKind.CHECK, now);
        CheckOutcome outcome = askPlatform(() -> publisher.check(submission, store.optionsOf(account.id()),
                new AccountCredentials(secrets, account.id()), journal, unknown.remoteId()), account);
        settle(outcome, checking, unknown, post, account, now, events);
    }

    private Submission submissionForCheck(PublishTarget target, Post post, ChannelAccount account, Instant publishAt,
                                          List<PublishAttempt> attempts) {
        String text = "";
        List<Picture> pictures = List.of();
        if (post != null) {
            // The text as the platform got it, to recognise the post; pictures are not needed for a check.
            text = preparationTextOnly(post, account);
        }
        Instant first = attempts.stream().map(PublishAttempt::startedAt).min(Instant::compareTo).orElse(null);
        return new Submission(account, text, pictures, publishAt, target.requestKey(), first);
    }

    private String preparationTextOnly(Post post, ChannelAccount account) {
        try {
            return preparation.prepare(post.withImages(List.of()), account).text();
        } catch (UserFacingException e) {
            return post.variants().getOrDefault(account.kind(), post.text());
        }
    }

    private void settle(CheckOutcome outcome, PublishAttempt checking, PublishTarget target, Post post,
                        ChannelAccount account, Instant now, List<Event> events) {
        Instant finished = clock.instant();
        String title = post == null ? "" : titleOf(post);
        if (outcome instanceof CheckOutcome.Found found) {
                TargetState result = found.stillScheduled() ? TargetState.SCHEDULED_ON_PLATFORM : TargetState.SENT;
                PublishTarget next = target.movedTo(result).withProblem(null).withWaitingForUser(false)
                        .withRemote(found.remoteId(), found.url())
                        .withNextAttemptAt(found.stillScheduled() ? target.dueAt().plus(CONFIRM_AFTER) : null);
                PublishTarget stored = store.finish(checking.finished(result, found.remoteId(), found.url(), null,
                        finished), next, target.state(), result == TargetState.SENT && post != null
                        ? delivery(post, account, found.url(), finished) : null);
                emit(events, new Event(stored, title, account,
                        found.stillScheduled() ? Event.Kind.HANDED_OVER : Event.Kind.SENT));
                if (result == TargetState.SENT && post != null) {
                    markPublishedWhenEverywhere(post);
                }
        } else if (outcome instanceof CheckOutcome.Absent) {
                // The platform has no such post: sending again cannot double it.
                PublishTarget queued = target.movedTo(TargetState.QUEUED).withProblem(null).withWaitingForUser(false)
                        .withNextAttemptAt(null);
                PublishTarget stored = store.finish(checking.finished(TargetState.QUEUED, "", "", null, finished),
                        queued, target.state(), null);
                if (post != null && !stored.dueAt().isAfter(now)) {
                    send(stored, post, account, publishers.get(account.kind()), now, events);
                } else {
                    // Not due yet (or no longer planned): back to waiting for its time, or for a handover.
                    store.update(stored.movedTo(TargetState.READY), TargetState.QUEUED);
                }
        } else if (outcome instanceof CheckOutcome.CannotTell cannotTell) {
                int checks = (int) store.attemptsOf(target.id()).stream()
                        .filter(each -> each.kind() == AttemptKind.CHECK).count();
                Duration wait = retry.waitAfter(Math.min(checks, retry.maxAttempts() - 1), null, random)
                        .orElse(retry.longest());
                PublishTarget later = target.withProblem(cannotTell.problem()).withNextAttemptAt(now.plus(wait));
                PublishTarget stored = store.finish(checking.finished(target.state(), "", "", cannotTell.problem(),
                        finished), later, target.state(), null);
                emit(events, new Event(stored, title, account, Event.Kind.CHECKING));
        } else if (outcome instanceof CheckOutcome.AskUser askUser) {
                PublishTarget waiting = target.movedTo(TargetState.NEEDS_CHECK).withProblem(askUser.problem())
                        .withWaitingForUser(true).withNextAttemptAt(null);
                PublishTarget stored = store.finish(checking.finished(TargetState.NEEDS_CHECK, "", "",
                        askUser.problem(), finished), waiting, target.state(), null);
                emit(events, new Event(stored, title, account, Event.Kind.FAILED));
        }
    }

    /** After a handed-over post's time: did it go live? Then its link goes into the log. */
    private void confirm(PublishTarget scheduled, Post post, ChannelAccount account, Publisher publisher, Instant now,
                         List<Event> events) {
        Submission submission = submissionForCheck(scheduled, post, account, scheduled.dueAt(),
                store.attemptsOf(scheduled.id()));
        PublishAttempt checking = store.begin(scheduled, TargetState.SCHEDULED_ON_PLATFORM, AttemptKind.CHECK, now);
        CheckOutcome outcome = askPlatform(() -> publisher.check(submission, store.optionsOf(account.id()),
                new AccountCredentials(secrets, account.id()), Map.of(), scheduled.remoteId()), account);
        Instant finished = clock.instant();
        if (outcome instanceof CheckOutcome.Found found && found.stillScheduled()) {
            store.finish(checking.finished(TargetState.SCHEDULED_ON_PLATFORM, found.remoteId(), found.url(), null,
                    finished), scheduled.withNextAttemptAt(now.plus(CONFIRM_AFTER)), TargetState.SCHEDULED_ON_PLATFORM,
                    null);
        } else if (outcome instanceof CheckOutcome.Absent) {
                // Gone from the platform after its time without going live: someone removed it there.
                Problem vanished = Problem.of("publish.vanished", account.kind().brandName());
                PublishTarget waiting = scheduled.movedTo(TargetState.NEEDS_CHECK).withProblem(vanished)
                        .withWaitingForUser(true).withNextAttemptAt(null);
                PublishTarget stored = store.finish(checking.finished(TargetState.NEEDS_CHECK, "", "", vanished,
                        finished), waiting, TargetState.SCHEDULED_ON_PLATFORM, null);
                emit(events, new Event(stored, post == null ? "" : titleOf(post), account, Event.Kind.FAILED));
        } else {
            settle(outcome, checking, scheduled, post, account, now, events);
        }
    }

    /** Takes a changed (or no longer planned) post back from the platform's scheduling. */
    private void withdraw(PublishTarget scheduled, Post post, ChannelAccount account, Publisher publisher, Instant now,
                          List<Event> events) {
        PublishAttempt withdrawing = store.begin(scheduled, TargetState.SCHEDULED_ON_PLATFORM, AttemptKind.WITHDRAW,
                now);
        CheckOutcome outcome = askPlatform(() -> publisher.withdraw(account, store.optionsOf(account.id()),
                new AccountCredentials(secrets, account.id()), scheduled.remoteId()), account);
        Instant finished = clock.instant();
        String title = post == null ? "" : titleOf(post);
        if (outcome instanceof CheckOutcome.Absent) {
                PublishTarget ready = scheduled.movedTo(TargetState.READY).withRemote("", "").withProblem(null)
                        .withNextAttemptAt(null).withPlan(post == null ? scheduled.dueAt() : post.schedule().at(), "");
                PublishTarget stored = store.finish(withdrawing.finished(TargetState.READY, "", "", null, finished),
                        ready, TargetState.SCHEDULED_ON_PLATFORM, null);
                emit(events, new Event(stored, title, account, Event.Kind.WITHDRAWN));
                if (post == null) {
                    store.delete(stored.id());
                } else {
                    visit(stored, post, account, now, false, events);
                }
        } else if (outcome instanceof CheckOutcome.Found found) {
                // Too late to take back: it is live. The log says so; the changed version stays here.
                PublishTarget sent = scheduled.movedTo(TargetState.SENT).withRemote(found.remoteId(), found.url())
                        .withProblem(Problem.of("publish.alreadyLive", account.kind().brandName()))
                        .withNextAttemptAt(null);
                PublishTarget stored = store.finish(withdrawing.finished(TargetState.SENT, found.remoteId(),
                        found.url(), sent.problem(), finished), sent, TargetState.SCHEDULED_ON_PLATFORM,
                        post == null ? null : delivery(post, account, found.url(), finished));
                emit(events, new Event(stored, title, account, Event.Kind.SENT));
        } else if (outcome instanceof CheckOutcome.AskUser askUser) {
            // The platform no longer holds it and cannot say whether it went live: the user looks.
            PublishTarget waiting = scheduled.movedTo(TargetState.NEEDS_CHECK).withProblem(askUser.problem())
                    .withWaitingForUser(true).withNextAttemptAt(null);
            PublishTarget stored = store.finish(withdrawing.finished(TargetState.NEEDS_CHECK, "", "",
                    askUser.problem(), finished), waiting, TargetState.SCHEDULED_ON_PLATFORM, null);
            emit(events, new Event(stored, title, account, Event.Kind.FAILED));
        } else {
            // The platform cannot be asked now: the handover stays, and is withdrawn at the next pass.
            Problem problem = ((CheckOutcome.CannotTell) outcome).problem();
            store.finish(withdrawing.finished(TargetState.SCHEDULED_ON_PLATFORM, "", "", problem, finished),
                    scheduled.withProblem(problem), TargetState.SCHEDULED_ON_PLATFORM, null);
        }
    }

    private CheckOutcome askPlatform(java.util.function.Supplier<CheckOutcome> call, ChannelAccount account) {
        try {
            return call.get();
        } catch (Credentials.MissingSecretException missing) {
            return new CheckOutcome.CannotTell(Problem.missingSecret(account.name(), missing.name()));
        } catch (RuntimeException bug) {
            System.getLogger(Outbox.class.getName()).log(System.Logger.Level.ERROR, "asking the platform failed", bug);
            return new CheckOutcome.CannotTell(Problem.of("publish.noAnswer", account.kind().brandName()));
        }
    }

    private Delivery delivery(Post post, ChannelAccount account, String url, Instant at) {
        return new Delivery(0, post.id(), account.kind(), account.id(), account.name(), Delivery.Method.API, at,
                url, null);
    }

    /**
     * When every account of the post has it (here or by hand) and no channel waits for posting by hand, the
     * post is "Veröffentlicht".
     */
    private void markPublishedWhenEverywhere(Post post) {
        Post current = posts.find(post.id()).orElse(null);
        if (current == null || current.status() != PostStatus.READY) {
            return;
        }
        List<PublishTarget> targets = store.targetsOf(List.of(post.id()));
        boolean allOut = !current.accounts().isEmpty() && current.accounts().stream().allMatch(accountId ->
                targets.stream().anyMatch(target -> target.account().equals(accountId) && target.state().isFinal()));
        boolean noHandPosting = current.channels().stream().allMatch(kind -> publishes(kind)
                && current.accounts().stream().anyMatch(id -> accounts.find(id).map(ChannelAccount::kind)
                        .filter(kind::equals).isPresent()));
        if (allOut && noHandPosting) {
            markPublished.accept(current.id());
        }
    }

    private Duration longestWindow() {
        return publishers.values().stream().map(Publisher::nativeScheduling).flatMap(Optional::stream)
                .map(SchedulingWindow::latest).max(Duration::compareTo).orElse(Duration.ZERO);
    }

    private void emit(List<Event> events, Event event) {
        events.add(event);
        for (Consumer<Event> listener : listeners) {
            listener.accept(event);
        }
    }

    private static String titleOf(Post post) {
        return post.headline();
    }

    private static String key(PostId post, AccountId account) {
        return post.value() + "/" + account.value();
    }

    // What the user decides, from the "Verpasst" list, the log and the editor.

    /** "Jetzt senden" for a missed post: it goes out at the next pass even though it is late. */
    public synchronized PublishTarget approveLate(long targetId) {
        PublishTarget target = store.find(targetId).orElseThrow();
        PublishTarget approved = target.withLateApproved(true).withNextAttemptAt(null);
        if (target.state() == TargetState.FAILED_RETRYABLE) {
            approved = approved.movedTo(TargetState.QUEUED);
        }
        return store.update(approved, target.state());
    }

    /** "Überspringen": the missed (or failed) post does not go out on this account. */
    public synchronized PublishTarget skip(long targetId) {
        PublishTarget target = store.find(targetId).orElseThrow();
        return store.update(target.movedTo(TargetState.SKIPPED).withNextAttemptAt(null)
                .withPlan(target.dueAt(), target.fingerprint()), target.state());
    }

    /** "Erneut senden" after a refusal or lost access the user has mended. */
    public synchronized PublishTarget retry(long targetId) {
        PublishTarget target = store.find(targetId).orElseThrow();
        return store.update(target.movedTo(TargetState.QUEUED).withProblem(null).withFailedAttempts(0)
                .withNextAttemptAt(null).withLateApproved(true), target.state());
    }

    /** New access for an account: what failed for lack of it is tried again. */
    public synchronized int retryAccount(AccountId account) {
        int count = 0;
        for (PublishTarget target : store.openTargets()) {
            if (target.account().equals(account) && target.problem() != null
                    && (target.state() == TargetState.FAILED_PERMANENT || target.state() == TargetState.READY)
                    && (target.problem().key().equals("publish.accessExpired")
                    || target.problem().key().equals("publish.missingSecret")
                    || target.problem().key().startsWith("publish.access"))) {
                store.update(target.movedTo(target.state() == TargetState.READY ? TargetState.READY : TargetState.QUEUED)
                        .withProblem(null).withNextAttemptAt(null), target.state());
                count++;
            }
        }
        return count;
    }

    /** The user looked on the platform: the post is there (with the link, if they have it). */
    public synchronized PublishTarget confirmArrived(long targetId, String url) {
        PublishTarget target = store.find(targetId).orElseThrow();
        Instant now = clock.instant();
        PublishAttempt answer = store.begin(target, target.state(), AttemptKind.CHECK, now);
        PublishTarget sent = target.movedTo(TargetState.SENT).withWaitingForUser(false).withProblem(null)
                .withRemote(target.remoteId(), url == null ? "" : url.strip()).withNextAttemptAt(null);
        Post post = target.post() == null ? null : posts.find(target.post()).orElse(null);
        ChannelAccount account = accounts.find(target.account()).orElseThrow();
        PublishTarget stored = store.finish(answer.finished(TargetState.SENT, "", sent.remoteUrl(), null, now), sent,
                target.state(), post == null ? null : delivery(post, account, sent.remoteUrl(), now));
        if (post != null) {
            markPublishedWhenEverywhere(post);
        }
        return stored;
    }

    /** The user looked on the platform: the post is not there, so it may be sent again. */
    public synchronized PublishTarget confirmMissing(long targetId) {
        PublishTarget target = store.find(targetId).orElseThrow();
        Instant now = clock.instant();
        PublishAttempt answer = store.begin(target, target.state(), AttemptKind.CHECK, now);
        PublishTarget queued = target.movedTo(TargetState.QUEUED).withWaitingForUser(false).withProblem(null)
                .withNextAttemptAt(null).withLateApproved(true);
        PublishTarget stored = store.finish(answer.finished(TargetState.QUEUED, "", "", null, now), queued,
                target.state(), null);
        // Not yet due: it waits for its time (or its handover) like any other.
        return stored.dueAt().isAfter(now) ? store.update(stored.movedTo(TargetState.READY), TargetState.QUEUED) : stored;
    }

    /** The user posted it by hand. */
    public synchronized PublishTarget markSentManually(long targetId, String url) {
        PublishTarget target = store.find(targetId).orElseThrow();
        Instant now = clock.instant();
        PublishTarget manual = target.movedTo(TargetState.SENT_MANUALLY).withWaitingForUser(false).withProblem(null)
                .withRemote(target.remoteId(), url == null ? "" : url.strip()).withNextAttemptAt(null);
        PublishTarget stored = store.update(manual, target.state());
        Post post = target.post() == null ? null : posts.find(target.post()).orElse(null);
        ChannelAccount account = accounts.find(target.account()).orElseThrow();
        if (post != null) {
            deliveries.record(new Delivery(0, post.id(), account.kind(), account.id(), account.name(),
                    Delivery.Method.MANUAL, now, manual.remoteUrl(), null));
            markPublishedWhenEverywhere(post);
        }
        return stored;
    }

    /** The targets of a post, for the editor. */
    public List<PublishTarget> targetsOf(PostId post) {
        return store.targetsOf(List.of(post));
    }

    public List<PublishAttempt> attemptsOf(long targetId) {
        return store.attemptsOf(targetId);
    }
}
