package app.herold.ui.delivery;

import app.herold.domain.channel.ChannelKind;
import app.herold.domain.publishing.AttemptKind;
import app.herold.domain.publishing.Problem;
import app.herold.domain.publishing.PublishAttempt;
import app.herold.domain.publishing.PublishTarget;
import app.herold.domain.publishing.TargetState;
import app.herold.i18n.Messages;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * How a target's state and an attempt's kind and outcome read in the user's language, and in which colour
 * they show; one place for the editor's "Versand" and the "Zustellprotokoll", so both say the same thing.
 */
public final class TargetStateTexts {

    /**
     * The colour a state shows in, after the status colours of ui.md (Bereit blue, Veröffentlicht green,
     * Fehlgeschlagen red), always beside the words and never alone.
     */
    public enum Tone {
        /** Nothing more happens (skipped). */
        MUTED("text-muted"),
        /** On its way: planned, queued, sending, scheduled on the platform. */
        UNDER_WAY("accent"),
        /** Out. */
        DONE("success"),
        /** Something went wrong that Herold mends by itself. */
        WAITING("warning"),
        /** Only the user can move it on. */
        NEEDS_USER("danger");

        private final String styleClass;

        Tone(String styleClass) {
            this.styleClass = styleClass;
        }

        /** The theme's style class for text in this colour (AtlantaFX's label colours). */
        public String styleClass() {
            return styleClass;
        }
    }

    private final Messages messages;
    private final ZoneId zone;

    public TargetStateTexts(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    /** "Senden", "Übergabe", "Prüfung", "Zurückziehen". */
    public String kind(AttemptKind kind) {
        return messages.text(kindKey(kind));
    }

    /**
     * A target's state as the editor says it: "Gesendet am Sa., 28.11.2026 um 11:00 Uhr", "Fehlgeschlagen,
     * wird um 11:20 Uhr erneut versucht".
     *
     * @param missed the target fell due longer ago than the user allows to go out by itself
     */
    public String state(PublishTarget target, ChannelKind kind, boolean missed, Instant now) {
        if (missed) {
            return messages.format("delivery.state.missed", when(target.dueAt()));
        }
        return switch (target.state()) {
            // Due and not missed: it goes at the outbox's next pass, as if queued.
            case READY -> target.dueAt().isAfter(now) ? planned(target.dueAt())
                    : messages.text(stateKey(TargetState.QUEUED));
            case SENT -> messages.format(stateKey(TargetState.SENT),
                    when(target.updatedAt() == null ? now : target.updatedAt()));
            case SCHEDULED_ON_PLATFORM -> messages.format(stateKey(TargetState.SCHEDULED_ON_PLATFORM),
                    when(target.dueAt()), kind.brandName());
            case FAILED_RETRYABLE -> target.nextAttemptAt() == null || !target.nextAttemptAt().isAfter(now)
                    ? messages.text("delivery.state.failed-retryable.soon")
                    : messages.format(stateKey(TargetState.FAILED_RETRYABLE), retryAt(target.nextAttemptAt(), now));
            case NEEDS_CHECK -> target.waitingForUser()
                    ? messages.text(stateKey(TargetState.NEEDS_CHECK))
                    : messages.format("delivery.state.needs-check.asking", kind.brandName());
            case QUEUED, SENDING, FAILED_PERMANENT, SENT_MANUALLY, SKIPPED -> messages.text(stateKey(target.state()));
        };
    }

    /** A post's account the outbox has not taken up yet: it is planned, and goes at its time. */
    public String planned(Instant dueAt) {
        return messages.format(stateKey(TargetState.READY), when(dueAt));
    }

    public Tone tone(PublishTarget target, boolean missed) {
        if (missed) {
            return Tone.NEEDS_USER;
        }
        if (target.state() == TargetState.NEEDS_CHECK) {
            return target.waitingForUser() ? Tone.NEEDS_USER : Tone.WAITING;
        }
        return tone(target.state());
    }

    /**
     * What an attempt led to: "Gesendet", "Fehlgeschlagen". An attempt without an outcome is under way, or was
     * cut off when Herold ended during the call (then its target has moved on).
     */
    public String outcome(PublishAttempt attempt, TargetState targetNow) {
        if (attempt.outcome() == null) {
            return messages.text(isUnderWay(targetNow) ? outcomeKey(TargetState.SENDING) : "delivery.outcome.interrupted");
        }
        return messages.text(outcomeKey(attempt.outcome()));
    }

    public Tone outcomeTone(PublishAttempt attempt, TargetState targetNow) {
        if (attempt.outcome() == null) {
            return isUnderWay(targetNow) ? Tone.UNDER_WAY : Tone.WAITING;
        }
        if (attempt.outcome() == TargetState.NEEDS_CHECK || attempt.outcome() == TargetState.QUEUED) {
            // An unknown outcome is checked by Herold; "not there, sent again" is Herold mending it.
            return Tone.WAITING;
        }
        if (attempt.outcome() == TargetState.READY) {
            return Tone.MUTED;
        }
        return tone(attempt.outcome());
    }

    /** The problem as one sentence; empty when there is none. */
    public String problem(Problem problem) {
        return problem == null ? "" : messages.describe(problem);
    }

    /** "Sa., 28.11.2026 um 11:00 Uhr". */
    public String when(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return messages.format("delivery.when", messages.day(local.toLocalDate()),
                messages.timeFormat().format(local.toLocalTime()));
    }

    /** "28.11.2026 11:00": the time of an attempt, short enough for a table's column. */
    public String stamp(Instant at) {
        ZonedDateTime local = at.atZone(zone);
        return messages.dateFormat().format(local.toLocalDate()) + " " + messages.timeFormat().format(local.toLocalTime());
    }

    /** A retry today says only the time; one on another day says the day as well. */
    private String retryAt(Instant at, Instant now) {
        ZonedDateTime local = at.atZone(zone);
        if (local.toLocalDate().equals(now.atZone(zone).toLocalDate())) {
            return messages.format("delivery.time", messages.timeFormat().format(local.toLocalTime()));
        }
        return when(at);
    }

    private static boolean isUnderWay(TargetState state) {
        return state == TargetState.SENDING;
    }

    private static Tone tone(TargetState state) {
        return switch (state) {
            case READY, QUEUED, SENDING, SCHEDULED_ON_PLATFORM -> Tone.UNDER_WAY;
            case SENT, SENT_MANUALLY -> Tone.DONE;
            case FAILED_RETRYABLE, NEEDS_CHECK -> Tone.WAITING;
            case FAILED_PERMANENT -> Tone.NEEDS_USER;
            case SKIPPED -> Tone.MUTED;
        };
    }

    static String kindKey(AttemptKind kind) {
        return "delivery.kind." + kind.id();
    }

    static String stateKey(TargetState state) {
        return "delivery.state." + state.id();
    }

    static String outcomeKey(TargetState state) {
        return "delivery.outcome." + state.id();
    }

    /** Every key this class may ask for, so a test can hold both bundles to it. */
    static List<String> keys() {
        List<String> keys = new ArrayList<>(List.of("delivery.when", "delivery.time", "delivery.state.missed",
                "delivery.state.failed-retryable.soon", "delivery.state.needs-check.asking",
                "delivery.outcome.interrupted"));
        for (AttemptKind kind : AttemptKind.values()) {
            keys.add(kindKey(kind));
        }
        for (TargetState state : TargetState.values()) {
            keys.add(stateKey(state));
            keys.add(outcomeKey(state));
        }
        return keys;
    }
}
