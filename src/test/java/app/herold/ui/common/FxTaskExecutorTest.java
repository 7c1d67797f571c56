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
}
