package app.herold.domain.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The outbox's moves: the ones that could post twice or lose a post are not among them. */
class TargetStateTest {

    @Test
    void theIdsAreTheOnesTheIssueNamesPlusSkipped() {
        assertThat(Arrays.stream(TargetState.values()).map(TargetState::id)).containsExactly("ready", "queued",
                "sending", "sent", "scheduled-on-platform", "failed-retryable", "failed-permanent", "needs-check",
                "sent-manually", "skipped");
        assertThat(TargetState.fromId(" Needs-Check ")).contains(TargetState.NEEDS_CHECK);
        assertThat(TargetState.fromId("gesendet")).isEmpty();
    }

    @Test
    void onlyAQueuedTargetIsSentSoEveryCallHasItsAttemptRecordedFirst() {
        Set<TargetState> leadingToSending = EnumSet.noneOf(TargetState.class);
        for (TargetState state : TargetState.values()) {
            if (state.canMoveTo(TargetState.SENDING)) {
                leadingToSending.add(state);
            }
        }
        assertThat(leadingToSending).containsExactly(TargetState.QUEUED);
    }

    @Test
    void anUnknownOutcomeIsNeverRetriedBlindly() {
        assertThat(TargetState.SENDING.canMoveTo(TargetState.QUEUED)).as("sending never goes straight back").isFalse();
        assertThat(TargetState.NEEDS_CHECK.canMoveTo(TargetState.SENDING)).isFalse();
        assertThat(TargetState.NEEDS_CHECK.canMoveTo(TargetState.QUEUED)).as("after the platform said it has no such post")
                .isTrue();
    }

    @Test
    void whatIsOutStaysOut() {
        for (TargetState done : EnumSet.of(TargetState.SENT, TargetState.SENT_MANUALLY)) {
            assertThat(done.isFinal()).isTrue();
            assertThat(done.next()).isEmpty();
        }
        assertThat(EnumSet.complementOf(EnumSet.of(TargetState.SENT, TargetState.SENT_MANUALLY)))
                .allSatisfy(state -> assertThat(state.isFinal()).isFalse());
    }

    @Test
    void aSkippedTargetGoesOutOnlyAfterItIsPlannedAnew() {
        assertThat(TargetState.SKIPPED.next()).containsExactly(TargetState.READY);
        assertThat(TargetState.READY.canMoveTo(TargetState.SKIPPED)).isTrue();
        assertThat(TargetState.SENDING.canMoveTo(TargetState.SKIPPED)).as("an attempt under way is not skipped")
                .isFalse();
    }

    @Test
    void everyStateCanBeReachedFromReady() {
        Set<TargetState> reached = EnumSet.of(TargetState.READY);
        boolean grew = true;
        while (grew) {
            grew = false;
            for (TargetState state : EnumSet.copyOf(reached)) {
                grew |= reached.addAll(state.next());
            }
        }
        assertThat(reached).containsExactlyInAnyOrder(TargetState.values());
    }
}
