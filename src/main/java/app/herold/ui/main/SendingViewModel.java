package app.herold.ui.main;

import app.herold.domain.UserFacingException;
import app.herold.domain.publishing.Outbox;
import app.herold.domain.publishing.PublishTarget;
import app.herold.i18n.Messages;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * What the window shows of sending: a line in the status bar, a notice for each post that went out or
 * failed (the desktop notification), and the "Verpasst" list of posts that fell due while Herold was
 * closed, longer ago than the set limit. Fed with the outbox's reports on the UI thread.
 */
public final class SendingViewModel {

    /** One desktop notification. */
    public record Notice(boolean problem, String title, String text) {
    }

    private final Messages messages;
    private final ZoneId zone;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper trouble = new ReadOnlyBooleanWrapper(false);
    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>();
    private final ObservableList<Outbox.Event> missed = FXCollections.observableArrayList();
    private final ObjectProperty<List<Outbox.Event>> newlyMissed = new SimpleObjectProperty<>(List.of());
    private final Set<Long> missedShown = new HashSet<>();
    private String lastFailure = "";

    public SendingViewModel(Messages messages, Clock clock) {
        this.messages = messages;
        this.zone = clock.getZone();
    }

    /** A pass's report, on the UI thread. */
    public void report(Outbox.Report report) {
        lastFailure = "";
        for (Outbox.Event event : report.events()) {
            switch (event.kind()) {
                case SENT -> notice.set(new Notice(false, messages.format("sending.notice.sent", event.account().name()),
                        messages.format("sending.notice.sentText", event.postTitle())));
                case HANDED_OVER -> notice.set(new Notice(false,
                        messages.format("sending.notice.handedOver", event.account().name()),
                        messages.format("sending.notice.handedOverText", event.postTitle(),
                                format(event.target().dueAt()))));
                case FAILED -> notice.set(new Notice(true, messages.format("sending.notice.failed",
                        event.account().name()), event.postTitle() + ": " + problemOf(event.target())));
                default -> {
                    // Waiting, checking and withdrawing need nobody: the status line says so.
                }
            }
        }
        List<Outbox.Event> nowMissed = report.of(Outbox.Event.Kind.MISSED);
        missed.setAll(nowMissed);
        List<Outbox.Event> fresh = nowMissed.stream().filter(event -> missedShown.add(event.target().id())).toList();
        if (!fresh.isEmpty()) {
            newlyMissed.set(fresh);
        }
        long waiting = report.of(Outbox.Event.Kind.WAITING).size();
        long failed = report.of(Outbox.Event.Kind.FAILED).size();
        trouble.set(failed > 0 || !nowMissed.isEmpty());
        if (failed > 0) {
            status.set(messages.format("sending.status.failed", failed));
        } else if (!nowMissed.isEmpty()) {
            status.set(messages.format("sending.status.missed", nowMissed.size()));
        } else if (waiting > 0) {
            status.set(messages.format("sending.status.waiting", waiting));
        } else if (!report.of(Outbox.Event.Kind.SENT).isEmpty()) {
            status.set(messages.format("sending.status.sent", report.of(Outbox.Event.Kind.SENT).size()));
        }
    }

    /** Sending was paused or resumed by the user. */
    public void paused(boolean paused) {
        trouble.set(paused);
        status.set(paused ? messages.text("sending.status.paused") : "");
    }

    /** A pass could not run: said once in the status bar, not every half minute in a dialog. */
    public void failed(Throwable problem) {
        String text = problem instanceof UserFacingException userFacing ? messages.describe(userFacing)
                : messages.format("error.unexpected", String.valueOf(problem.getMessage()));
        trouble.set(true);
        status.set(messages.format("sending.status.cannotRun", text));
        if (!text.equals(lastFailure)) {
            lastFailure = text;
            notice.set(new Notice(true, messages.text("sending.notice.cannotRun"), text));
        }
    }

    private String problemOf(PublishTarget target) {
        return target.problem() == null ? "" : messages.describe(target.problem());
    }

    /** "Versand: 1 Beitrag fehlgeschlagen" and the like; empty while nothing happened. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** Whether the status line is a problem (shown in the warning colour, and it opens the log). */
    public ReadOnlyBooleanProperty troubleProperty() {
        return trouble.getReadOnlyProperty();
    }

    /** The newest notification; the view shows each new value once. */
    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    /** The missed posts as of the last pass. */
    public ObservableList<Outbox.Event> missed() {
        return missed;
    }

    /** Missed posts not yet shown to the user in this session: the window asks about them. */
    public ObjectProperty<List<Outbox.Event>> newlyMissedProperty() {
        return newlyMissed;
    }

    public String plannedAt(Outbox.Event event) {
        return format(event.target().dueAt());
    }

    String plannedAtInstant(java.time.Instant instant) {
        return format(instant);
    }

    /** "Sa., 28.11.2026, 08:00", as the calendar writes days. */
    private String format(java.time.Instant instant) {
        java.time.ZonedDateTime at = instant.atZone(zone);
        return messages.day(at.toLocalDate()) + ", " + messages.timeFormat().format(at.toLocalTime());
    }

    /** Accesses ending within a week (or ended): one notice, and the status line until a pass says more. */
    public void accessExpiring(List<String> sentences) {
        String text = String.join(" ", sentences);
        trouble.set(true);
        status.set(messages.format("sending.status.access", sentences.size()));
        notice.set(new Notice(true, messages.text("sending.notice.access"), text));
    }
}
