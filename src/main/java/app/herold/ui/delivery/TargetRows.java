package app.herold.ui.delivery;

import app.herold.domain.channel.AccountId;
import app.herold.domain.channel.ChannelAccount;
import app.herold.domain.channel.ChannelKind;
import app.herold.domain.post.Post;
import app.herold.domain.post.PostStatus;
import app.herold.domain.publishing.MissedTargets;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.TargetState;
import app.herold.i18n.Messages;
import app.herold.ui.delivery.TargetStateTexts.Tone;
import app.herold.ui.delivery.TargetsViewModel.Action;
import app.herold.ui.delivery.TargetsViewModel.AttemptLine;
import app.herold.ui.delivery.TargetsViewModel.ByHand;
import app.herold.ui.delivery.TargetsViewModel.Row;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the "Versand" section shows for a saved post at one moment: a row per account the outbox sends to,
 * with the state, the problem and the actions that fit it; the channels posted by hand; and the one line on
 * why nothing goes out yet. Made anew for every look, from what the outbox has stored.
 */
final class TargetRows {

    /** The section's content. */
    record Shown(List<Row> rows, List<ByHand> byHand, String note) {
    }

    private final Messages messages;
    private final TargetStateTexts texts;
    private final MissedTargets missedRule;
    private final Instant now;
    private final Set<Long> expanded;
    private final Set<Long> busy;
    private final Map<Long, List<PublishAttempt>> attempts;

    /**
     * @param expanded the targets whose attempts are shown
     * @param busy the targets an action is under way for
     * @param attempts the attempts read so far, by target
     */
    TargetRows(Messages messages, TargetStateTexts texts, MissedTargets missed, Instant now, Set<Long> expanded,
               Set<Long> busy, Map<Long, List<PublishAttempt>> attempts) {
        this.messages = messages;
        this.texts = texts;
        this.missedRule = missed;
        this.now = now;
        this.expanded = expanded;
        this.busy = busy;
        this.attempts = attempts;
    }

    /**
     * @param sentByApi the channels the outbox sends to; the others are posted by hand
     */
    Shown of(Post post, List<ChannelAccount> accounts, List<PublishTarget> targets, Set<ChannelKind> sentByApi) {
        Map<AccountId, ChannelAccount> accountsById = new HashMap<>();
        accounts.forEach(account -> accountsById.put(account.id(), account));
        Map<AccountId, PublishTarget> targetsByAccount = new HashMap<>();
        targets.forEach(target -> targetsByAccount.put(target.account(), target));
        boolean planned = post.status() == PostStatus.READY && post.schedule() != null;

        List<Row> made = new ArrayList<>();
        Set<ChannelKind> kindsByApi = EnumSet.noneOf(ChannelKind.class);
        Set<AccountId> listed = new LinkedHashSet<>();
        for (AccountId accountId : post.accounts()) {
            ChannelAccount account = accountsById.get(accountId);
            if (account == null || !sentByApi.contains(account.kind())) {
                continue;
            }
            kindsByApi.add(account.kind());
            listed.add(accountId);
            PublishTarget target = targetsByAccount.get(accountId);
            if (target != null && (planned || hasHistory(target))) {
                made.add(rowOf(target, account, planned));
            } else if (planned) {
                made.add(plannedRow(account, post.schedule().at()));
            }
        }
        // Accounts taken off the post after something went out there: what happened stays in view.
        for (PublishTarget target : targets) {
            ChannelAccount account = accountsById.get(target.account());
            if (!listed.contains(target.account()) && account != null && hasHistory(target)) {
                made.add(rowOf(target, account, false));
            }
        }

        List<ByHand> manual = new ArrayList<>();
        for (ChannelKind kind : ChannelKind.values()) {
            if (post.channels().contains(kind) && !kindsByApi.contains(kind)) {
                List<String> names = post.accounts().stream().map(accountsById::get)
                        .filter(account -> account != null && account.kind() == kind).map(ChannelAccount::name)
                        .toList();
                manual.add(new ByHand(kind, names.isEmpty() ? kind.brandName() : String.join(", ", names),
                        messages.text("delivery.byHand")));
            }
        }
        return new Shown(made, manual, noteFor(post, kindsByApi, manual.isEmpty()));
    }

    private String noteFor(Post post, Set<ChannelKind> kindsByApi, boolean nothingByHand) {
        if (kindsByApi.isEmpty()) {
            return nothingByHand ? messages.text("delivery.note.noAccount") : "";
        }
        if (post.status() == PostStatus.PUBLISHED || post.status() == PostStatus.ARCHIVED) {
            return "";
        }
        if (post.status() != PostStatus.READY) {
            return messages.text("delivery.note.draft");
        }
        return post.schedule() == null ? messages.text("delivery.note.noSchedule") : "";
    }

    /** A target the outbox has done something with, which the user should still see once the post is no longer planned. */
    private static boolean hasHistory(PublishTarget target) {
        return target.state() != TargetState.READY || !target.remoteUrl().isEmpty();
    }

    private Row plannedRow(ChannelAccount account, Instant dueAt) {
        boolean missed = missedRule.decide(dueAt, now) == MissedTargets.Decision.ASK;
        String state = missed ? messages.format("delivery.state.missed", texts.when(dueAt))
                : !dueAt.isAfter(now) ? messages.text(TargetStateTexts.stateKey(TargetState.QUEUED))
                : texts.planned(dueAt);
        return new Row(0, account.id(), account.name(), account.kind(), state,
                missed ? Tone.NEEDS_USER : Tone.UNDER_WAY, missed ? messages.text("delivery.missed.explain") : "", "",
                List.of(), false, false, List.of());
    }

    private Row rowOf(PublishTarget target, ChannelAccount account, boolean planned) {
        boolean missed = planned && isMissed(target);
        List<Action> actions = new ArrayList<>();
        if (missed) {
            actions.add(Action.SEND_LATE);
            actions.add(Action.SKIP);
        } else if (target.state() == TargetState.FAILED_PERMANENT) {
            actions.add(Action.RETRY);
            actions.add(Action.SKIP);
        } else if (target.state() == TargetState.NEEDS_CHECK && target.waitingForUser()) {
            actions.add(Action.ARRIVED);
            actions.add(Action.MISSING);
        }
        String problem = missed ? messages.text("delivery.missed.explain") : texts.problem(target.problem());
        String link = target.state().isFinal() ? target.remoteUrl() : "";
        boolean open = expanded.contains(target.id());
        List<AttemptLine> lines = open ? attempts.getOrDefault(target.id(), List.of()).stream()
                .map(attempt -> lineOf(attempt, target.state())).toList() : List.of();
        return new Row(target.id(), account.id(), account.name(), account.kind(),
                texts.state(target, account.kind(), missed, now), texts.tone(target, missed), problem, link, actions,
                busy.contains(target.id()), open, lines);
    }

    /** As the outbox decides it: late by more than the user's limit, and not yet allowed to go late. */
    private boolean isMissed(PublishTarget target) {
        TargetState state = target.state();
        if (target.lateApproved()
                || (state != TargetState.READY && state != TargetState.QUEUED && state != TargetState.FAILED_RETRYABLE)) {
            return false;
        }
        Instant since = state != TargetState.READY && target.nextAttemptAt() != null
                && target.nextAttemptAt().isAfter(target.dueAt()) ? target.nextAttemptAt() : target.dueAt();
        if (state != TargetState.READY && target.nextAttemptAt() != null && target.nextAttemptAt().isAfter(now)) {
            return false;
        }
        return missedRule.decide(since, now) == MissedTargets.Decision.ASK;
    }

    private AttemptLine lineOf(PublishAttempt attempt, TargetState targetNow) {
        return new AttemptLine(texts.stamp(attempt.startedAt()), texts.kind(attempt.kind()),
                texts.outcome(attempt, targetNow), texts.outcomeTone(attempt, targetNow), attempt.remoteId(),
                attempt.remoteUrl(), texts.problem(attempt.problem()));
    }
}
