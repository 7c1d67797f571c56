package app.herold.domain.publishing;

/** What the platform said when asked whether an attempt's post exists. */
public sealed interface CheckOutcome {

    /** The post exists; {@code stillScheduled} when the platform holds it for its time. */
    record Found(String remoteId, String url, boolean stillScheduled) implements CheckOutcome {
    }

    /** The platform has no such post: it may be sent again without a double. */
    record Absent() implements CheckOutcome {
    }

    /** The platform could not be asked now (offline, server error): asked again later. */
    record CannotTell(Problem problem) implements CheckOutcome {
    }

    /** The platform offers no way to ask (Telegram): the user looks and says. */
    record AskUser(Problem problem) implements CheckOutcome {
    }
}
