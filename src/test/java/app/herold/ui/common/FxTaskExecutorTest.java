package app.herold.ui.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

class FxTaskExecutorTest {

    @Test
    void workHandedInWhileTheWindowClosesIsDroppedWithoutAnError() {
        FxTaskExecutor executor = new FxTaskExecutor();
        executor.drain(Duration.ofSeconds(1));
        AtomicBoolean ran = new AtomicBoolean();

        assertThatCode(() -> executor.submit(() -> {
            ran.set(true);
            return 1;
        }, result -> { }, problem -> { })).doesNotThrowAnyException();
        assertThatCode(() -> executor.schedule(Duration.ofMillis(1), () -> ran.set(true)).cancel())
                .doesNotThrowAnyException();
        assertThat(ran).isFalse();
    }

    @Test
    void aSaveDoesNotWaitForAServerThatTakesItsTime() throws Exception {
        FxTaskExecutor executor = new FxTaskExecutor();
        java.util.concurrent.CountDownLatch serverAnswers = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch saved = new java.util.concurrent.CountDownLatch(1);
        try {
            // A connection test against a server that does not answer yet.
            executor.submitWaitingForNetwork(() -> serverAnswers.await(10, java.util.concurrent.TimeUnit.SECONDS),
                    answered -> { }, problem -> { });
            // The save's work runs meanwhile; only its result would need the UI thread.
            executor.submit(() -> {
                saved.countDown();
                return null;
            }, result -> { }, problem -> { });

            assertThat(saved.await(5, java.util.concurrent.TimeUnit.SECONDS)).as("the save ran while the test waited")
                    .isTrue();
        } finally {
            serverAnswers.countDown();
            executor.drain(Duration.ofSeconds(1));
        }
    }
}
